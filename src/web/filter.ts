/**
 * The plan page's filter, server side: rows carry their folded text and agency ids as data attributes,
 * and the same test runs here (no JS, `?q=bhyt&co-quan=so-y-te`) and in `client/filter.ts` (live).
 */
import { expand } from '../search/analyze';
import { foldWords } from './fold';

/** What the reader asked for: folded words and an agency id (empty for "all"). */
export interface FilterQuery {
  words: string[];
  agencyId: string;
}

/** `filterQuery('Bảo  hiểm', 'so-y-te')` → `{ words: ['bao', 'hiem'], agencyId: 'so-y-te' }`. */
export function filterQuery(text: string | undefined, agencyId: string | undefined): FilterQuery {
  return {
    words: foldWords(text ?? '')
      .split(' ')
      .filter(Boolean),
    agencyId: agencyId ?? '',
  };
}

/** Whether anything is being filtered at all. */
export function isFiltering(query: FilterQuery): boolean {
  return query.words.length > 0 || query.agencyId !== '';
}

/**
 * The searchable text of a row: its parts as folded words, plus the bot's abbreviation and synonym
 * expansions, so "bao hiem y te" finds a row that says "BHYT" and "bhyt" one that says "bảo hiểm y tế".
 */
export function rowText(parts: ReadonlyArray<string | null>): string {
  const joined = parts.filter(Boolean).join(' ');
  const expansions = expand(joined)
    .slice(1)
    .map((run) => run.join(' '));
  return [foldWords(joined), ...expansions].join(' ');
}

/** A row is shown when every query word starts a word of its text and it names the agency. */
export function rowMatches(text: string, agencyIds: readonly string[], query: FilterQuery): boolean {
  if (query.agencyId && !agencyIds.includes(query.agencyId)) return false;
  const words = ` ${text}`;
  return query.words.every((w) => words.includes(` ${w}`));
}

/** Counts of shown/total rows: `{ shown: 3, total: 40 }`. */
export interface Count {
  shown: number;
  total: number;
}

/** The status line under the filter: `Đang hiện 3/40 chỉ tiêu và 1/12 nhiệm vụ.` (empty when not filtering). */
export function filterStatus(query: FilterQuery, indicators: Count, tasks: Count): string {
  if (!isFiltering(query)) return '';
  return `Đang hiện ${indicators.shown}/${indicators.total} chỉ tiêu và ${tasks.shown}/${tasks.total} nhiệm vụ.`;
}
