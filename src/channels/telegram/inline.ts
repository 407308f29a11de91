/**
 * Inline mode (`@bot câu hỏi` in any chat): up to five short answers to post, each with its source and a
 * link to its row on the web. What the plans do not state is never offered for posting as if it were an
 * answer: the questions they do answer are offered instead, with a button that opens the bot.
 */
import type { InlineQueryResultArticle, InlineQueryResultsButton } from 'grammy/types';
import type { Answer } from '../../answer/types';
import { ellipsize } from '../../text/truncate';
import { recordUrl } from '../../web/links';
import { escapeHtml, sourceLabel, TELEGRAM_MAX_TEXT, withProvince } from '../format';
import { htmlLink } from './html';

/** Telegram shows at most this many of our results; more would only slow the answer. */
export const MAX_INLINE_RESULTS = 5;
/** Telegram's limits on an article's title and description. */
const TITLE = 100;
const DESCRIPTION = 200;

/** The /start payload of the button above inline results: a welcome, not a province to choose. */
export const INLINE_START = 'inline';

/** The button above the results: opens a private chat with the bot (`/start inline`). */
export function openBotButton(text: string): InlineQueryResultsButton {
  return { text, start_parameter: INLINE_START };
}

function article(
  id: string,
  title: string,
  text: string,
  link?: { url: string; label: string },
): InlineQueryResultArticle {
  const room = TELEGRAM_MAX_TEXT - (link ? link.label.length + 10 : 0);
  const body = ellipsize(text, room);
  const html = escapeHtml(body) + (link ? `\n${htmlLink(link.url, link.label)}` : '');
  return {
    type: 'article',
    id,
    title: ellipsize(title, TITLE),
    description: ellipsize(body.split('\n').slice(1).join(' ') || body, DESCRIPTION),
    input_message_content: {
      message_text: html,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    },
  };
}

/**
 * One article per item of a found answer ("Quảng Ninh: Tỷ lệ bao phủ BHYT trên 95%" + "Nguồn: KH 91/KH-UBND…",
 * the province named once), or the whole answer when it has no items; `site` adds the row's link.
 */
export function inlineResults(answer: Answer, site?: string, idPrefix = ''): InlineQueryResultArticle[] {
  if (!answer.found) return [];
  if (!answer.items.length)
    return [article(`${idPrefix}0`, answer.text.split('\n')[0] ?? answer.text, answer.text)];
  return answer.items.slice(0, MAX_INLINE_RESULTS).map((item, i) => {
    const title = withProvince(item.line, item.province);
    const label = `Nguồn: ${sourceLabel(item.source)}`;
    const link = site ? { url: recordUrl(site, item.planId, item.id), label } : undefined;
    return article(`${idPrefix}${i}`, title, link ? title : `${title}\n${label}`, link);
  });
}

/**
 * Questions offered instead of answers (examples for an empty query, suggestions when the plans do not
 * state what was asked): each titled by the question, posting its answer's first item.
 */
export function questionResults(
  questions: readonly string[],
  answerOf: (question: string) => Answer,
  site?: string,
): InlineQueryResultArticle[] {
  return questions.slice(0, MAX_INLINE_RESULTS).flatMap((question, q) => {
    const [first] = inlineResults(answerOf(question), site, `q${q}-`);
    return first ? [{ ...first, title: ellipsize(question, TITLE), description: first.title }] : [];
  });
}
