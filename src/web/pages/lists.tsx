/** `GET /ke-hoach` and `GET /co-quan`: the indexes that lead to plan and agency pages. */
import type { FC } from 'hono/jsx';
import type { Agency, Corpus } from '../../schema/records';
import { AGENCY_KINDS, formatDate } from '../format';
import { Layout } from '../layout';

/** Every plan with its number, date and counts. */
export const PlansPage: FC<{ corpus: Corpus }> = ({ corpus }) => (
  <Layout title="Các kế hoạch" section="plans">
    <h1>Các kế hoạch</h1>
    {corpus.plans.length === 0 ? <p class="muted">Chưa có kế hoạch nào.</p> : null}
    <ul class="grid">
      {corpus.plans.map(({ plan, indicators, tasks }) => (
        <li class="card">
          <h2>
            <a href={`/ke-hoach/${encodeURIComponent(plan.id)}`}>{plan.province}</a>
          </h2>
          <p>
            Kế hoạch {plan.number}
            {plan.signedDate ? `, ngày ${formatDate(plan.signedDate)}` : ''}
          </p>
          <p class="muted">{plan.title}</p>
          <p>
            {indicators.length} chỉ tiêu · {tasks.length} nhiệm vụ
          </p>
        </li>
      ))}
    </ul>
  </Layout>
);

/** Every agency, grouped by kind, with how many plans name it. */
export const AgenciesPage: FC<{ agencies: Agency[] }> = ({ agencies }) => (
  <Layout title="Các cơ quan" section="agencies">
    <h1>Các cơ quan</h1>
    {agencies.length === 0 ? <p class="muted">Chưa có cơ quan nào.</p> : null}
    {AGENCY_KINDS.map(([kind, label]) => ({ label, items: agencies.filter((a) => a.kind === kind) }))
      .filter(({ items }) => items.length > 0)
      .map(({ label, items }) => (
        <section>
          <h2>{label}</h2>
          <ul class="columns">
            {items
              .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
              .map((a) => (
                <li>
                  <a href={`/co-quan/${encodeURIComponent(a.id)}`}>{a.name}</a>{' '}
                  <span class="muted">({a.planIds.length} kế hoạch)</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
  </Layout>
);
