/**
 * Feedback under every answer: "Đúng", "Chưa đúng" and "Báo sai" with a comment, stored in D1
 * (`migrations/0002_feedback.sql`) with the question, the answer's record ids and sources, the channel
 * and the day; the chat only as its keyed hash.
 */
import type { ChatState } from './chat-state';
import { maskDigits } from './delivery/privacy';

/** What a person said about an answer. */
export type Verdict = 'right' | 'wrong' | 'report';

/** One piece of feedback, as stored. */
export interface Feedback {
  channel: 'telegram' | 'zalo' | 'web';
  chat: string | null;
  day: string;
  verdict: Verdict;
  question: string;
  comment: string | null;
  records: string[];
  sources: string[];
}

/** Where feedback goes. */
export interface FeedbackStore {
  record(f: Feedback): Promise<void>;
}

/** Longest comment kept: a report says what is wrong, it is not a document. */
export const MAX_COMMENT = 1000;

/** The store over the `DB` binding. */
export function d1Feedback(db: D1Database): FeedbackStore {
  return {
    async record(f) {
      await db
        .prepare(
          'INSERT INTO feedback (day, channel, chat, verdict, question, comment, records, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .bind(
          f.day,
          f.channel,
          f.chat,
          f.verdict,
          maskDigits(f.question).slice(0, MAX_COMMENT),
          f.comment === null ? null : maskDigits(f.comment).slice(0, MAX_COMMENT),
          JSON.stringify(f.records.slice(0, 20)),
          JSON.stringify(f.sources.slice(0, 20)),
        )
        .run();
    },
  };
}

/** The feedback about the chat's last answer, or null when there is no answer to speak of. */
export function aboutLastAnswer(
  state: ChatState,
  base: Pick<Feedback, 'channel' | 'chat' | 'day'>,
  verdict: Verdict,
  comment: string | null = null,
): Feedback | null {
  if (!state.lastAsked) return null;
  return {
    ...base,
    verdict,
    comment,
    question: state.lastAsked,
    records: state.lastRecords ?? [],
    sources: (state.lastSources ?? []).map((s) => `${s.planNumber}:${s.lineStart}-${s.lineEnd}`),
  };
}

/** A feedback store with the chat's hash and the day. */
export interface FeedbackSink {
  store: FeedbackStore;
  chat: string;
  day: string;
}

/** Stores feedback about the chat's last answer; the reply text says whether it was kept. */
export async function saveFeedback(
  state: ChatState,
  sink: FeedbackSink | null,
  channel: Feedback['channel'],
  verdict: Verdict,
  comment: string | null,
  onError: (error: unknown) => void,
): Promise<string> {
  if (!sink) return FEEDBACK_UNAVAILABLE_TEXT;
  const f = aboutLastAnswer(state, { channel, chat: sink.chat, day: sink.day }, verdict, comment);
  if (!f) return NO_ANSWER_TEXT;
  try {
    await sink.store.record(f);
    return THANKS_TEXT;
  } catch (error) {
    onError(error);
    return FEEDBACK_UNAVAILABLE_TEXT;
  }
}

/** The reply to a verdict. */
export const THANKS_TEXT = 'Cảm ơn bạn! Phản hồi đã được ghi nhận để kiểm tra lại với văn bản kế hoạch.';
/** Asked after "Báo sai": what is wrong. */
export const REPORT_PROMPT_TEXT =
  'Bạn gõ ngắn gọn chỗ sai giúp mình (ví dụ: «năm 2030 là 97% chứ không phải 95%»). Tin nhắn tiếp theo của bạn sẽ được ghi là báo sai.';
/** When there is no answer to give feedback on. */
export const NO_ANSWER_TEXT = 'Chưa có câu trả lời nào để phản hồi. Bạn hỏi một câu trước nhé.';
/** When the database is not there. */
export const FEEDBACK_UNAVAILABLE_TEXT = 'Xin lỗi, chưa ghi nhận được phản hồi lúc này. Bạn thử lại sau nhé.';
