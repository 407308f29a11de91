/** `GET /han`: every reporting date and task deadline, soonest first, with days left from today. */
import type { FC } from 'hono/jsx';
import { CALENDAR_NOTE, calendarLink, Downloads } from '../components/downloads';
import { ProvinceSelect } from '../components/province-select';
import { Head } from '../components/record-table';
import { Where } from '../components/source';
import { UnknownProvince } from '../components/unknown-province';
import type { Deadline, DeadlineList } from '../deadlines';
import { formatDate, formatDaysLeft } from '../format';
import { Layout } from '../layout';
import { anchorOf, planPath } from '../links';

/** A month ahead counts as "soon" and is drawn in the warning colour. */
const SOON_DAYS = 30;

function daysClass(days: number): string {
  if (days < 0) return 'days past';
  return days <= SOON_DAYS ? 'days soon' : 'days';
}

const DeadlineRow: FC<{ deadline: Deadline }> = ({ deadline: d }) => (
  <tr data-date={d.date ?? ''}>
    <td class="nowrap" data-label="Ngày">
      {d.date ? formatDate(d.date) : '—'}
    </td>
    <td data-label="Còn lại">
      {d.daysLeft !== null ? <span class={daysClass(d.daysLeft)}>{formatDaysLeft(d.daysLeft)}</span> : '—'}
    </td>
    <td data-label="Việc">
      {d.what}
      <div class="muted">{d.when}</div>
    </td>
    <td data-label="Cơ quan">{d.who ?? '—'}</td>
    <td data-label="Nguồn">
      {/* To the row the deadline was read from: a duty in the plan's facts, a task in its table. */}
      <a href={`${planPath(d.planId)}#${anchorOf(d.id)}`}>{d.province}</a>
      <div class="muted nowrap">KH {d.planNumber}</div>
      <Where source={d.source} />
    </td>
  </tr>
);

const DeadlineTable: FC<{ rows: Deadline[]; caption: string; id: string }> = ({ rows, caption, id }) => (
  <table class="stack fixed deadlines" id={id}>
    <caption class="visually-hidden">{caption}</caption>
    <Head columns={['Ngày', 'Còn lại', 'Việc', 'Cơ quan', 'Nguồn']} />
    <tbody>
      {rows.map((d) => (
        <DeadlineRow deadline={d} />
      ))}
    </tbody>
  </table>
);

interface DeadlinesPageProps {
  list: DeadlineList;
  today: string;
  provinces: readonly string[];
  /** The province chosen with `?tinh=`, or empty for all. */
  province: string;
  /** A `?tinh=` no plan is for, named back with the provinces there are. */
  unknown?: string | null;
}

/** The deadlines page for `today` (ISO); yearly dates show their next occurrence within the plan's horizon. */
export const DeadlinesPage: FC<DeadlinesPageProps> = ({ list, today, provinces, province, unknown }) => (
  <Layout title="Hạn báo cáo và thời hạn" section="deadlines">
    <h1>Hạn báo cáo và thời hạn</h1>
    <p class="lead">
      Tính từ hôm nay, {formatDate(today)}. Hạn hằng năm hiện ngày gần nhất còn trong giai đoạn của kế hoạch;
      hạn theo năm (“Năm 2025”) tính đến 31/12 của năm đó.
    </p>
    {unknown ? <UnknownProvince asked={unknown} provinces={provinces} path="/han" /> : null}
    <form class="filter" method="get" action="/han">
      <ProvinceSelect provinces={provinces} selected={province} />
      <button type="submit">Xem</button>
    </form>
    <Downloads
      links={[
        province
          ? calendarLink(`/han.ics?tinh=${encodeURIComponent(province)}`, `Lịch các thời hạn của ${province}`)
          : calendarLink('/han.ics', 'Lịch tất cả các thời hạn'),
      ]}
      note={CALENDAR_NOTE}
    />
    <h2 id="sap-toi">Sắp tới ({list.upcoming.length})</h2>
    {list.upcoming.length === 0 ? (
      <p class="muted">Không còn hạn nào phía trước.</p>
    ) : (
      <DeadlineTable rows={list.upcoming} caption="Hạn sắp tới, gần nhất trước" id="bang-sap-toi" />
    )}
    <h2 id="da-qua">Đã qua ({list.past.length})</h2>
    {list.past.length === 0 ? (
      <p class="muted">Chưa có hạn nào đã qua.</p>
    ) : (
      <details>
        <summary>Xem {list.past.length} hạn đã qua, gần nhất trước</summary>
        <DeadlineTable rows={list.past} caption="Hạn đã qua, gần nhất trước" id="bang-da-qua" />
      </details>
    )}
    <h2 id="khong-ngay">Thường xuyên, không nêu ngày ({list.undated.length})</h2>
    {list.undated.length === 0 ? null : (
      <details>
        <summary>Xem {list.undated.length} việc không có ngày cụ thể</summary>
        <DeadlineTable rows={list.undated} caption="Việc không nêu ngày cụ thể" id="bang-khong-ngay" />
      </details>
    )}
  </Layout>
);
