/** `GET /so-sanh?chi-tieu=bhyt`: one indicator across provinces, side by side. */
import type { FC } from 'hono/jsx';
import type { Plan, Target } from '../../schema/records';
import type { Comparison } from '../compare';
import { Quote } from '../components/source';
import { PassedTag } from '../components/targets';
import { formatLocation } from '../format';
import { Layout } from '../layout';
import { anchorOf, planPath } from '../links';

const TopicPicker: FC<{ shared: Comparison[]; current: string }> = ({ shared, current }) => (
  <form class="filter" method="get" action="/so-sanh">
    <div class="field">
      <label for="chi-tieu">Chỉ tiêu</label>
      <select id="chi-tieu" name="chi-tieu">
        {shared.map(({ topic, entries }) => (
          <option value={topic.id} selected={topic.id === current}>
            {`${topic.label} (${entries.length} tỉnh)`}
          </option>
        ))}
      </select>
    </div>
    <button type="submit">Xem</button>
  </form>
);

/** One column of the table: a year and whose target it is (the province's, or the central one quoted). */
interface TargetColumn {
  year: number | null;
  scope: Target['scope'];
}

const columnKey = (c: TargetColumn) => `${c.year ?? ''} ${c.scope}`;

/** `2025 · tỉnh`, `2030 · TW`, `Không nêu năm · tỉnh`. */
const columnLabel = (c: TargetColumn) =>
  `${c.year ?? 'Không nêu năm'} · ${c.scope === 'central' ? 'TW' : 'tỉnh'}`;

/** The year × scope columns the topic's targets fill, by year, the province's before the central one. */
function targetColumns(comparison: Comparison): TargetColumn[] {
  const seen = new Map<string, TargetColumn>();
  for (const { indicators } of comparison.entries)
    for (const { targets } of indicators)
      for (const { year, scope } of targets) seen.set(columnKey({ year, scope }), { year, scope });
  const order = (c: TargetColumn) => (c.year ?? 9999) * 2 + (c.scope === 'central' ? 1 : 0);
  return [...seen.values()].sort((a, b) => order(a) - order(b));
}

/** The topic as one table: a row per indicator of each province, a column per year and scope. */
const CompareTable: FC<{ comparison: Comparison }> = ({ comparison }) => {
  const columns = targetColumns(comparison);
  return (
    <table class="stack compare" aria-label={`${comparison.topic.label} theo tỉnh, năm và cấp`}>
      <thead>
        <tr>
          <th scope="col">Tỉnh</th>
          <th scope="col">Chỉ tiêu</th>
          {columns.map((c) => (
            <th scope="col">
              {columnLabel(c)}
              <PassedTag year={c.year} />
            </th>
          ))}
          <th scope="col">Chủ trì</th>
          <th scope="col">Nguồn</th>
        </tr>
      </thead>
      <tbody>
        {comparison.entries.flatMap(({ plan, indicators }) =>
          indicators.map((indicator) => (
            <tr data-province={plan.province}>
              <th scope="row" data-label="Tỉnh">
                <a href={planPath(plan.id)}>{plan.province}</a>
                <div class="muted nowrap">KH {plan.number}</div>
              </th>
              <td data-label="Chỉ tiêu">
                {indicator.name}
                {indicator.unit ? <span class="muted"> ({indicator.unit})</span> : null}
              </td>
              {columns.map((c) => {
                const here = indicator.targets.filter((t) => t.year === c.year && t.scope === c.scope);
                return (
                  <td class={here.length ? 'figure' : 'figure empty'} data-label={columnLabel(c)}>
                    {here.length === 0
                      ? '—'
                      : here.map((t, i) => (
                          <>
                            {i > 0 ? '; ' : ''}
                            {t.text}
                            {t.area && t.area !== 'all' ? <span class="tag">{t.area}</span> : null}
                          </>
                        ))}
                  </td>
                );
              })}
              <td data-label="Chủ trì">{indicator.leadAgency ?? '—'}</td>
              <td data-label="Nguồn">
                <a href={`${planPath(plan.id)}#${anchorOf(indicator.id)}`}>
                  {formatLocation(indicator.source)}
                </a>
                <Quote source={indicator.source} record={indicator} />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
};

interface ComparePageProps {
  shared: Comparison[];
  /** The chosen topic; null when the URL names none the plans share. */
  chosen: Comparison | null;
  /** The id the URL asked for, when it matched nothing. */
  unknown: string | null;
  /** Plans that do not mention the chosen topic. */
  missing?: Plan[];
}

/** The compare page: a picker of topics at least two plans share, then one table of every province's figures. */
export const ComparePage: FC<ComparePageProps> = ({ shared, chosen, unknown, missing = [] }) => (
  <Layout
    title={chosen ? `So sánh: ${chosen.topic.label}` : 'So sánh giữa các tỉnh'}
    description={
      chosen
        ? `${chosen.topic.label}: mục tiêu của ${chosen.entries.map((e) => e.plan.province).join(', ')} theo năm, con số ghi đúng như văn bản.`
        : undefined
    }
    section="compare"
  >
    <h1>So sánh giữa các tỉnh</h1>
    <p class="lead">Cùng một chỉ tiêu trong kế hoạch của từng tỉnh, con số ghi đúng như văn bản.</p>
    {unknown !== null ? (
      <p class="card" role="alert">
        Không có chỉ tiêu “{unknown}” để so sánh. Hãy chọn trong danh sách.
      </p>
    ) : null}
    {shared.length === 0 ? (
      <p class="muted">Chưa có chỉ tiêu nào xuất hiện trong từ hai kế hoạch trở lên.</p>
    ) : (
      <TopicPicker shared={shared} current={chosen?.topic.id ?? ''} />
    )}
    {chosen ? (
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{chosen.topic.label}</h2>
        <p class="muted">
          Mỗi cột là một năm mục tiêu: chỉ tiêu của tỉnh, hoặc chỉ tiêu Trung ương (TW) mà kế hoạch dẫn lại.
        </p>
        <CompareTable comparison={chosen} />
        {missing.length ? (
          <p id="khong-neu">
            Kế hoạch của {missing.map((p) => `${p.province} (${p.number})`).join(', ')} không nêu chỉ tiêu
            này.
          </p>
        ) : null}
      </section>
    ) : null}
  </Layout>
);
