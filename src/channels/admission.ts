/** Whether an incoming update gets handled: once per id, and at most 20 questions a minute per chat. */
import type { ChatState } from './chat-state';

/** Questions a chat may ask per minute before the bot asks it to slow down. */
export const QUESTIONS_PER_MINUTE = 20;
/** Ids remembered per chat: enough to cover Telegram's and Zalo's redelivery of recent updates. */
const SEEN_PER_CHAT = 20;
/** Ids remembered per isolate, across chats. */
const SEEN_PER_ISOLATE = 5000;

const claimed = new Set<string>();

/**
 * Claims an update id in this isolate; `false` when it was claimed before.
 * Synchronous on purpose: two deliveries racing into one isolate cannot both pass before either awaits.
 */
export function claimUpdate(id: string): boolean {
  if (claimed.has(id)) return false;
  claimed.add(id);
  if (claimed.size > SEEN_PER_ISOLATE) {
    const oldest = claimed.values().next().value;
    if (oldest !== undefined) claimed.delete(oldest);
  }
  return true;
}

/** What to do with an update: handle it, drop a redelivery, or (over the limit) say so once, then stay quiet. */
export type Admission = 'handle' | 'duplicate' | 'slow-down' | 'silent';

/**
 * Records the update in the chat's state and decides its fate. The chat's list of seen ids catches
 * redeliveries that land in another isolate; the rate window is the current minute.
 * `admit({}, 'tg:1', Date.now())` → `'handle'`.
 */
export function admit(state: ChatState, id: string, nowMs: number): Admission {
  if (state.seen?.includes(id)) return 'duplicate';
  state.seen = [...(state.seen ?? []), id].slice(-SEEN_PER_CHAT);
  const window = Math.floor(nowMs / 60_000);
  const count = state.rate?.window === window ? state.rate.count + 1 : 1;
  state.rate = { window, count };
  if (count <= QUESTIONS_PER_MINUTE) return 'handle';
  return count === QUESTIONS_PER_MINUTE + 1 ? 'slow-down' : 'silent';
}
