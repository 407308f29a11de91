/**
 * The per-user question limit: at most 20 questions in any 60 seconds (a sliding window, so a burst across
 * a minute boundary cannot double it). The asker over the limit is told once, then left unanswered until
 * the window frees up. Pure over the times already counted.
 */

/** Questions a user may ask in any window. */
export const QUESTIONS_PER_MINUTE = 20;
/** The window's length. */
export const WINDOW_MS = 60_000;

/** What to do with a question: answer it, say "slow down" (once), or stay quiet. */
export type Admission = 'handle' | 'slow-down' | 'silent';

/**
 * Decides on a question asked at `now`, given when the same user's earlier questions were asked (answered
 * or not, all counted: a flood stays a flood). `admitAt([], Date.now())` → `'handle'`.
 */
export function admitAt(earlier: readonly number[], now: number, limit = QUESTIONS_PER_MINUTE): Admission {
  const inWindow = earlier.filter((t) => t > now - WINDOW_MS).length;
  if (inWindow < limit) return 'handle';
  return inWindow === limit ? 'slow-down' : 'silent';
}
