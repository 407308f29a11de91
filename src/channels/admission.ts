/** Whether an incoming update gets handled: once per id, and at most 20 questions a minute per chat. */

import type { RequestLog } from '../middleware/request-log';
import type { ChatState, ChatStore } from './chat-state';

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

/** A turn that passed dedupe: the chat's state and whether to handle it or slow the chat down. */
export interface OpenTurn {
  state: ChatState;
  admission: Exclude<Admission, 'duplicate'>;
}

/**
 * Starts a turn for update `id` in chat `chatId`: claims the id, hashes the chat into the log, loads the
 * state and admits the update. `null` for a redelivery (nothing more to do); over the rate limit the
 * state is saved here, since the caller will only say "slow down" or nothing.
 */
export async function openTurn(
  store: ChatStore,
  log: RequestLog,
  channel: Channel,
  chatId: string | number,
  updateId: string | number,
): Promise<OpenTurn | null> {
  const id = `${channel}:${updateId}`;
  if (!claimUpdate(id)) {
    log.set({ outcome: 'duplicate' });
    return null;
  }
  await log.hashChat(chatId);
  const key = chatKey(channel, chatId);
  const state = await store.load(key);
  const admission = admit(state, id, Date.now());
  if (admission === 'duplicate') {
    log.set({ outcome: 'duplicate' });
    return null;
  }
  if (admission !== 'handle') {
    log.set({ outcome: 'rate_limited' });
    await store.save(key, state);
  }
  return { state, admission };
}

/** Where an update comes from: a Telegram chat, a Telegram user's inline queries, a Zalo chat. */
export type Channel = 'tg' | 'tgi' | 'zl';

/** The chat's key in the store: `chatKey('tg', 77)` → `'tg:77'`. */
export function chatKey(channel: Channel, chatId: string | number): string {
  return `${channel}:${chatId}`;
}
