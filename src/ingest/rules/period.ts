/**
 * Rule: a heading that names a period ("2.1. Giai đoạn 2023 - 2025", "a) Từ 2021 đến 2025", "2.2. Đến năm
 * 2030") is the year the targets under it are for, when a figure does not say its own.
 */
import { fold } from '../../text/normalize';

const PERIOD =
  /(?:giai doan\s+(?:19|20)\d{2}\s*[-–]\s*|tu(?: nam)?\s+(?:19|20)\d{2}\s+den(?: nam)?\s+|den(?: het)?(?: nam)?\s+)((?:19|20)\d{2})/;

/** The end year of the innermost heading that names a period: `periodYear(['I. MỤC TIÊU', '2.1. Giai đoạn 2023 - 2025'])` → 2025. */
export function periodYear(headings: readonly string[]): number | null {
  for (const h of [...headings].reverse()) {
    // A period heading is short; a long heading that mentions a year is a sentence, not a period.
    if (h.length > 80) continue;
    const m = PERIOD.exec(fold(h));
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}
