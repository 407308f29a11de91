/**
 * The answers a chat was given, kept in its state so that a button acts on the answer it sits under: the
 * answer's id travels in the button's callback data (`src@12`), and the chat's object keeps the answer
 * across restarts. Telegram allows 64 bytes of callback data; an action and an id take a dozen.
 */
import type { ChatState, KeptAnswer } from './chat-state';

/** Answers kept per chat: enough for the buttons a person can still see on screen. */
export const KEPT_ANSWERS = 8;
/** Sources kept per answer, and the longest quote kept: what /nguon shows, no more. */
export const KEPT_SOURCES = 5;
const KEPT_QUOTE = 700;
/** Telegram's limit on a button's callback data, in UTF-8 bytes. */
export const MAX_CALLBACK_BYTES = 64;

/** Stores `answer` as the chat's newest and gives it its id; the oldest beyond `KEPT_ANSWERS` is forgotten. */
export function keepAnswer(state: ChatState, answer: Omit<KeptAnswer, 'id'>): KeptAnswer {
  const id = state.answerSeq ?? 1;
  const kept: KeptAnswer = {
    ...answer,
    id,
    sources: answer.sources
      .slice(0, KEPT_SOURCES)
      .map((s) => (s.quote.length > KEPT_QUOTE ? { ...s, quote: s.quote.slice(0, KEPT_QUOTE) } : s)),
  };
  state.answerSeq = id + 1;
  state.answers = [...(state.answers ?? []), kept].slice(-KEPT_ANSWERS);
  return kept;
}

/** The kept answer with `id`, or the newest when `id` is undefined (a button from before ids). */
export function findAnswer(state: ChatState, id: number | undefined): KeptAnswer | undefined {
  const answers = state.answers ?? [];
  return id === undefined ? answers.at(-1) : answers.find((a) => a.id === id);
}

/** `onAnswer('src', 12)` → `'src@12'`: the action of a button under answer 12. */
export function onAnswer(action: string, id: number): string {
  return `${action}@${id}`;
}

/** `parseAction('f:agency@12')` → `{ action: 'f:agency', answerId: 12 }`; no `@`: no id. */
export function parseAction(data: string): { action: string; answerId?: number } {
  const at = data.lastIndexOf('@');
  if (at < 0) return { action: data };
  const id = Number(data.slice(at + 1));
  return Number.isInteger(id) && id > 0 ? { action: data.slice(0, at), answerId: id } : { action: data };
}

/** What feedback about `kept` reads from a state: its question, records and sources. */
export function feedbackState(
  kept: KeptAnswer,
): Pick<ChatState, 'lastAsked' | 'lastRecords' | 'lastSources'> {
  return { lastAsked: kept.asked, lastRecords: kept.records, lastSources: kept.sources };
}
