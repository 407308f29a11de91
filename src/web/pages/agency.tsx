/**
 * `GET /co-quan/:agencyId`: every target an agency leads or supports and every task it is given, province
 * by province; `?tinh=Đồng Nai` keeps one province (an officer of one province reads only their own).
 */
import type { FC } from 'hono/jsx';
import type { Agency, Indicator, Task } from '../../schema/records';
import { slug } from '../../text/slug';
import type { AgencyWork, PlanGroup } from '../agency-work';
import { CALENDAR_NOTE, calendarLink, Downloads, tableLinks } from '../components/downloads';
import { ProvinceSelect } from '../components/province-select';
import { IndicatorTable, TaskTable } from '../components/record-table';
import { Succession } from '../components/succession';
import { UnknownProvince } from '../components/unknown-province';
import { formatAgencyKind } from '../format';
import { Layout } from '../layout';
import { agencyPath, planPath } from '../links';
import type { Row } from '../rows';

type Table<R extends Indicator | Task> = FC<{
  rows: Row<R>[];
  caption: string;
  focus?: string;
  planId?: string;
}>;

/** The four roles an agency's rows come in, in the order the page lists them. */
const PARTS = [
  { key: 'leadIndicators', title: 'Chỉ tiêu chủ trì', table: IndicatorTable },
  { key: 'partnerIndicators', title: 'Chỉ tiêu phối hợp', table: IndicatorTable },
  { key: 'leadTasks', title: 'Nhiệm vụ chủ trì', table: TaskTable },
  { key: 'partnerTasks', title: 'Nhiệm vụ phối hợp', table: TaskTable },
] as const;

const count = (groups: PlanGroup<Indicator | Task>[]) => groups.reduce((n, g) => n + g.rows.length, 0);

/** The work of the plans of one province only. */
function inProvince(work: AgencyWork, province: string): AgencyWork {
  const keep = <R extends Indicator | Task>(groups: PlanGroup<R>[]) =>
    groups.filter((g) => g.plan.province === province);
  return {
    leadIndicators: keep(work.leadIndicators),
    partnerIndicators: keep(work.partnerIndicators),
    leadTasks: keep(work.leadTasks),
    partnerTasks: keep(work.partnerTasks),
  };
}

/** Provinces with any row for the agency, in the plans' order. */
function provincesOf(work: AgencyWork): string[] {
  const all = PARTS.flatMap(({ key }) => work[key].map((g) => g.plan.province));
  return [...new Set(all)];
}

/** `12 chỉ tiêu, 3 nhiệm vụ`. */
function summary(work: AgencyWork): string {
  const indicators = count(work.leadIndicators) + count(work.partnerIndicators);
  const tasks = count(work.leadTasks) + count(work.partnerTasks);
  return `${indicators} chỉ tiêu, ${tasks} nhiệm vụ`;
}

/** One province's rows, role by role, each table under its plan. */
const ProvinceSection: FC<{ province: string; work: AgencyWork; focus: string }> = ({
  province,
  work,
  focus,
}) => {
  const plans = [...new Map(PARTS.flatMap(({ key }) => work[key].map((g) => [g.plan.id, g.plan]))).values()];
  return (
    <section aria-labelledby={`tinh-${slug(province)}`} data-province={province}>
      <h2 id={`tinh-${slug(province)}`}>
        {province} <span class="muted">({summary(work)})</span>
      </h2>
      <p class="muted">
        {plans.map((plan, i) => (
          <>
            {i > 0 ? '; ' : ''}
            <a href={planPath(plan.id)}>Kế hoạch {plan.number}</a>
          </>
        ))}
      </p>
      {PARTS.map(({ key, title, table }) => {
        const groups = work[key] as PlanGroup<Indicator | Task>[];
        const Table = table as Table<Indicator | Task>;
        if (groups.length === 0) return null;
        return (
          <>
            <h3>
              {title} ({count(groups)})
            </h3>
            {groups.map(({ plan, rows }) => (
              <Table
                rows={rows}
                caption={`${title}, ${province}, Kế hoạch ${plan.number}`}
                focus={focus}
                planId={plan.id}
              />
            ))}
          </>
        );
      })}
    </section>
  );
};

interface AgencyPageProps {
  agency: Agency;
  work: AgencyWork;
  planCount: number;
  known: Agency[];
  /** The province `?tinh=` keeps, or empty for all. */
  province: string;
  /** A `?tinh=` no plan is for, named back with the provinces there are. */
  unknown?: string | null;
  /** Every province the plans are for. */
  provinces: readonly string[];
}

/** The agency page, with the agency's own name `<mark>`ed in every table. */
export const AgencyPage: FC<AgencyPageProps> = ({
  agency,
  work,
  planCount,
  known,
  province,
  unknown,
  provinces,
}) => {
  const withWork = provincesOf(work);
  const shown = province ? [province] : withWork;
  const path = agencyPath(agency.id);
  return (
    <Layout
      title={province ? `${agency.name} (${province})` : agency.name}
      description={`${agency.name}: ${summary(province ? inProvince(work, province) : work)} được giao trong kế hoạch của ${province || 'các tỉnh'}, kèm nguồn trích dẫn.`}
      section="agencies"
    >
      <p class="muted">
        <a href="/co-quan">Cơ quan</a> › {formatAgencyKind(agency.kind)}
      </p>
      <h1>{agency.name}</h1>
      {agency.aliases.length > 0 ? <p class="lead">Còn được ghi: {agency.aliases.join('; ')}</p> : null}
      <p>
        Được nhắc đến trong {agency.planIds.length}/{planCount} kế hoạch: {summary(work)}.
      </p>
      <Downloads links={[calendarLink(`${path}.ics`), ...tableLinks(path)]} note={CALENDAR_NOTE} />
      <Succession agency={agency} known={known} />
      {unknown ? <UnknownProvince asked={unknown} provinces={provinces} path={path} /> : null}
      <form class="filter" method="get" action={path}>
        <ProvinceSelect provinces={withWork} selected={province} />
        <button type="submit">Xem</button>
      </form>
      {province ? null : (
        <nav aria-label="Theo tỉnh" class="by-province">
          <ul class="plain">
            {withWork.map((p) => (
              <li>
                <a href={`${path}?tinh=${encodeURIComponent(p)}`}>{p}</a>: {summary(inProvince(work, p))}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {province && !withWork.includes(province) ? (
        <p class="muted">
          Kế hoạch của {province} không giao chỉ tiêu hay nhiệm vụ nào cho cơ quan này.{' '}
          <a href={path}>Xem mọi tỉnh</a>.
        </p>
      ) : null}
      {shown
        .filter((p) => withWork.includes(p))
        .map((p) => (
          <ProvinceSection province={p} work={inProvince(work, p)} focus={agency.id} />
        ))}
    </Layout>
  );
};
