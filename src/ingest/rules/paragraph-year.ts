/**
 * The year a paragraph aims at, for a figure whose own clause names none: "phấn đấu đến năm 2025, … có 66%
 * trường học …; 89% số xã …" — the figures after the year are for it. The nearest aim before the figure, else the
 * first after it; past years (a baseline "năm 2020 đạt 45%") are no aim. An aim that opens a sentence ("Phấn đấu
 * đến năm 2025, có 20%, năm 2030 có 25% …; khoảng 18% …") governs it over a year set for one figure inside.
 */
import { YEAR_WORDS } from '../figures';

const AIM = new RegExp(
  String.raw`${YEAR_WORDS}|giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})(?!\d)`,
  'giu',
);

export function paragraphYear(paragraph: string, at: number, signedYear: number): number | null {
  let before: number | null = null;
  let opening: { year: number; end: number } | null = null;
  let after: number | null = null;
  for (const m of paragraph.matchAll(AIM)) {
    const year = Number(m[1] ?? m[2]);
    if (!(year >= signedYear)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (start >= at) after ??= year;
    else {
      before = year;
      // "đến năm 2025, …" opens what follows.
      if (/^\s*,/u.test(paragraph.slice(end))) opening = { year, end };
    }
  }
  // A sentence's end closes what its opening year governed.
  if (opening && /[.!?]\s/u.test(paragraph.slice(opening.end, at))) opening = null;
  return opening?.year ?? before ?? after;
}
