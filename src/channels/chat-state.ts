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
  /** The answer a pending report is about (its `KeptAnswer.id`); the latest when unset. */
  reportOn?: number;
  /** The last few answers, oldest first: a button acts on the answer it sits under, by its id. */
  answers?: KeptAnswer[];
  /** The id the next answer gets (ids only grow, so an old button never finds a newer answer). */
  answerSeq?: number;
}

/** An answer the chat was given, as much as its buttons need: `{ id: 3, question: 'tỷ lệ BHYT Quảng Ninh', … }`. */
export interface KeptAnswer {
  id: number;
  /** The question as the engine understood it (follow-ups merged): the context of its follow-up buttons. */
  question: string;
  /** The question as typed, for feedback. */
  asked: string;
  sources: SourceRef[];
  /** Record ids of its items. */
  records: string[];
  /** Provinces it speaks about. */
  provinces: string[];
  /** Questions suggested under a "không nêu" reply. */
  suggestions?: string[];
  /** The agency it is about, which «Theo dõi» subscribes to. */
  agency?: string;
  /** Items it did not show ("… và 19 mục khác"), for «Xem thêm»: each line, its record and its source line. */
  more?: Array<{ line: string; planId: string; id: string; source: string }>;
  /** How many items it left out, kept or not (only the first few are kept; the web page lists all). */
  moreCount?: number;
  /** The web page listing all of it. */
  listUrl?: string;
  /** The last page of `more` shown, so a typed «xem thêm» (Zalo) goes on from there. */
  paged?: number;
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
  reportOn: z.optional(z.number()),
  // Kept answers that do not read back are dropped alone: the chat keeps its province.
  answers: z.optional(
    z.catch(
      z.array(
        z.looseObject({
          id: z.number(),
          question: z.string(),
          asked: z.string(),
          sources: z.array(z.looseObject({ file: z.string(), quote: z.string() })),
          records: z.array(z.string()),
          provinces: z.array(z.string()),
          suggestions: z.optional(z.array(z.string())),
          agency: z.optional(z.string()),
          more: z.optional(
            z.array(
              z.looseObject({ line: z.string(), planId: z.string(), id: z.string(), source: z.string() }),
            ),
          ),
          moreCount: z.optional(z.number()),
          listUrl: z.optional(z.string()),
          paged: z.optional(z.number()),
        }),
      ),
      [],
    ),
  ),
  answerSeq: z.optional(z.number()),
});

/** A stored state read back; anything unreadable (an older version's, a corrupt one) is an empty state. */
export function parseState(raw: unknown): ChatState {
  const parsed = StoredState.safeParse(raw);
  return parsed.success ? (parsed.data as ChatState) : {};
}
