/** Inline mode (`@bot câu hỏi` in any chat): up to five short answers, each with its source. */
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Answer } from '../../answer/types';
import { escapeHtml, sourceLabel, TELEGRAM_MAX_TEXT } from '../format';

/** Telegram shows at most this many of our results; more would only slow the answer. */
export const MAX_INLINE_RESULTS = 5;

function article(id: string, title: string, text: string): InlineQueryResultArticle {
  const body = text.length > TELEGRAM_MAX_TEXT ? `${text.slice(0, TELEGRAM_MAX_TEXT - 1)}…` : text;
  return {
    type: 'article',
    id,
    title: title.length > 100 ? `${title.slice(0, 99)}…` : title,
    description: body.slice(0, 200),
    input_message_content: { message_text: escapeHtml(body), parse_mode: 'HTML' },
  };
}

/**
 * One article per answer item ("Quảng Ninh: Tỷ lệ bao phủ BHYT trên 95%" + "Nguồn: KH 91/KH-UBND…"),
 * or the whole answer as one article when it has no items (not found, help).
 */
export function inlineResults(answer: Answer): InlineQueryResultArticle[] {
  if (!answer.items.length) return [article('0', answer.text.split('\n')[0] ?? answer.text, answer.text)];
  return answer.items.slice(0, MAX_INLINE_RESULTS).map((item, i) => {
    const text = `${item.line}\nNguồn: ${sourceLabel(item.source)}`;
    return article(String(i), `${item.province}: ${item.line}`, text);
  });
}
