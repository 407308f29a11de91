/**
 * The tables of targets and tasks, shared by the plan and agency pages. Each row carries its folded
 * text and agency ids so the plan page's filter can show or hide it without a round trip.
 */
import type { FC } from 'hono/jsx';
import type { Indicator, Task } from '../../schema/records';
import { anchorOf, planPath } from '../links';
import type { Mention, Row } from '../rows';
import { Where } from './source';
import { TargetList } from './targets';

/**
 * A table's columns and head from their labels. The `<col>` classes (`c1`, `c2`…) give every table of a
 * kind the same widths, so the per-domain tables of a plan line up; on a phone the labels reappear
 * before each cell (`data-label`).
 */
export const Head: FC<{ columns: readonly string[] }> = ({ columns }) => (
  <>
    <colgroup>
      {columns.map((_, i) => (
        <col class={`c${i + 1}`} />
      ))}
    </colgroup>
    <thead>
      <tr>
        {columns.map((label) => (
          <th scope="col">{label}</th>
        ))}
      </tr>
    </thead>
  </>
);

/** An agency as written, linked to its page when it names one known agency; `<mark>`ed when it is `focus`. */
const MentionView: FC<{ mention: Mention; focus?: string }> = ({ mention, focus }) => {
  const { agency } = mention;
  if (!agency) return <>{mention.text}</>;
  const link = <a href={`/co-quan/${encodeURIComponent(agency.id)}`}>{mention.text}</a>;
  return agency.id === focus ? <mark>{link}</mark> : link;
};

/** The cells every row ends with: lead agency, partners, source (linked to its plan's row off the plan page). */
const LastCells: FC<{ row: Row<Indicator | Task>; focus?: string; planId?: string }> = ({
  row,
  focus,
  planId,
}) => (
  <>
    <td data-label="Chủ trì">{row.lead ? <MentionView mention={row.lead} focus={focus} /> : '—'}</td>
    <td data-label="Phối hợp">
      {row.partners.length === 0
        ? '—'
        : row.partners.map((m, i) => (
            <>
              {i > 0 ? '; ' : ''}
              <MentionView mention={m} focus={focus} />
            </>
          ))}
    </td>
    <td data-label="Nguồn">
      <Where
        source={row.record.source}
        record={row.record}
        href={planId ? `${planPath(planId)}#${anchorOf(row.record.id)}` : undefined}
      />
    </td>
  </>
);

/** Attributes the filter reads; `hidden` when the server-side filter already left the row out. */
function rowAttributes(row: Row<Indicator | Task>, kind: 'indicator' | 'task') {
  return {
    id: anchorOf(row.record.id),
    'data-kind': kind,
    'data-text': row.text,
    'data-agencies': row.agencyIds.join(' '),
    hidden: !row.shown,
  };
}

interface TableProps<R extends Indicator | Task> {
  rows: Row<R>[];
  caption: string;
  /** Agency id to highlight (the agency page). */
  focus?: string;
  /** The plan the rows come from, when the table is not on its page: each source links to its row there. */
  planId?: string;
}

/** Targets: name, figures by year, unit, lead and partner agencies, source. */
export const IndicatorTable: FC<TableProps<Indicator>> = ({ rows, caption, focus, planId }) => (
  <table class="stack fixed indicators">
    <caption class="visually-hidden">{caption}</caption>
    <Head columns={['Chỉ tiêu', 'Mục tiêu', 'Đơn vị', 'Chủ trì', 'Phối hợp', 'Nguồn']} />
    <tbody>
      {rows.map((row) => (
        <tr {...rowAttributes(row, 'indicator')}>
          <th scope="row" data-label="Chỉ tiêu">
            {row.record.name}
          </th>
          <td class="figure" data-label="Mục tiêu">
            <TargetList targets={row.record.targets} />
          </td>
          <td data-label="Đơn vị">{row.record.unit || '—'}</td>
          <LastCells row={row} focus={focus} planId={planId} />
        </tr>
      ))}
    </tbody>
  </table>
);

/** Tasks: what to do, by when (as the plan writes it), lead and partner agencies, source. */
export const TaskTable: FC<TableProps<Task>> = ({ rows, caption, focus, planId }) => (
  <table class="stack fixed tasks">
    <caption class="visually-hidden">{caption}</caption>
    <Head columns={['Nhiệm vụ', 'Thời hạn', 'Chủ trì', 'Phối hợp', 'Nguồn']} />
    <tbody>
      {rows.map((row) => (
        <tr {...rowAttributes(row, 'task')}>
          <td data-label="Nhiệm vụ">{row.record.text}</td>
          <td data-label="Thời hạn">{row.record.timeframe.text || '—'}</td>
          <LastCells row={row} focus={focus} planId={planId} />
        </tr>
      ))}
    </tbody>
  </table>
);
