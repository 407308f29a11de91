/**
 * Where a cited source is shown on its plan page: the row of the target, task or reporting duty it was
 * read from, so a source link lands on that row instead of the top of a page 100,000 px tall on a phone.
 */
import type { SourceRef } from '../answer/types';
import type { Corpus, Indicator, Source, Task } from '../schema/records';
import { anchorOf, dutyId, planPath } from './links';

/** The plan page's facts block, for a source that is none of its rows (the signer, the basis). */
export const FACTS_ANCHOR = 'thong-tin';

const key = (planId: string, s: Pick<Source, 'file' | 'lineStart' | 'lineEnd'>) =>
  `${planId} ${s.file} ${s.lineStart} ${s.lineEnd}`;

/** A row of a plan page: its anchor, and the target or task shown in it (none for a reporting duty). */
export interface SourceRow {
  anchor: string;
  record: Indicator | Task | null;
}

const rowsBySource = new WeakMap<Corpus, Map<string, SourceRow>>();

/** Every row by its source, first row first (two records may rest on the same lines). */
function rowsOf(corpus: Corpus): Map<string, SourceRow> {
  let map = rowsBySource.get(corpus);
  if (!map) {
    map = new Map();
    for (const { plan, indicators, tasks } of corpus.plans) {
      const rows: Array<[Source, SourceRow]> = [
        ...[...indicators, ...tasks].map((r): [Source, SourceRow] => [
          r.source,
          { anchor: anchorOf(r.id), record: r },
        ]),
        ...plan.reportingDuties.map((d, i): [Source, SourceRow] => [
          d.source,
          { anchor: anchorOf(dutyId(plan.id, i)), record: null },
        ]),
      ];
      for (const [source, row] of rows)
        if (!map.has(key(plan.id, source))) map.set(key(plan.id, source), row);
    }
    rowsBySource.set(corpus, map);
  }
  return map;
}

/** The row a source was read from; null for a fact of the plan (its signer, its basis). */
export function sourceRow(corpus: Corpus, source: SourceRef): SourceRow | null {
  return rowsOf(corpus).get(key(source.planId, source)) ?? null;
}

/**
 * The link to a source's row: `sourceHref(corpus, { planId: 'dong-nai-230-2024', lineStart: 120, … })` →
 * `'/ke-hoach/dong-nai-230-2024#dong-nai-230-2024-i3'`; the plan's facts when no row rests on those lines.
 */
export function sourceHref(corpus: Corpus, source: SourceRef): string {
  return `${planPath(source.planId)}#${sourceRow(corpus, source)?.anchor ?? FACTS_ANCHOR}`;
}
