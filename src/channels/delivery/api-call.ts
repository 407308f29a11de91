/** A Bot API call decided by a turn and not yet made: what the outbox stores and sends. */

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
