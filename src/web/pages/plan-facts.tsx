/** The facts block of a plan page: number, date, signer, basis documents, horizon, reporting duties. */
import type { FC } from 'hono/jsx';
import type { Plan, ReportingDuty } from '../../schema/records';
import { fold } from '../../text/normalize';
import { Quote } from '../components/source';
import { formatDate, formatFrequency } from '../format';

/** `Phó Chủ tịch Cao Tường Huy`, or whichever half the plan gives. */
function signerText(signer: Plan['signer']): string {
  return [signer.title, signer.name].filter(Boolean).join(' ') || 'Không nêu';
}

/** Whether the due text already says how often ("trước ngày 10 tháng 11 hàng năm" says yearly). */
function mentionsFrequency(duty: ReportingDuty): boolean {
  return fold(duty.due).includes(fold(formatFrequency(duty.frequency)));
}

/** The plan's facts as a definition list; each fact keeps its quote where ingest recorded one. */
export const PlanFacts: FC<{ plan: Plan }> = ({ plan }) => (
  <dl class="facts">
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
          {plan.reportingDuties.map((d) => (
            <li>
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
