/** The one retry the channels allow: after a Bot API 429, wait `retry_after` once if the request has time. */

/** Longest wait for a 429 worth doing; longer waits mean the bot is throttled and the reply is dropped. */
export const MAX_RETRY_WAIT_MS = 10_000;

/**
 * Milliseconds to wait before the single retry, or `null` when there should be none (no hint, a wait
 * over 10 s, or one that would end after `deadline`): `retryWaitMs(2, Date.now() + 20_000)` → `2000`.
 */
export function retryWaitMs(retryAfterSeconds: unknown, deadline: number, now = Date.now()): number | null {
  if (typeof retryAfterSeconds !== 'number' || !Number.isFinite(retryAfterSeconds) || retryAfterSeconds < 0) {
    return null;
  }
  const ms = Math.ceil(retryAfterSeconds * 1000);
  return ms <= MAX_RETRY_WAIT_MS && now + ms < deadline ? ms : null;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
