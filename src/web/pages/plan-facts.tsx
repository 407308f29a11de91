/** The facts block of a plan page: number, date, signer, basis documents, horizon, reporting duties. */
import type { FC } from 'hono/jsx';
import { mergedInto } from '../../answer/today';
import type { Plan, ReportingDuty } from '../../schema/records';
import { fold } from '../../text/normalize';
import { Quote } from '../components/source';
import { formatDate, formatFrequency } from '../format';
import { anchorOf, dutyId } from '../links';
import { FACTS_ANCHOR } from '../source-rows';

/** `Phó Chủ tịch Cao Tường Huy`, or whichever half the plan gives. */
function signerText(signer: Plan['signer']): string {
  return [signer.title, signer.name].filter(Boolean).join(' ') || 'Không nêu';
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
export const PlanFacts: FC<{ plan: Plan; today?: string }> = ({ plan, today }) => (
  <dl class="facts" id={FACTS_ANCHOR}>
    <dt>Địa bàn</dt>
    <dd>{territory(plan)}</dd>
    {today && plan.horizon.length && Math.max(...plan.horizon) < Number(today.slice(0, 4)) ? (
      <>
        <dt>Thời kỳ</dt>
        <dd>Đã kết thúc (mốc cuối năm {Math.max(...plan.horizon)})</dd>
      </>
    ) : null}
    <dt>Số hiệu</dt>
    <dd>{plan.number}</dd>
    <dt>Ngày ký</dt>
    <dd>{plan.signedDate ? formatDate(plan.signedDate) : 'Không nêu'}</dd>
    <dt>Người ký</dt>
    <dd>{signerText(plan.signer)}</dd>
    <dt>Các mốc năm</dt>
    <dd>{plan.horizon.length > 0 ? plan.horizon.join(', ') : 'Không nêu'}</dd>
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
