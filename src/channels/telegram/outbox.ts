/** Queuing a Telegram reply from a handler: in the chat, its forum topic, under the asking message in groups. */
import type { Answer } from '../../answer/types';
import type { Reply } from '../conversation';
import type { TurnLog } from '../delivery/api-call';
import type { BotContext } from './decide';
import { sendReply } from './send';

/** The forum topic of the message or button being answered, so the reply lands there and not in General. */
export function topicOf(ctx: BotContext): number | undefined {
  const msg = ctx.msg;
  return msg && 'is_topic_message' in msg && msg.is_topic_message ? msg.message_thread_id : undefined;
}

/** Queues `reply` for the chat the update came from; sent after the turn, in order. */
export function queue(ctx: BotContext, reply: Reply, replyTo?: number): void {
  const chatId = ctx.chat?.id;
  const place = { replyTo, threadId: topicOf(ctx) };
  if (chatId !== undefined) ctx.outbox.push(() => sendReply(ctx.api, chatId, reply, place));
}

/** The answer's intent and whether it was found, on the turn's log line. */
export function logAnswer(log: TurnLog, answer: Answer | undefined): void {
  if (answer) log.set({ outcome: 'answered', intent: answer.intent, found: answer.found });
}
