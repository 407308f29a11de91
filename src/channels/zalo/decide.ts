/**
 * One Zalo event, decided in the chat's object: rate gate, the reply, split at 2000 characters into the
 * calls the outbox sends. Zalo has no buttons, so they become typed hints.
 */
import { nextPage } from '../actions';
import {
  ask,
  type Conversation,
  chooseProvince,
  exampleButtons,
  newTopic,
  provincesOf,
  type Reply,
  sourcesReply,
} from '../conversation';
import type { ApiCall, Turn, TurnLog } from '../delivery/api-call';
import { type FeedbackSink, NO_ANSWER_TEXT, REPORT_PROMPT_TEXT, saveFeedback } from '../feedback';
import { splitText, ZALO_MAX_TEXT } from '../format';
import { hotlineLines } from '../hotlines';
import {
  APOLOGY_TEXT,
  helpText,
  NEW_TOPIC_TEXT,
  notTextText,
  PRIVACY_TEXT,
  provinceListText,
  SLOW_DOWN_TEXT,
  welcomeText,
  ZALO_WORDS,
} from '../messages';
import { follow } from '../reminders/follow';
import type { SubscriptionStore } from '../reminders/store';
import { addressedText, DEFAULT_ZALO_NAME, zaloCommand } from './commands';
import type { ZaloEvent } from './schema';

/**
 * A reply as Zalo text: example-question buttons become a list, "Xem nguồn" a hint to type, links their
 * address, and an answer ends with the web address of its first row.
 */
export function zaloText(reply: Reply): string {
  const actions = reply.buttons?.flat() ?? [];
  // Zalo has no buttons: example questions and suggestions become a list to copy.
  const examples = actions.filter((b) => b.action.startsWith('q:')).map((b) => `• ${b.label}`);
  const links = actions.filter((b) => b.url).map((b) => `${b.label}: ${b.url}`);
  const row = reply.marks?.sourceUrls[0];
  if (row) links.unshift(`Xem trên trang kế hoạch: ${row}`);
  const hints = actions.some((b) => b.action.startsWith('src'))
    ? ['', `Gõ «${ZALO_WORDS.sources}» để xem trích dẫn nguồn.`]
    : [];
  // A button that stands for a typed command («Theo dõi hạn» → «theo dõi Sở Y tế») says what to type.
  for (const b of actions) if (b.typed) hints.push(...(hints.length ? [] : ['']), b.typed);
  // Zalo has no buttons: feedback is a numbered reply.
  if (actions.some((b) => b.action.startsWith('fb:')))
    hints.push(
      hints.length ? '' : '',
      'Phản hồi: gõ 1 nếu đúng, 2 nếu chưa đúng, «báo sai …» nếu có chỗ sai.',
    );
  return [reply.text, ...examples, ...(links.length ? ['', ...links] : []), ...hints].join('\n');
}

