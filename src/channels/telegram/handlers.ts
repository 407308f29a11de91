/** Telegram commands, buttons, inline queries and questions; each decides what to send, the turn sends it. */
import { Composer } from 'grammy';
import type { Answer } from '../../answer/types';
import { MAX_QUESTION_LENGTH } from '../../api/ask';
import {
  ask,
  chooseProvince,
  exampleButtons,
  newTopic,
  provinceButtons,
  provincesOf,
  type Reply,
  runAction,
  sourcesReply,
} from '../conversation';
import type { TurnLog } from '../delivery/api-call';
import { NO_ANSWER_TEXT, REPORT_PROMPT_TEXT, saveFeedback, type Verdict } from '../feedback';
import { hotlineLines } from '../hotlines';
import {
  chooseProvinceText,
  helpText,
  NEW_TOPIC_TEXT,
  notTextText,
  PRIVACY_TEXT,
  welcomeText,
} from '../messages';
import { follow } from '../reminders/follow';
import type { BotContext } from './decide';
import { inlineResults } from './inline';
import { sendReply } from './send';

function queue(ctx: BotContext, reply: Reply, replyTo?: number): void {
  const chatId = ctx.chat?.id;
  if (chatId !== undefined) ctx.outbox.push(() => sendReply(ctx.api, chatId, reply, replyTo));
}

function logAnswer(log: TurnLog, answer: Answer | undefined): void {
  if (answer) log.set({ outcome: 'answered', intent: answer.intent, found: answer.found });
}

/** The question in a message: without the bot's @mention, which groups need to address it. */
function questionText(ctx: BotContext): string {
  const text = ctx.message?.text ?? '';
  return text.replace(new RegExp(`@${ctx.me.username}\\b`, 'gi'), ' ').trim();
}

/** All handlers, in the order grammY tries them. */
export function handlers(log: TurnLog): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command('start', (ctx) => {
    newTopic(ctx.conv);
    const payload = ctx.match.trim();
    // A deep link t.me/<bot>?start=dong-nai sets the chat's province before the welcome.
    if (payload) queue(ctx, chooseProvince(ctx.conv, payload));
    const provinces = provincesOf(ctx.conv);
    queue(ctx, { text: welcomeText(provinces, ctx.conv.words), buttons: exampleButtons(ctx.conv) });
    log.set({ outcome: 'start' });
  });

  c.command('moi', (ctx) => {
    newTopic(ctx.conv);
    queue(ctx, { text: NEW_TOPIC_TEXT });
    log.set({ outcome: 'new_topic' });
  });

  c.command('help', (ctx) => {
    queue(ctx, {
      text: helpText(provincesOf(ctx.conv), ctx.conv.words, hotlineLines(ctx.conv.hotlines ?? new Map())),
    });
    log.set({ outcome: 'help' });
  });

  c.command('tinh', (ctx) => {
    const typed = ctx.match.trim();
    const provinces = provincesOf(ctx.conv);
    queue(
      ctx,
      typed
        ? chooseProvince(ctx.conv, typed)
        : {
            text: chooseProvinceText(provinces, ctx.conv.state.province),
            buttons: provinceButtons(ctx.conv),
          },
    );
    log.set({ outcome: 'province' });
  });

  c.command(['theodoi', 'huy'], async (ctx) => {
    const command = ctx.message?.text?.startsWith('/huy') ? 'unfollow' : 'follow';
    const text = await follow(ctx.conv.engine, ctx.subs, command, ctx.match, ctx.conv.words, (e) =>
      log.error('subscriptions', e),
    );
    queue(ctx, { text });
    log.set({ outcome: command });
  });

  c.command(['riengtu', 'privacy'], (ctx) => {
    queue(ctx, { text: PRIVACY_TEXT });
    log.set({ outcome: 'privacy' });
  });

  c.command('nguon', (ctx) => {
    queue(ctx, sourcesReply(ctx.conv));
    log.set({ outcome: 'sources' });
  });

  // "Đúng", "Chưa đúng", "Báo sai" under an answer.
  c.callbackQuery(/^fb:(right|wrong|report)$/, async (ctx) => {
    const verdict = ctx.match[1] as Verdict;
    log.set({ outcome: `feedback_${verdict}` });
    if (!ctx.conv.state.lastAsked) {
      ctx.outbox.push(() => ctx.answerCallbackQuery({ text: NO_ANSWER_TEXT }));
      return;
    }
    if (verdict === 'report') {
      ctx.conv.state.awaitingReport = true;
      ctx.outbox.push(() => ctx.answerCallbackQuery());
      queue(ctx, { text: REPORT_PROMPT_TEXT });
      return;
    }
    const text = await saveFeedback(ctx.conv.state, ctx.feedback, 'telegram', verdict, null, (e) =>
      log.error('feedback', e),
    );
    ctx.outbox.push(() => ctx.answerCallbackQuery({ text }));
  });

  c.on('callback_query:data', (ctx) => {
    const result = runAction(ctx.conv, ctx.callbackQuery.data);
    // Answered first: the button stops spinning even if the reply below fails to send.
    ctx.outbox.push(() => ctx.answerCallbackQuery(result ? {} : { text: 'Nút này không còn dùng được.' }));
    if (result) queue(ctx, result.reply);
    log.set({ outcome: 'button' });
    logAnswer(log, result?.answer);
  });

  // A button without data (a game, an old client) still stops spinning.
  c.on('callback_query', (ctx) => {
    ctx.outbox.push(() => ctx.answerCallbackQuery());
    log.set({ outcome: 'button' });
  });

  c.on('inline_query', (ctx) => {
    const question = ctx.inlineQuery.query.trim();
    log.set({ outcome: 'inline' });
    if (!question) {
      ctx.outbox.push(() => ctx.answerInlineQuery([], { cache_time: 60 }));
      return;
    }
    // Inline answers are for other chats: they use the user's province but leave the conversation alone.
    const answer = ctx.conv.engine.answer(question.slice(0, MAX_QUESTION_LENGTH), {
      today: ctx.conv.today,
      province: ctx.conv.state.province,
    });
    logAnswer(log, answer);
    ctx.outbox.push(() => ctx.answerInlineQuery(inlineResults(answer), { cache_time: 60 }));
  });

  c.on('message:text', async (ctx, next) => {
    // After "Báo sai", the next message (not a command) is the report.
    const text = questionText(ctx);
    if (!ctx.conv.state.awaitingReport || !text || text.startsWith('/')) return next();
    delete ctx.conv.state.awaitingReport;
    queue(ctx, {
      text: await saveFeedback(ctx.conv.state, ctx.feedback, 'telegram', 'report', text, (e) =>
        log.error('feedback', e),
      ),
    });
  });

  c.on('message:text', (ctx) => {
    const text = questionText(ctx);
    const inGroup = ctx.chat.type !== 'private';
    if (!text || text.startsWith('/')) {
      // A bare mention or an unknown command: help, except for commands in groups (maybe another bot's).
      if (!text || !inGroup)
        queue(ctx, {
          text: helpText(provincesOf(ctx.conv), ctx.conv.words, hotlineLines(ctx.conv.hotlines ?? new Map())),
        });
      log.set({ outcome: 'help' });
      return;
    }
    const { reply, answer } = ask(ctx.conv, text);
    queue(ctx, reply, inGroup ? ctx.message.message_id : undefined);
    logAnswer(log, answer);
  });

  c.on('message', (ctx) => {
    if (ctx.chat.type === 'private') queue(ctx, { text: notTextText(ctx.conv.words) });
    log.set({ outcome: 'not_text' });
  });

  return c;
}
