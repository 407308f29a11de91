/** Telegram commands, buttons, inline queries and questions; each decides what to send, the turn sends it. */
import { Composer } from 'grammy';
import { runAction } from '../actions';
import {
  ask,
  chooseProvince,
  exampleButtons,
  newTopic,
  provinceButtons,
  provincesOf,
  sourcesReply,
} from '../conversation';
import type { TurnLog } from '../delivery/api-call';
import { NO_ANSWER_TEXT, REPORT_PROMPT_TEXT, saveFeedback, type Verdict } from '../feedback';
import { hotlineLines } from '../hotlines';
import { feedbackState, findAnswer } from '../kept-answers';
import {
  ANSWER_GONE_TEXT,
  chooseProvinceText,
  groupWelcomeText,
  helpText,
  NEW_TOPIC_TEXT,
  notTextText,
  PRIVACY_TEXT,
  welcomeText,
} from '../messages';
import type { BotContext } from './decide';
import { followHandlers } from './follow-handlers';
import { INLINE_START } from './inline';
import { inlineHandlers } from './inline-handler';
import { logAnswer, queue } from './outbox';

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
    // A deep link t.me/<bot>?start=dong-nai sets the chat's province before the welcome; the one from
    // inline mode's button only opens the chat.
    if (payload && payload !== INLINE_START) queue(ctx, chooseProvince(ctx.conv, payload));
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

  c.use(followHandlers(log));

  c.command(['riengtu', 'privacy'], (ctx) => {
    queue(ctx, { text: PRIVACY_TEXT });
    log.set({ outcome: 'privacy' });
  });

  c.command('nguon', (ctx) => {
    queue(ctx, sourcesReply(ctx.conv));
    log.set({ outcome: 'sources' });
  });

  // "Đúng", "Chưa đúng", "Báo sai" under an answer: about that answer, not the latest.
  c.callbackQuery(/^fb:(right|wrong|report)(?:@(\d+))?$/, async (ctx) => {
    const verdict = ctx.match[1] as Verdict;
    const id = ctx.match[2] ? Number(ctx.match[2]) : undefined;
    log.set({ outcome: `feedback_${verdict}` });
    const kept = findAnswer(ctx.conv.state, id);
    if (!kept && (id !== undefined || !ctx.conv.state.lastAsked)) {
      ctx.outbox.push(() =>
        ctx.answerCallbackQuery({ text: id === undefined ? NO_ANSWER_TEXT : ANSWER_GONE_TEXT }),
      );
      return;
    }
    if (verdict === 'report') {
      ctx.conv.state.awaitingReport = true;
      if (kept) ctx.conv.state.reportOn = kept.id;
      ctx.outbox.push(() => ctx.answerCallbackQuery());
      queue(ctx, { text: REPORT_PROMPT_TEXT });
      return;
    }
    const about = kept ? feedbackState(kept) : ctx.conv.state;
    const text = await saveFeedback(about, ctx.feedback, 'telegram', verdict, null, (e) =>
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

  c.use(inlineHandlers(log));

  // Added to a group: say hello once, and how the group addresses the bot.
  c.on('my_chat_member', (ctx) => {
    const { old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    const joined =
      ['left', 'kicked'].includes(before.status) && ['member', 'administrator'].includes(after.status);
    log.set({ outcome: joined ? 'added' : 'member' });
    if (joined && ctx.chat.type !== 'private' && ctx.chat.type !== 'channel')
      queue(ctx, { text: groupWelcomeText(ctx.me.username, provincesOf(ctx.conv), ctx.conv.words) });
  });

  c.on('message:text', async (ctx, next) => {
    // After "Báo sai", the next message (not a command) is the report, about the answer it was pressed under.
    const text = questionText(ctx);
    const state = ctx.conv.state;
    if (!state.awaitingReport || !text || text.startsWith('/')) return next();
    const kept = state.reportOn === undefined ? undefined : findAnswer(state, state.reportOn);
    delete state.awaitingReport;
    delete state.reportOn;
    queue(ctx, {
      text: await saveFeedback(
        kept ? feedbackState(kept) : state,
        ctx.feedback,
        'telegram',
        'report',
        text,
        (e) => log.error('feedback', e),
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
