/** Inline mode on Telegram (`@bot câu hỏi` in any chat): answers, examples for an empty query, never a not-found text. */
import { Composer } from 'grammy';
import { MAX_QUESTION_LENGTH } from '../../api/ask';
import { provincesOf } from '../conversation';
import type { TurnLog } from '../delivery/api-call';
import { exampleQuestions, INLINE_EMPTY_BUTTON, INLINE_NOT_FOUND_BUTTON } from '../messages';
import type { BotContext } from './decide';
import { inlineResults, openBotButton, questionResults } from './inline';
import { logAnswer } from './outbox';

/** The inline query handler. */
export function inlineHandlers(log: TurnLog): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.on('inline_query', (ctx) => {
    const question = ctx.inlineQuery.query.trim().slice(0, MAX_QUESTION_LENGTH);
    const conv = ctx.conv;
    log.set({ outcome: 'inline' });
    // Inline answers are for other chats: they use the user's province but leave the conversation alone.
    const answerOf = (q: string) =>
      conv.engine.answer(q, { today: conv.today, province: conv.state.province });
    // Results that depend on the user's own province must not be cached for everyone.
    const cache = { cache_time: 60, is_personal: conv.state.province !== undefined };
    if (!question) {
      const province = conv.state.province ?? provincesOf(conv)[0] ?? '';
      const results = questionResults(exampleQuestions(province), answerOf, conv.site);
      ctx.outbox.push(() =>
        ctx.answerInlineQuery(results, { ...cache, button: openBotButton(INLINE_EMPTY_BUTTON) }),
      );
      return;
    }
    const answer = answerOf(question);
    logAnswer(log, answer);
    const results = answer.found
      ? inlineResults(answer, conv.site)
      : questionResults(answer.suggestions?.map((s) => s.question) ?? [], answerOf, conv.site);
    ctx.outbox.push(() =>
      ctx.answerInlineQuery(results, {
        ...cache,
        ...(answer.found ? {} : { button: openBotButton(INLINE_NOT_FOUND_BUTTON) }),
      }),
    );
  });

  return c;
}
