/** Public types of the answer engine; everything a channel or page needs to show an answer. */
import type { Source } from '../schema/records';

/** What the question asks for. */
export type Intent =
  | 'target'
  | 'agency'
  | 'assignments'
  | 'deadline'
  | 'plan_meta'
  | 'list'
  | 'compare'
  | 'help'
  | 'smalltalk'
  | 'english';

/** A cited source, with the plan it belongs to: "KH 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203". */
export interface SourceRef extends Source {
  planId: string;
  planNumber: string;
  province: string;
}

/** One record used in an answer. */
export interface AnswerItem {
  kind: 'indicator' | 'task' | 'plan' | 'duty' | 'agency';
  id: string;
  planId: string;
  province: string;
  /** One line of the reply about this item, in Vietnamese, built only from the record. */
  line: string;
  source: SourceRef;
}

/** A question the user may mean, about a record the plans hold. */
export interface Suggestion {
  question: string;
  source: SourceRef;
}

/** The engine's reply: `text` is exactly what a chat user sees. */
export interface Answer {
  text: string;
  found: boolean;
  intent: Intent;
  items: AnswerItem[];
  sources: SourceRef[];
  /** Items found but left out of `text` ("… và 19 mục khác."), in order, for a channel's «Xem thêm». */
  rest?: AnswerItem[];
  /** Provinces the answer speaks about (for follow-ups like "còn Thanh Hóa thì sao?"). */
  provinces: string[];
  /**
   * When nothing answers: questions about what the plans do say ("giảm tỷ lệ trẻ em bị xâm hại… ở Quảng
   * Ninh"), for buttons and links, each with the source its line in `text` quotes.
   */
  suggestions?: Suggestion[];
}

/** Per-question options; `today` is an ISO date (`2026-11-23`) so the engine never reads a clock. */
export interface AskOptions {
  today: string;
  /** Default province of the chat or page, used when the question names none. */
  province?: string;
  /**
   * The chat's previous question, for follow-ups such as "còn năm 2030?" or "còn Thanh Hóa thì sao?":
   * the engine fills in what the new question leaves out.
   */
  previousQuestion?: string;
}
