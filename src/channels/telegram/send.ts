/** Sending a channel-neutral reply on Telegram: HTML-escaped, split at 4096 characters, buttons last. */
import type { Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../conversation';
import type { ReplyButton } from '../follow-ups';
import { escapeHtml, splitText, TELEGRAM_MAX_TEXT } from '../format';

/** Rows of buttons as an inline keyboard whose callback data is each button's action. */
export function inlineKeyboard(rows: readonly ReplyButton[][]): InlineKeyboardMarkup {
  return { inline_keyboard: rows.map((row) => row.map((b) => ({ text: b.label, callback_data: b.action }))) };
}

/**
 * Sends `reply` to `chatId` as one or more HTML messages; the buttons go under the last part, and in
 * groups the first part answers the asking message (`replyTo`). Stops at the first failure, which throws.
 */
export async function sendReply(api: Api, chatId: number, reply: Reply, replyTo?: number): Promise<void> {
  const parts = splitText(reply.text, TELEGRAM_MAX_TEXT);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await api.sendMessage(chatId, escapeHtml(part), {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && reply.buttons?.length ? { reply_markup: inlineKeyboard(reply.buttons) } : {}),
      ...(i === 0 && replyTo
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
        : {}),
    });
  }
}
