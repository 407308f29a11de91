/**
 * What to do after a Bot API call failed: retry later (honouring `retry_after`), or give up now. Pure, so
 * the outbox's schedule is tested without a clock or a network.
 */

/** A failed send, as the transport saw it. */
export interface SendFailure {
  /** HTTP status or the API's error code; undefined when no answer came (reset, timeout). */
  status?: number;
  /** Seconds the API asked us to wait (429). */
  retryAfter?: number;
  /** Short cause for the log: `'sendMessage: 500 Internal Server Error'`, `'timeout'`. */
  reason: string;
}

/** Retry schedule and the bound after which a reply is given up (dead-lettered). */
export interface RetryPolicy {
  /** First backoff; doubled per attempt. */
  baseMs: number;
  /** Largest backoff between two attempts (a `retry_after` may be longer). */
  maxBackoffMs: number;
  /** A reply not delivered this long after it was decided is dead-lettered. */
  deadAfterMs: number;
}

/** One hour to deliver, retries from 1 s up to every 5 minutes: a reply later than that has lost its use. */
export const DEFAULT_POLICY: RetryPolicy = {
  baseMs: 1000,
  maxBackoffMs: 5 * 60_000,
  deadAfterMs: 60 * 60_000,
};

/** The outcome of a failure: try again at `at`, or dead-letter with `why`. */
export type NextStep = { retryAt: number } | { dead: string };

/**
 * A request the API refused for good: a bad request, a chat that blocked the bot (403), a message too old
 * to answer. Retrying sends the same refusal; 408/409/429 and 5xx are worth retrying.
 */
export function isPermanent(failure: SendFailure): boolean {
  const s = failure.status;
  return s !== undefined && s >= 400 && s < 500 && s !== 408 && s !== 409 && s !== 429;
}

/**
 * When to try a reply again after its `attempts`-th failure (`faults` of them without a `retry_after`), or
 * that it is dead: `retry_after` is honoured
 * (plus up to a second of jitter), other failures back off exponentially with jitter (`random` in [0, 1)), and nothing is retried
 * past `firstAt + deadAfterMs`.
 */
export function nextStep(
  failure: SendFailure,
  attempts: number,
  faults: number,
  firstAt: number,
  now: number,
  policy: RetryPolicy = DEFAULT_POLICY,
  random: () => number = Math.random,
): NextStep {
  if (isPermanent(failure)) return { dead: `refused: ${failure.reason}` };
  // Only failures without a hint grow the backoff: ten 429s in a row say the API is busy, not broken.
  const backoff = Math.min(policy.maxBackoffMs, policy.baseMs * 2 ** Math.max(0, faults - 1));
  const hinted =
    failure.retryAfter !== undefined && failure.retryAfter >= 0 ? failure.retryAfter * 1000 : null;
  // Jitter spreads the chats a rate limit stopped together, so they do not all come back in the same
  // second; a hinted wait is never shortened.
  const wait = hinted !== null ? hinted + random() * 1000 : backoff * (0.5 + random() / 2);
  const at = now + Math.ceil(wait);
  if (at > firstAt + policy.deadAfterMs)
    return { dead: `gave up after ${attempts} attempts: ${failure.reason}` };
  return { retryAt: at };
}

/**
 * Calls whose use passes within seconds: a pressed button's spinner (Telegram refuses an answer after about
 * 15 s, "query is too old"), an inline query's results, "typing…". They are sent once; a failure is logged
 * and dropped — never retried, never dead-lettered — so it never holds up the replies queued behind it.
 */
const BEST_EFFORT = new Set(['answerCallbackQuery', 'answerInlineQuery', 'sendChatAction']);

/** `isBestEffort('answerCallbackQuery')` → `true`; `isBestEffort('sendMessage')` → `false`. */
export function isBestEffort(method: string): boolean {
  return BEST_EFFORT.has(method);
}
