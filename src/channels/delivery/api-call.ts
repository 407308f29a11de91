/** A Bot API call decided by a turn and not yet made: what the outbox stores and sends; and what a turn needs. */
import type { Engine } from '../../answer/engine';
import type { ChatState } from '../chat-state';
import type { FeedbackSink } from '../feedback';
import type { Hotline } from '../hotlines';
import type { SubscriptionStore } from '../reminders/store';
import type { Admission } from './rate-window';

/** `{ method: 'sendMessage', payload: { chat_id: 77, text: '…' } }` */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A turn's logger: the fields of its log line and its errors. */
export interface TurnLog {
  set(fields: Record<string, unknown>): void;
  error(where: string, error: unknown): void;
}

/** What deciding one update needs from the chat's object, on any channel. */
export interface Turn {
  /** The engine, built on first use: a corpus that fails to load becomes an apology. */
  engine: () => Engine;
  today: string;
  /** The chat's state; the reply changes it in place. */
  state: ChatState;
  /** Counts a question of `user` (buttons are not counted) and says whether to answer it. */
  gate: (user: string, counted: boolean) => Admission;
  log: TurnLog;
  /** The chat's reminder subscriptions; null where the database is not bound. */
  subs?: SubscriptionStore | null;
  /** Where feedback goes, with the chat's hash and the day; null where the database is not bound. */
  feedback?: FeedbackSink | null;
  /** Where a person can help, per province (configuration). */
  hotlines?: ReadonlyMap<string, Hotline>;
  /** The web pages' public origin (`PUBLIC_URL`): answers link to their rows there. */
  site?: string;
  /** The Zalo bot's name, by which a Zalo group addresses it ("@Cam Kết …"). */
  zaloName?: string;
}
