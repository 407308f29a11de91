/** Per-chat memory (default province, last question and sources, recent update ids, rate window) in KV. */
import * as z from 'zod/mini';
import type { SourceRef } from '../answer/types';

/** What the bot remembers about one chat. */
export interface ChatState {
  /** Default province for questions that name none: `'Đồng Nai'`. */
  province?: string;
  /** The previous question, passed to the engine for follow-ups such as "còn năm 2030?". */
  lastQuestion?: string;
  /** Questions suggested under the last "không nêu" reply, asked when their button is pressed. */
  lastSuggestions?: string[];
  /** Sources of the last answer, for /nguon and "Xem nguồn". */
  lastSources?: SourceRef[];
  /** Update or message ids already handled, newest last, so a redelivery gets no second reply. */
  seen?: string[];
  /** Questions counted in the current one-minute window. */
  rate?: { window: number; count: number };
}

/** Loads and saves chat state; never throws, so a failing KV only makes the bot forgetful. */
export interface ChatStore {
  load(chatKey: string): Promise<ChatState>;
  save(chatKey: string, state: ChatState): Promise<void>;
}

/** How long an idle chat is remembered: 30 days. */
export const CHAT_STATE_TTL_SECONDS = 30 * 24 * 3600;
/** Chats kept in an isolate's memory when KV is missing or failing. */
const MEMORY_CHATS = 2000;

// Only what we read back is checked: a value written by an older version must not crash a chat.
const StoredState = z.looseObject({
  province: z.optional(z.string()),
  lastQuestion: z.optional(z.string()),
  lastSuggestions: z.optional(z.array(z.string())),
  lastSources: z.optional(z.array(z.looseObject({ file: z.string(), quote: z.string() }))),
  seen: z.optional(z.array(z.string())),
  rate: z.optional(z.object({ window: z.number(), count: z.number() })),
});

function parseState(raw: unknown): ChatState {
  const parsed = StoredState.safeParse(raw);
  return parsed.success ? (parsed.data as ChatState) : {};
}

// Module scope outlives a request, so an isolate remembers chats when KV is absent (as in `wrangler dev`
// without the binding) and keeps working when KV errors.
const memory = new Map<string, string>();

function remember(chatKey: string, json: string): void {
  memory.delete(chatKey);
  memory.set(chatKey, json);
  if (memory.size > MEMORY_CHATS) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
}

function recall(chatKey: string): ChatState {
  const json = memory.get(chatKey);
  return json ? parseState(JSON.parse(json)) : {};
}

/**
 * A store over the `CHAT_STATE` namespace with an in-isolate copy; without a namespace, memory only.
 * `onError` hears about KV failures (for the request log); the chat goes on with what memory has.
 */
export function chatStore(kv: KVNamespace | undefined, onError: (error: unknown) => void): ChatStore {
  return {
    async load(chatKey) {
      if (!kv) return recall(chatKey);
      try {
        const raw = await kv.get(`chat:${chatKey}`, 'json');
        return raw === null ? recall(chatKey) : parseState(raw);
      } catch (error) {
        onError(error);
        return recall(chatKey);
      }
    },
    async save(chatKey, state) {
      const json = JSON.stringify(state);
      remember(chatKey, json);
      if (!kv) return;
      try {
        await kv.put(`chat:${chatKey}`, json, { expirationTtl: CHAT_STATE_TTL_SECONDS });
      } catch (error) {
        onError(error);
      }
    },
  };
}