async function replyTo(
  conv: Conversation,
  event: ZaloEvent,
  log: TurnLog,
  subs: SubscriptionStore | null,
  feedback: FeedbackSink | null,
): Promise<Reply> {
  const text = event.message?.text?.trim();
  if (event.event_name !== 'message.text.received' || !text) {
    log.set({ outcome: 'not_text' });
    return { text: notTextText(ZALO_WORDS) };
  }
  const provinces = provincesOf(conv);
  // After "báo sai" alone, the next message is the report.
  if (conv.state.awaitingReport && !zaloCommand(text, provinces)) {
    delete conv.state.awaitingReport;
    log.set({ outcome: 'feedback_report' });
    return {
      text: await saveFeedback(conv.state, feedback, 'zalo', 'report', text, (e) => log.error('feedback', e)),
    };
  }
  const typed = zaloCommand(text, provinces);
  // "1" and "2" are feedback only right after an answer; otherwise they are questions like any other.
  const command =
    typed?.kind === 'feedback' && typed.verdict !== 'report' && !conv.state.lastAsked ? null : typed;
  log.set({ outcome: command?.kind ?? 'answered' });
  switch (command?.kind) {
    case 'start':
      newTopic(conv);
      return { text: welcomeText(provinces, ZALO_WORDS), buttons: exampleButtons(conv) };
    case 'help':
      return { text: helpText(provinces, ZALO_WORDS, hotlineLines(conv.hotlines ?? new Map())) };
    case 'privacy':
      return { text: PRIVACY_TEXT };
    case 'feedback':
      if (command.verdict === 'report' && !command.comment) {
        if (!conv.state.lastAsked) return { text: NO_ANSWER_TEXT };
        conv.state.awaitingReport = true;
        return { text: REPORT_PROMPT_TEXT };
      }
      return {
        text: await saveFeedback(
          conv.state,
          feedback,
          'zalo',
          command.verdict,
          command.comment || null,
          (e) => log.error('feedback', e),
        ),
      };
    case 'follow':
    case 'unfollow':
      return {
        text: await follow(conv.engine, subs, command.kind, command.target, ZALO_WORDS, (e) =>
          log.error('subscriptions', e),
        ),
      };
    case 'new-topic':
      newTopic(conv);
      return { text: NEW_TOPIC_TEXT };
    case 'sources':
      return sourcesReply(conv);
    case 'more':
      return nextPage(conv);
    case 'province-list':
      return { text: provinceListText(provinces, conv.state.province) };
    case 'province':
      return chooseProvince(conv, command.province);
    default: {
      const { reply, answer } = ask(conv, text);
      if (answer) log.set({ intent: answer.intent, found: answer.found });
      return reply;
    }
  }
}

/** The calls that send `text` to a Zalo chat in parts of at most 2000 characters, in order. */
export function zaloSends(chatId: string, text: string): ApiCall[] {
  return splitText(text, ZALO_MAX_TEXT).map((part) => ({
    method: 'sendMessage',
    payload: { chat_id: chatId, text: part },
  }));
}

/** What deciding an event needs from the chat's object. */
export type ZaloTurn = Turn;

/** The Bot API calls that answer `event`, in order (none for a bot's own message or a silenced flood). */
export async function decideZalo(received: ZaloEvent, turn: ZaloTurn): Promise<ApiCall[]> {
  let event = received;
  const { log } = turn;
  log.set({ update: event.event_name });
  const message = event.message;
  if (!message || message.from?.is_bot) {
    log.set({ outcome: 'ignored' });
    return [];
  }
  const chatId = String(message.chat.id);
  // In a group the bot answers only when addressed: "@Cam Kết …" or a "/" command. The rest of the
  // group's talk (greetings, stickers) is not for it, and is not counted as questions either.
  const group = message.chat.chat_type?.toUpperCase() === 'GROUP';
  const addressed = group ? addressedText(message.text ?? '', turn.zaloName ?? DEFAULT_ZALO_NAME) : null;
  if (group && addressed === null) {
    log.set({ outcome: 'ignored' });
    return [];
  }
  if (addressed !== null) event = { ...event, message: { ...message, text: addressed } };
  const admission = turn.gate(String(message.from?.id ?? chatId), true);
  if (admission !== 'handle') {
    log.set({ outcome: 'rate_limited' });
    return admission === 'slow-down' ? zaloSends(chatId, SLOW_DOWN_TEXT) : [];
  }
  let reply: Reply;
  try {
    const conv: Conversation = {
      engine: turn.engine(),
      today: turn.today,
      state: turn.state,
      words: ZALO_WORDS,
      hotlines: turn.hotlines,
      site: turn.site,
    };
    reply = await replyTo(conv, event, log, turn.subs ?? null, turn.feedback ?? null);
  } catch (error) {
    log.error('handler', error);
    reply = { text: APOLOGY_TEXT };
  }
  return zaloSends(chatId, zaloText(reply));
}
