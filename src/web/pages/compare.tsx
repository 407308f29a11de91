/** `GET /so-sanh?chi-tieu=bhyt`: one indicator across provinces, side by side. */
import type { FC } from 'hono/jsx';
import type { Comparison } from '../compare';
import { Where } from '../components/source';
import { TargetList } from '../components/targets';
import { Layout } from '../layout';

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

const Cards: FC<{ comparison: Comparison }> = ({ comparison }) => (
  <ul class="grid" aria-label={`${comparison.topic.label} theo tỉnh`}>
    {comparison.entries.map(({ plan, indicators }) => (
      <li class="card" data-province={plan.province}>
        <h3>
          <a href={`/ke-hoach/${encodeURIComponent(plan.id)}`}>{plan.province}</a>
        </h3>
        <p class="muted">Kế hoạch {plan.number}</p>
        {indicators.map((indicator) => (
          <div class="compare-item">
            <p>
              {indicator.name}
              {indicator.unit ? <span class="muted"> ({indicator.unit})</span> : null}
            </p>
            <TargetList targets={indicator.targets} />
            {indicator.leadAgency ? <p class="muted">Chủ trì: {indicator.leadAgency}</p> : null}
            <Where source={indicator.source} />
          </div>
        ))}
      </li>
    ))}
  </ul>
);

interface ComparePageProps {
  shared: Comparison[];
  /** The chosen topic; null when the URL names none the plans share. */
  chosen: Comparison | null;
  /** The id the URL asked for, when it matched nothing. */
  unknown: string | null;
}

/** The compare page: a picker of topics at least two plans share, then one card per province. */
export const ComparePage: FC<ComparePageProps> = ({ shared, chosen, unknown }) => (
  <Layout title={chosen ? `So sánh: ${chosen.topic.label}` : 'So sánh giữa các tỉnh'} section="compare">
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
        <Cards comparison={chosen} />
      </section>
    ) : null}
  </Layout>
);
