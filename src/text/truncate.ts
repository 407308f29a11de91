/**
 * Shortening text for a chat line, a button or a message, the one place for it: cuts fall between
 * graphemes (an emoji with its skin tone, a letter with its combining accent), never inside one, so no
 * reply ever carries half an emoji (`\ud83d`).
 */

import { fold } from './normalize';

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
/** Longer than any grapheme met in practice (a family emoji is 11 code units). */
const GRAPHEME_SLACK = 64;

/**
 * The longest start of `text` of at most `max` UTF-16 code units that ends between two graphemes:
 * `cutAt('a👍🏽', 3)` → `'a'` (the thumb and its tone go together or not at all).
 */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text.slice(0, max + GRAPHEME_SLACK))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` within `max` code units, "…" included when anything was cut: `ellipsize('Quảng Ninh', 6)` → `'Quảng…'`. */
export function ellipsize(text: string, max: number): string {
  return text.length <= max ? text : `${cutAt(text, max - 1)}…`;
}

/**
 * `text` cut at the last word boundary within `max` characters, with "…" when anything was cut:
 * `clip('Chủ trì, phối hợp với các sở, ngành', 20)` → `'Chủ trì, phối hợp…'`.
 */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = cutAt(t, max);
  const space = cut.lastIndexOf(' ');
  // A single word longer than `max` is cut where it must be.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * The part of a long `text` that speaks of `words` (folded), within `max`: from the start of the sentence or
 * clause holding most of them, "…" before and after what is cut. A duty of 600 characters asked about by its
 * last clause ("… báo cáo Ủy ban nhân dân tỉnh, Bộ Lao động - Thương binh và Xã hội") shows that clause, not
 * the first 300 characters. Short texts, and texts whose start holds the words best, are `ellipsize`d. Words
 * to `reach` (what a which-one question asks, "giai đoạn mấy") may move the start within one long clause.
 */
export function excerpt(
  text: string,
  words: readonly string[],
  max: number,
  reach: readonly string[] = [],
): string {
  if (text.length <= max || !(words.length || reach.length)) return ellipsize(text, max);
  const folded = fold(text);
  const starts = [0, ...[...folded.matchAll(/[.;:]\s+/g)].map((m) => (m.index ?? 0) + m[0].length)];
  // Each sentence or clause scored by the asked words it holds itself.
  const hits = (i: number) => {
    const piece = folded.slice(starts[i], starts[i + 1] ?? folded.length);
    return words.filter((w) => new RegExp(`(?:^|[^a-z0-9])${w}(?![a-z0-9])`).test(piece)).length;
  };
  let bestIndex = 0;
  let bestHits = hits(0);
  for (let i = 1; i < starts.length; i++) {
    const h = hits(i);
    if (h > bestHits) [bestIndex, bestHits] = [i, h];
  }
  let best = starts[bestIndex] ?? 0;
  // A clause longer than `max` whose words to `reach` stand past the cut ("… Đề án hỗ trợ nhà ở cho người có
  // công - giai đoạn 4" at the end of 400 characters, asked "giai đoạn mấy"): the window starts at the first
  // comma after which it holds more of them than from the clause's start.
  const end = starts[bestIndex + 1] ?? folded.length;
  if (reach.length && end - best > max) {
    const clause = folded.slice(best, end);
    const from0 = best;
    // Where each word stands in the clause, found once.
    const at = reach.map((w) =>
      [...clause.matchAll(new RegExp(`(?<![a-z0-9])${w}(?![a-z0-9])`, 'g'))].map(
        (m) => from0 + (m.index ?? 0),
      ),
    );
    const held = (from: number) =>
      at.filter((places) => places.some((i) => i >= from && i + 1 < from + max - 2)).length;
    const commas = [...clause.matchAll(/,\s+/g)].map((m) => from0 + (m.index ?? 0) + m[0].length);
    let most = held(best);
    for (const at of commas) {
      const h = held(at);
      if (h > most) [best, most] = [at, h];
    }
  }
  if (best === 0) return ellipsize(text, max);
  return `…${ellipsize(text.slice(best), max - 1)}`;
}
