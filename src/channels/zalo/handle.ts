/**
 * One Zalo event, after the webhook has answered: dedupe, rate limit, decide the reply, save the chat's
 * state once, then send (split at 2000 characters). Zalo has no buttons, so they become typed hints.
 */
import type { Engine } from '../../answer/engine';
import type { RequestLog } from '../../middleware/request-log';
import { chatKey, openTurn } from '../admission';
import { withChatLock } from '../chat-lock';
import type { ChatStore } from '../chat-state';
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
import { splitText, ZALO_MAX_TEXT } from '../format';
import {
  APOLOGY_TEXT,
  helpText,
  NEW_TOPIC_TEXT,
  notTextText,
  provinceListText,
  SLOW_DOWN_TEXT,
  welcomeText,
  ZALO_WORDS,
} from '../messages';
import { whileSlow } from '../typing';
import type { ZaloBotClient } from './client';
import { zaloCommand } from './commands';
import type { ZaloEvent } from './schema';

/** What handling an event needs. */
export interface ZaloDeps {
  client: ZaloBotClient;
  /** The engine, built on first use: a corpus that fails to load becomes an apology, not a 500. */
  engine: () => Engine;
  today: string;
  store: ChatStore;
  log: RequestLog;
}

/** A reply as Zalo text: example-question buttons become a list, "Xem nguồn" becomes a hint to type. */
export function zaloText(reply: Reply): string {
  const actions = reply.buttons?.flat() ?? [];
  // Zalo has no buttons: example questions and suggestions become a list to copy.
  const examples = actions.filter((b) => b.action.startsWith('q:')).map((b) => `• ${b.label}`);
  const hints = actions.some((b) => b.action === 'src')
    ? ['', `Gõ «${ZALO_WORDS.sources}» để xem trích dẫn nguồn.`]
    : [];
  return [reply.text, ...examples, ...hints].join('\n');
}

function replyTo(conv: Conversation, event: ZaloEvent, log: RequestLog): Reply {
  const text = event.message?.text?.trim();
  if (event.event_name !== 'message.text.received' || !text) {
    log.set({ outcome: 'not_text' });
    return { text: notTextText(ZALO_WORDS) };
  }
  const provinces = provincesOf(conv);
  const command = zaloCommand(text, provinces);
  log.set({ outcome: command?.kind ?? 'answered' });
  switch (command?.kind) {
    case 'start':
      newTopic(conv);
      return { text: welcomeText(provinces, ZALO_WORDS), buttons: exampleButtons(conv) };
    case 'help':
      return { text: helpText(provinces, ZALO_WORDS) };
    case 'new-topic':
      newTopic(conv);
      return { text: NEW_TOPIC_TEXT };
    case 'sources':
      return sourcesReply(conv);
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

/** Sends `text` to a Zalo chat in parts of at most 2000 characters, in order; the first failure throws. */
export async function sendZaloText(client: ZaloBotClient, chatId: string, text: string): Promise<void> {
  for (const part of splitText(text, ZALO_MAX_TEXT)) await client.sendMessage(chatId, part);
}

/** Handles one accepted event; failures are logged by the caller's `log.defer`. */
export async function handleZaloEvent(event: ZaloEvent, deps: ZaloDeps): Promise<void> {
  const { log, store } = deps;
  const message = event.message;
  if (!message || message.from?.is_bot) {
    log.set({ outcome: 'ignored' });
    return;
  }
  const chatId = String(message.chat.id);
  const key = chatKey('zl', chatId);
  let admitted = false;
  const typing = () => (admitted ? deps.client.sendChatAction(chatId, 'typing') : Promise.resolve());
  await whileSlow(async () => {
    // Deciding and saving hold the chat's lock (see chat-lock.ts); sending comes after it.
    const decided = await withChatLock(key, async () => {
      // Zalo does not say message ids are unique across chats, so the chat is part of the id.
      const turn = await openTurn(store, log, 'zl', chatId, `${chatId}:${String(message.message_id)}`);
      if (!turn) return null;
      if (turn.admission !== 'handle') return turn.admission === 'slow-down' ? SLOW_DOWN_TEXT : null;
      admitted = true;
      let reply: Reply;
      try {
        const conv: Conversation = {
          engine: deps.engine(),
          today: deps.today,
          state: turn.state,
          words: ZALO_WORDS,
        };
        reply = replyTo(conv, event, log);
      } catch (error) {
        log.error('handler', error);
        reply = { text: APOLOGY_TEXT };
      }
      await store.save(key, turn.state);
      return zaloText(reply);
    });
    if (decided) await sendZaloText(deps.client, chatId, decided);
  }, typing);
}
