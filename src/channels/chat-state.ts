/** What the bot remembers about a chat (default province, last question and sources), as its object stores it. */
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
  /** When the last question was asked (ms): follow-up context expires after a few hours. */
  lastAt?: number;
  /** The last question as the user asked it, and its answer's record ids: what feedback is about. */
  lastAsked?: string;
  lastRecords?: string[];
  /** After "Báo sai": the next message is the report's comment. */
  awaitingReport?: boolean;
}

// Only what we read back is checked: a value written by an older version must not crash a chat.
const StoredState = z.looseObject({
  province: z.optional(z.string()),
  lastQuestion: z.optional(z.string()),
  lastSuggestions: z.optional(z.array(z.string())),
  lastSources: z.optional(z.array(z.looseObject({ file: z.string(), quote: z.string() }))),
  lastAt: z.optional(z.number()),
  lastAsked: z.optional(z.string()),
  lastRecords: z.optional(z.array(z.string())),
  awaitingReport: z.optional(z.boolean()),
});

/** A stored state read back; anything unreadable (an older version's, a corrupt one) is an empty state. */
export function parseState(raw: unknown): ChatState {
  const parsed = StoredState.safeParse(raw);
  return parsed.success ? (parsed.data as ChatState) : {};
}
