/** Sending a channel-neutral reply on Telegram: HTML, split at 4096 characters, buttons last. */
import type { Api } from 'grammy';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../conversation';
import type { ReplyButton } from '../follow-ups';
import { splitText, TELEGRAM_MAX_TEXT } from '../format';
import { partHtml, webLinkLine } from './html';

/** Rows of buttons as an inline keyboard: a link opens its URL, any other button sends back its action. */
export function inlineKeyboard(rows: readonly ReplyButton[][]): InlineKeyboardMarkup {
  return {
    inline_keyboard: rows.map((row) =>
      row.map(
        (b): InlineKeyboardButton =>
          b.url ? { text: b.label, url: b.url } : { text: b.label, callback_data: b.action },
      ),
    ),
  };
}

/** Room kept in the last part for the link line an answer without source lines gets. */
const LINK_ROOM = 64;

/** Where in the chat a reply goes: under the asking message (groups), in its forum topic. */
export interface ReplyPlace {
  replyTo?: number;
  /** The forum topic of the message being answered: without it a reply lands in "General". */
  threadId?: number;
}

/**
 * Sends `reply` to `chatId` as one or more HTML messages; the buttons go under the last part, and in
 * groups the first part answers the asking message. Stops at the first failure, which throws.
 */
export async function sendReply(
  api: Api,
  chatId: number,
  reply: Reply,
  place: ReplyPlace = {},
): Promise<void> {
  const parts = splitText(reply.text, TELEGRAM_MAX_TEXT - LINK_ROOM);
  const links = { next: 0 };
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    let html = partHtml(part, reply.marks, links);
    // An answer whose text names no source line still links its first row.
    const first = reply.marks?.sourceUrls[0];
    if (last && first && links.next === 0) html += webLinkLine(first);
    await api.sendMessage(chatId, html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(place.threadId !== undefined ? { message_thread_id: place.threadId } : {}),
      ...(last && reply.buttons?.length ? { reply_markup: inlineKeyboard(reply.buttons) } : {}),
      ...(i === 0 && place.replyTo
        ? { reply_parameters: { message_id: place.replyTo, allow_sending_without_reply: true } }
        : {}),
    });
  }
}
