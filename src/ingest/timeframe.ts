/** Timeframes as written ("Hằng năm", "Thường xuyên", "Năm 2025", "2024-2025") → a normalized form. */
import type { Timeframe } from '../schema/records';
import { parseDate } from '../text/dates';
import { fold } from '../text/normalize';

/** Reads a timeframe: `readTimeframe('Hằng năm')` → `{ text: 'Hằng năm', kind: 'yearly' }`. */
export function readTimeframe(text: string): Timeframe {
  const t = text.trim();
  const f = fold(t);
  const date = parseDate(t);
  if (date) return { text: t, kind: 'date', date };
  const period = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/.exec(t);
  if (period) return { text: t, kind: 'period', from: Number(period[1]), to: Number(period[2]) };
  if (/hang nam|moi nam/.test(f)) return { text: t, kind: 'yearly' };
  // "Định kỳ" alone says the duty recurs but not how often: kept as written, with no rhythm made up.
  if (/dinh ky/.test(f)) return { text: t, kind: 'unspecified' };
  if (/thuong xuyen|lien tuc/.test(f)) return { text: t, kind: 'continuous' };
  const year = /((?:19|20)\d{2})/.exec(t);
  if (year && t.length < 60) return { text: t, kind: 'year', year: Number(year[1]) };
  return { text: t, kind: 'unspecified' };
}
