/**
 * The plan page's filter, server side: rows carry their folded text and agency ids as data attributes,
 * and the same test runs here (no JS, `?q=bhyt&co-quan=so-y-te`) and in `client/filter.ts` (live).
 */
import { expand } from '../search/analyze';
import { capped, MAX_FILTER_LENGTH, MAX_FILTER_WORDS, MAX_NAME_LENGTH } from '../text/limits';
import { foldWords } from './fold';

/** What the reader asked for: folded words and an agency id (empty for "all"). */
export interface FilterQuery {
  words: string[];
  agencyId: string;
  /** Whether the text was longer than the filter reads (`MAX_FILTER_LENGTH`, `MAX_FILTER_WORDS`). */
  clipped: boolean;
}

/**
 * `filterQuery('Bảo  hiểm', 'so-y-te')` → `{ words: ['bao', 'hiem'], agencyId: 'so-y-te', clipped: false }`.
 * Only the first 200 characters and 20 words are read: every word is tested against every row, so a
 * 20,000-word filter would cost a thousand times a short one.
 */
export function filterQuery(text: string | undefined, agencyId: string | undefined): FilterQuery {
  const read = capped(text, MAX_FILTER_LENGTH);
  const words = foldWords(read).split(' ').filter(Boolean);
  return {
    words: words.slice(0, MAX_FILTER_WORDS),
    agencyId: capped(agencyId, MAX_NAME_LENGTH),
    clipped: read.length < (text?.length ?? 0) || words.length > MAX_FILTER_WORDS,
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

/** What a clipped filter adds to the status line. */
export const CLIPPED_NOTE = `Bộ lọc chỉ dùng ${MAX_FILTER_WORDS} từ đầu tiên (tối đa ${MAX_FILTER_LENGTH} ký tự); phần sau được bỏ qua.`;

/** The status line under the filter: `Đang hiện 3/40 chỉ tiêu và 1/12 nhiệm vụ.` (empty when not filtering). */
export function filterStatus(query: FilterQuery, indicators: Count, tasks: Count): string {
  if (!isFiltering(query)) return '';
  const shown = `Đang hiện ${indicators.shown}/${indicators.total} chỉ tiêu và ${tasks.shown}/${tasks.total} nhiệm vụ.`;
  return query.clipped ? `${shown} ${CLIPPED_NOTE}` : shown;
}
