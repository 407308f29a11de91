/**
 * Rule: the period a plan covers. "… GIAI ĐOẠN 2021-2025" in its title; else what its purpose says it must do
 * "giai đoạn 2021-2025" ("Cụ thể hóa các mục tiêu … cần thực hiện giai đoạn 2021-2025"). A period inside a cited
 * document's name ("Chương trình … giai đoạn 2021-2030") is that document's, not the plan's.
 */
import { fold } from '../../text/normalize';
import { citations } from './documents';

const PERIOD = /giai doan\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/;
const PURPOSE = /^(?:[ivx\d.]+\s+)?(?:muc dich|yeu cau|muc tieu)/;

/** The period `text` names outside any citation: `{ from: 2021, to: 2025 }`, or null. */
export function periodIn(text: string, signedYear = 0): { from: number; to: number } | null {
  const f = fold(text);
  const names = citations(text);
  for (const m of f.matchAll(new RegExp(PERIOD.source, 'g'))) {
    const at = m.index ?? 0;
    if (names.some((c) => at >= c.start && at < c.end)) continue;
    // A plan signed in 2021 covers no period that ended in 2020: that one is the resolution it carries out.
    if (Number(m[2]) < signedYear) continue;
    return { from: Number(m[1]), to: Number(m[2]) };
  }
  return null;
}

/** The plan's period from its title, else from a statement under its purpose or requirements headings. */
export function planPeriod<U extends { text: string; headings: string[] }>(
  title: string,
  units: U[],
  signedYear = 0,
): { period: { from: number; to: number }; unit: U | null } | null {
  const fromTitle = periodIn(title, signedYear);
  if (fromTitle) return { period: fromTitle, unit: null };
  for (const u of units) {
    if (!u.headings.some((h) => PURPOSE.test(fold(h)))) continue;
    const p = periodIn(u.text, signedYear);
    if (p) return { period: p, unit: u };
  }
  return null;
}
