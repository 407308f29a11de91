/** A target list as the plan writes it: "2025: trên 95%", with the central benchmark and area marked. */
import { type FC, useContext } from 'hono/jsx';
import type { Target } from '../../schema/records';
import { PASSED, yearPassed } from '../../text/elapsed';
import { PageMetaContext } from '../page-meta';

/** "đã qua" after a target whose year is over on the day the page is rendered for (`PageMetaContext`). */
export const PassedTag: FC<{ year: number | null }> = ({ year }) => {
  const today = useContext(PageMetaContext)?.today;
  return yearPassed(year, today) ? <span class="tag past">{PASSED}</span> : null;
};

/** One target: year, the figure as written, and a tag for a central (TW) benchmark or a sub-area. */
export const TargetValue: FC<{ target: Target }> = ({ target }) => (
  <>
    {target.year !== null ? `${target.year}: ` : ''}
    <strong>{target.text}</strong>
    {target.area && target.area !== 'all' ? <span class="tag">{target.area}</span> : null}
    {target.scope === 'central' ? (
      <span class="tag" title="Chỉ tiêu Trung ương">
        TW
      </span>
    ) : null}
    <PassedTag year={target.year} />
  </>
);

/** Every target of an indicator, one per line; "Không nêu" when the plan gives none. */
export const TargetList: FC<{ targets: Target[] }> = ({ targets }) =>
  targets.length === 0 ? (
    <span class="muted">Không nêu</span>
  ) : (
    <ul class="targets">
      {targets.map((target) => (
        <li>
          <TargetValue target={target} />
        </li>
      ))}
    </ul>
  );
