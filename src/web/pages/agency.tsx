/** `GET /co-quan/:agencyId`: every target an agency leads or supports and every task it is given. */
import type { FC } from 'hono/jsx';
import type { Agency, Indicator, Task } from '../../schema/records';
import type { AgencyWork, PlanGroup } from '../agency-work';
import { CALENDAR_NOTE, calendarLink, Downloads, tableLinks } from '../components/downloads';
import { IndicatorTable, TaskTable } from '../components/record-table';
import { Succession } from '../components/succession';
import { formatAgencyKind } from '../format';
import { Layout } from '../layout';
import { agencyPath } from '../links';
import type { Row } from '../rows';

const total = (groups: PlanGroup<Indicator | Task>[]) => groups.reduce((n, g) => n + g.rows.length, 0);

function Part<R extends Indicator | Task>(props: {
  id: string;
  title: string;
  groups: PlanGroup<R>[];
  table: FC<{ rows: Row<R>[]; caption: string; focus?: string }>;
  focus: string;
}) {
  const Table = props.table;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.title} ({total(props.groups)})
      </h2>
      {props.groups.length === 0 ? <p class="muted">Không có.</p> : null}
      {props.groups.map(({ plan, rows }) => (
        <>
          <h3>
            <a href={`/ke-hoach/${encodeURIComponent(plan.id)}`}>
              {plan.province}: Kế hoạch {plan.number}
            </a>
          </h3>
          <Table rows={rows} caption={`${props.title}, ${plan.province}`} focus={props.focus} />
        </>
      ))}
    </section>
  );
}

/** The agency page, with the agency's own name `<mark>`ed in every table. */
export const AgencyPage: FC<{ agency: Agency; work: AgencyWork; planCount: number; known: Agency[] }> = ({
  agency,
  work,
  planCount,
  known,
}) => (
  <Layout title={agency.name} section="agencies">
    <p class="muted">
      <a href="/co-quan">Cơ quan</a> › {formatAgencyKind(agency.kind)}
    </p>
    <h1>{agency.name}</h1>
    {agency.aliases.length > 0 ? <p class="lead">Còn được ghi: {agency.aliases.join('; ')}</p> : null}
    <p>
      Được nhắc đến trong {agency.planIds.length}/{planCount} kế hoạch.
    </p>
    <Downloads
      links={[calendarLink(`${agencyPath(agency.id)}.ics`), ...tableLinks(agencyPath(agency.id))]}
      note={CALENDAR_NOTE}
    />
    <Succession agency={agency} known={known} />
    <Part
      id="chu-tri"
      title="Chỉ tiêu chủ trì"
      groups={work.leadIndicators}
      table={IndicatorTable}
      focus={agency.id}
    />
    <Part
      id="phoi-hop"
      title="Chỉ tiêu phối hợp"
      groups={work.partnerIndicators}
      table={IndicatorTable}
      focus={agency.id}
    />
    <Part
      id="nhiem-vu"
      title="Nhiệm vụ chủ trì"
      groups={work.leadTasks}
      table={TaskTable}
      focus={agency.id}
    />
    <Part
      id="nhiem-vu-phoi-hop"
      title="Nhiệm vụ phối hợp"
      groups={work.partnerTasks}
      table={TaskTable}
      focus={agency.id}
    />
  </Layout>
);
