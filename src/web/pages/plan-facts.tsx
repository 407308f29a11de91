/**
 * The facts block of a plan page: the legal facts (issuer, number, date, signer, basis, period, the body
 * that runs it), where the text comes from, and its reporting duties.
 */
import type { FC } from 'hono/jsx';
import { AS_OF_TEXT, mergedInto } from '../../answer/today';
import type { Plan, ReportingDuty } from '../../schema/records';
import { planEnded } from '../../text/elapsed';
import { fold } from '../../text/normalize';
import { Quote } from '../components/source';
import { formatDate, formatFrequency } from '../format';
import { anchorOf, dutyId } from '../links';
import { FACTS_ANCHOR } from '../source-rows';

/** `Phó Chủ tịch Cao Tường Huy`, or whichever half the plan gives. */
function signerText(signer: Plan['signer']): string {
  return [signer.title, signer.name].filter(Boolean).join(' ') || 'Không nêu';
}

/** `UBND Đồng Nai` when the number says UBND issued it (`230/KH-UBND`), else the province. */
function issuer(plan: Plan): string {
  return /UBND/i.test(plan.number) ? `UBND ${plan.province}` : plan.province;
}

/** Whether the due text already says how often ("trước ngày 10 tháng 11 hàng năm" says yearly). */
function mentionsFrequency(duty: ReportingDuty): boolean {
  return fold(duty.due).includes(fold(formatFrequency(duty.frequency)));
}

/**
 * The territory a plan was issued for and what the province is today: "Đà Nẵng (trước khi hợp nhất; từ
 * 01/07/2025 Quảng Nam thuộc Đà Nẵng — chưa xác nhận bằng văn bản)".
 */
function territory(plan: Plan): string {
  const merged = mergedInto(plan.province);
  if (!merged.length)
    return `${plan.province} (địa giới không đổi sau năm 2025 hoặc chưa có dữ liệu kế nhiệm)`;
  const notes = merged.map(
    (m) =>
      `từ ${formatDate(m.effective)} ${m.from} thuộc ${m.to}${m.status === 'confirmed' ? '' : ' — chưa xác nhận bằng văn bản'}`,
  );
  return `${plan.province} trước khi hợp nhất; ${notes.join('; ')}`;
}

/** The plan's facts as a definition list; each fact keeps its quote where ingest recorded one. */
export const PlanFacts: FC<{ plan: Plan; today?: string }> = ({ plan, today }) => {
  const ended = today ? planEnded(plan, today) : null;
  return (
    <dl class="facts" id={FACTS_ANCHOR}>
      <dt>Địa bàn</dt>
      {/* The territory is today's, so it says how recent the look-up is. */}
      <dd>{`${territory(plan)} (${AS_OF_TEXT})`}</dd>
      {ended ? (
        <>
          <dt>Thời kỳ</dt>
          <dd>{ended}</dd>
        </>
      ) : null}
      <dt>Cơ quan ban hành</dt>
      <dd>{issuer(plan)}</dd>
      <dt>Số hiệu</dt>
      <dd>{plan.number}</dd>
      <dt>Ngày ký</dt>
      <dd>{plan.signedDate ? formatDate(plan.signedDate) : 'Không nêu'}</dd>
      <dt>Người ký</dt>
      <dd>{signerText(plan.signer)}</dd>
      {plan.period ? (
        <>
          <dt>Giai đoạn</dt>
          <dd>
            {plan.period.from}–{plan.period.to}
          </dd>
        </>
      ) : null}
      <dt>Các mốc năm</dt>
      <dd>{plan.horizon.length > 0 ? plan.horizon.join(', ') : 'Không nêu'}</dd>
      {plan.coordinator?.leads.length ? (
        <>
          <dt>Cơ quan thường trực</dt>
          <dd>
            {plan.coordinator.leads.join('; ')}
            <Quote source={plan.coordinator.source} />
          </dd>
        </>
      ) : null}
      <dt>Căn cứ</dt>
      <dd>
        {plan.basis.length === 0 ? (
          'Không nêu'
        ) : (
          <ul class="plain">
            {plan.basis.map((b) => (
              <li>
                {`${b.kind} số ${b.number}`}
                {b.date ? ` ngày ${formatDate(b.date)}` : ''}
                {b.issuer ? ` của ${b.issuer}` : ''}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Số liệu</dt>
      <dd>
        Trích nguyên văn từ văn bản
        {plan.signedDate ? ` ký ngày ${formatDate(plan.signedDate)}` : ''}; không cập nhật sau ngày ký.
      </dd>
      <dt>Văn bản gốc</dt>
      <dd>
        {/* The records hold no official address for any plan yet: say so rather than guess one. */}
        Dữ liệu chưa có đường dẫn đến bản chính thức
        {`; tệp nguồn ${plan.sourceFile}.`}
      </dd>
      <dt>Chế độ báo cáo</dt>
      <dd>
        {plan.reportingDuties.length === 0 ? (
          'Không nêu'
        ) : (
          <ul class="plain">
            {plan.reportingDuties.map((d, i) => (
              <li id={anchorOf(dutyId(plan.id, i))}>
                {`${d.who} báo cáo ${d.to}, ${d.due}`}
                {mentionsFrequency(d) ? '' : ` (${formatFrequency(d.frequency)})`}
                <Quote source={d.source} />
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
};
