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
  /**
   * Whether the words must stand together, in order ("nuoc sach" as a phrase, not "nhà nước … chính
   * sách"): true once `byPhrase` has found the phrase in some row; a query of one word is the same either way.
   */
  phrase: boolean;
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
    phrase: false,
  };
}

/** Whether `text` holds the query's words as one phrase, each word starting a word of it. */
const hasPhrase = (text: string, words: readonly string[]) => ` ${text}`.includes(` ${words.join(' ')}`);

/**
 * The phrase first, then the words: the query as a phrase when some row (of `texts`, every row of the
 * page) holds it, else each word on its own. "nuoc sach" then finds the rows about clean water, and only
 * when the plan never says "nước sạch" does it fall back to rows naming "nước" and "sạch" apart.
 */
export function byPhrase(query: FilterQuery, texts: Iterable<string>): FilterQuery {
  if (query.words.length < 2) return query;
  for (const text of texts) if (hasPhrase(text, query.words)) return { ...query, phrase: true };
  return query;
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

/**
 * A row is shown when it names the agency and holds the query: the phrase (`query.phrase`), or every word
 * starting a word of its text.
 */
export function rowMatches(text: string, agencyIds: readonly string[], query: FilterQuery): boolean {
  if (query.agencyId && !agencyIds.includes(query.agencyId)) return false;
  if (query.phrase) return hasPhrase(text, query.words);
  const words = ` ${text}`;
  return query.words.every((w) => words.includes(` ${w}`));
}

/** Counts of shown/total rows: `{ shown: 3, total: 40 }`. */
export interface Count {
  shown: number;
  total: number;
}

/**
 * The status line's wordings, shared with the live filter (`client/filter.ts`), which fills the same
 * `{…}` slots: `{i}/{I}` targets shown/total, `{t}/{T}` tasks, `{q}` the text as typed.
 */
export const STATUS = {
  counts: 'Đang hiện {i}/{I} chỉ tiêu và {t}/{T} nhiệm vụ',
  word: ' có “{q}”.',
  phrase: ' có cụm “{q}”.',
  words: ' có đủ các từ “{q}” (không dòng nào có cả cụm).',
  agency: '.',
  empty: 'Không có chỉ tiêu hay nhiệm vụ nào khớp “{q}”.',
  emptyAgency: 'Cơ quan này không có chỉ tiêu hay nhiệm vụ nào khớp.',
} as const;

/** `fill('Đang hiện {i}/{I}', { i: 3, I: 40 })` → `'Đang hiện 3/40'`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w)\}/g, (slot, name: string) => String(values[name] ?? slot));
}

/** What a clipped filter adds to the status line. */
export const CLIPPED_NOTE = `Bộ lọc chỉ dùng ${MAX_FILTER_WORDS} từ đầu tiên (tối đa ${MAX_FILTER_LENGTH} ký tự); phần sau được bỏ qua.`;

/**
 * The status line under the filter, empty when not filtering: `Đang hiện 3/40 chỉ tiêu và 1/12 nhiệm vụ
 * có cụm “nuoc sach”.`; `Không có chỉ tiêu hay nhiệm vụ nào khớp “xyz”.` when nothing is left.
 */
export function filterStatus(query: FilterQuery, indicators: Count, tasks: Count, text = ''): string {
  if (!isFiltering(query)) return '';
  const values = { i: indicators.shown, I: indicators.total, t: tasks.shown, T: tasks.total, q: text.trim() };
  const none = indicators.shown + tasks.shown === 0;
  const words = query.words.length > 0;
  let line: string;
  if (none) line = fill(words ? STATUS.empty : STATUS.emptyAgency, values);
  else if (!words) line = fill(STATUS.counts + STATUS.agency, values);
  else if (query.words.length < 2) line = fill(STATUS.counts + STATUS.word, values);
  else if (query.phrase) line = fill(STATUS.counts + STATUS.phrase, values);
  else line = fill(STATUS.counts + STATUS.words, values);
  return query.clipped ? `${line} ${CLIPPED_NOTE}` : line;
}
