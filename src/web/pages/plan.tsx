/** `GET /ke-hoach/:planId`: a plan's facts, then its targets and tasks by domain, filterable. */
import type { FC } from 'hono/jsx';
import type { Agency, Indicator, PlanRecords, Task } from '../../schema/records';
import { MAX_FILTER_LENGTH } from '../../text/limits';
import { FILTER_SCRIPT } from '../client/filter';
import { calendarLink, Downloads, tableLinks } from '../components/downloads';
import { IndicatorTable, TaskTable } from '../components/record-table';
import { type Count, type FilterQuery, filterStatus, isFiltering } from '../filter';
import { Layout } from '../layout';
import { planPath } from '../links';
import { groupBy, type Row } from '../rows';
import { PlanFacts } from './plan-facts';

interface PlanPageProps {
  records: PlanRecords;
  indicators: Row<Indicator>[];
  tasks: Row<Task>[];
  /** Agencies the plan names, for the agency filter. */
  agencies: Agency[];
  /** The filter as the URL gave it (raw text, cut to what the filter reads) and agency id. */
  text: string;
  query: FilterQuery;
  /** ISO today, to say whether the plan's period has ended. */
  today?: string;
}

const count = (rows: Row<Indicator | Task>[]): Count => ({
  shown: rows.filter((r) => r.shown).length,
  total: rows.length,
});

/** A `<section>` per domain; hidden when the filter leaves none of its rows. */
function ByDomain<R extends Indicator | Task>(props: {
  rows: Row<R>[];
  table: FC<{ rows: Row<R>[]; caption: string }>;
  what: string;
}) {
  const Table = props.table;
  return groupBy(props.rows, (r) => r.record.domain || 'Khác').map(({ key, items }) => (
    <section data-group hidden={!items.some((r) => r.shown)}>
      <h3>{key}</h3>
      <Table rows={items} caption={`${props.what}: ${key}`} />
    </section>
  ));
}

/** The plan page; `?q=bhyt&co-quan=so-y-te` filters server-side, the script filters while typing. */
export const PlanPage: FC<PlanPageProps> = ({ records, indicators, tasks, agencies, text, query, today }) => {
  const { plan } = records;
  return (
    <Layout
      title={`Kế hoạch ${plan.number} (${plan.province})`}
      description={`Kế hoạch ${plan.number} của ${plan.province} ${plan.title}: ${indicators.length} chỉ tiêu, ${tasks.length} nhiệm vụ, kèm nguồn trích dẫn.`}
      section="plans"
      scripts={[FILTER_SCRIPT]}
    >
      <p class="muted">
        <a href="/ke-hoach">Kế hoạch</a> › {plan.province}
      </p>
      <h1>
        Kế hoạch {plan.number} của {plan.province}
      </h1>
      <p class="lead">{plan.title}</p>
      <PlanFacts plan={plan} today={today} />
      <Downloads
        links={[
          ...tableLinks(planPath(plan.id)),
          calendarLink(
            `/han.ics?tinh=${encodeURIComponent(plan.province)}`,
            `Lịch các thời hạn của ${plan.province}`,
          ),
        ]}
      />

      <h2 id="chi-tieu">Chỉ tiêu và nhiệm vụ</h2>
      <search aria-label="Lọc chỉ tiêu và nhiệm vụ">
        <form class="filter" method="get">
          <div class="field">
            <label for="loc">Lọc theo nội dung</label>
            <input
              type="search"
              id="loc"
              name="q"
              value={text}
              maxlength={MAX_FILTER_LENGTH}
              placeholder="Ví dụ: bhyt, ho ngheo"
              autocomplete="off"
            />
          </div>
          <div class="field">
            <label for="co-quan">Cơ quan</label>
            <select id="co-quan" name="co-quan">
              <option value="">Tất cả cơ quan</option>
              {agencies.map((a) => (
                <option value={a.id} selected={a.id === query.agencyId}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Lọc</button>
        </form>
      </search>
      <p id="filter-status" class="status" role="status">
        {filterStatus(query, count(indicators), count(tasks), text)}
      </p>
      {/* When the filter leaves nothing: the way back, which needs no JS. */}
      <p id="filter-empty" hidden={!isFiltering(query) || count(indicators).shown + count(tasks).shown > 0}>
        <a href={planPath(plan.id)} data-clear>
          Bỏ lọc, xem tất cả chỉ tiêu và nhiệm vụ
        </a>
      </p>

      <h2 id="muc-tieu">Chỉ tiêu ({indicators.length})</h2>
      {indicators.length === 0 ? <p class="muted">Kế hoạch không nêu chỉ tiêu định lượng.</p> : null}
      {indicators.some((r) => r.record.targets.some((t) => t.scope === 'central')) ? (
        <p class="muted">
          <span class="tag">TW</span> chỉ tiêu Trung ương mà kế hoạch dẫn lại; con số không nhãn là chỉ tiêu
          của tỉnh.
        </p>
      ) : null}
      <ByDomain rows={indicators} table={IndicatorTable} what="Chỉ tiêu" />

      <h2 id="nhiem-vu">Nhiệm vụ ({tasks.length})</h2>
      {tasks.length === 0 ? <p class="muted">Kế hoạch không giao nhiệm vụ cụ thể.</p> : null}
      <ByDomain rows={tasks} table={TaskTable} what="Nhiệm vụ" />
    </Layout>
  );
};
