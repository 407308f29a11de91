/**
 * Time that has passed, in one wording for answers and pages: a target year before this one is "đã qua"
 * ("mục tiêu đến năm 2025 — đã qua"), and a plan whose period is over is "đã kết thúc". `today` is an ISO
 * date (`2026-11-30`); nothing here reads a clock.
 */

/** The word for a year or a deadline that has passed. */
export const PASSED = 'đã qua';

/** Whether `year` ended before `today`'s year: `yearPassed(2025, '2026-11-30')` → true. */
export function yearPassed(year: number | null | undefined, today?: string): boolean {
  return Boolean(year && today && year < Number(today.slice(0, 4)));
}

/** `' (đã qua)'` after a passed year, `''` otherwise: "năm 2025 (đã qua)". */
export function passedMark(year: number | null | undefined, today?: string): string {
  return yearPassed(year, today) ? ` (${PASSED})` : '';
}

/** What a plan's time span needs: the period it says it covers and the milestone years of its targets. */
export interface PlanSpan {
  period?: { from: number; to: number } | null;
  horizon: readonly number[];
}

/**
 * Whether a plan is over on `today`, said for its page and its answers, or null while it runs:
 * - period over, no later milestone: "Đã kết thúc (giai đoạn 2021-2025)";
 * - period over, later milestones: "Giai đoạn 2021-2025 đã kết thúc; còn mục tiêu đến năm 2030";
 * - no period, last milestone passed: "Đã kết thúc (mốc cuối năm 2025)".
 */
export function planEnded(plan: PlanSpan, today: string): string | null {
  const last = plan.horizon.length ? Math.max(...plan.horizon) : null;
  const p = plan.period;
  if (p && yearPassed(p.to, today)) {
    return last !== null && !yearPassed(last, today)
      ? `Giai đoạn ${p.from}-${p.to} đã kết thúc; còn mục tiêu đến năm ${last}`
      : `Đã kết thúc (giai đoạn ${p.from}-${p.to})`;
  }
  if (!p && last !== null && yearPassed(last, today)) return `Đã kết thúc (mốc cuối năm ${last})`;
  return null;
}
