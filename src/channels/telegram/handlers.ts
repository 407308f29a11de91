/** Telegram commands, buttons, inline queries and questions; each decides what to send, the turn sends it. */
import { Composer } from 'grammy';
import type { Answer } from '../../answer/types';
import { MAX_QUESTION_LENGTH } from '../../api/ask';
import { slug } from '../../text/slug';
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
import { feedbackState, findAnswer } from '../kept-answers';
import {
  ANSWER_GONE_TEXT,
  chooseProvinceText,
  exampleQuestions,
  groupWelcomeText,
  helpText,
  INLINE_EMPTY_BUTTON,
  INLINE_NOT_FOUND_BUTTON,
  NEW_TOPIC_TEXT,
  notTextText,
  PRIVACY_TEXT,
  welcomeText,
} from '../messages';
import { follow } from '../reminders/follow';
import type { Followed } from '../reminders/store';
import type { BotContext } from './decide';
import { inlineResults, openBotButton, questionResults } from './inline';
import { sendReply } from './send';

/** A subscription's key in a «Bỏ theo dõi» button: its slug, cut so `uf:` + key fits 64 bytes (ASCII). */
function unfollowKey(s: Pick<Followed, 'target'>): string {
  return slug(s.target).slice(0, 60);
}

/** The forum topic of the message or button being answered, so the reply lands there and not in General. */
function topicOf(ctx: BotContext): number | undefined {
  const msg = ctx.msg;
  return msg && 'is_topic_message' in msg && msg.is_topic_message ? msg.message_thread_id : undefined;
}

function queue(ctx: BotContext, reply: Reply, replyTo?: number): void {
  const chatId = ctx.chat?.id;
  const place = { replyTo, threadId: topicOf(ctx) };
  if (chatId !== undefined) ctx.outbox.push(() => sendReply(ctx.api, chatId, reply, place));
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
    const onError = (e: unknown) => log.error('subscriptions', e);
    const text = await follow(ctx.conv.engine, ctx.subs, command, ctx.match, ctx.conv.words, onError);
    // The list of what the chat follows gets a «Bỏ theo dõi» button per line.
    const listed = command === 'follow' && !ctx.match.trim() ? await ctx.subs?.list().catch(() => []) : [];
    const buttons = (listed ?? []).map((s) => [
      { label: `Bỏ theo dõi ${s.label}`, action: `uf:${unfollowKey(s)}` },
    ]);
    queue(ctx, { text, buttons });
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

  // «Theo dõi hạn» under an agency answer: the same as /theodoi <that agency>.
  c.callbackQuery(/^fl@(\d+)$/, async (ctx) => {
    const agency = findAnswer(ctx.conv.state, Number(ctx.match[1]))?.agency;
    log.set({ outcome: 'follow' });
    ctx.outbox.push(() => ctx.answerCallbackQuery(agency ? {} : { text: ANSWER_GONE_TEXT }));
    if (!agency) return;
    const text = await follow(ctx.conv.engine, ctx.subs, 'follow', agency, ctx.conv.words, (e) =>
      log.error('subscriptions', e),
    );
    queue(ctx, { text });
  });

  // «Bỏ theo dõi …» under the /theodoi list.
  c.callbackQuery(/^uf:(.+)$/, async (ctx) => {
    log.set({ outcome: 'unfollow' });
    ctx.outbox.push(() => ctx.answerCallbackQuery());
    const key = ctx.match[1] ?? '';
    const subs = await ctx.subs?.list().catch(() => []);
    const target = subs?.find((s) => unfollowKey(s) === key);
    const text = await follow(
      ctx.conv.engine,
      ctx.subs,
      'unfollow',
      target?.label ?? key,
      ctx.conv.words,
      (e) => log.error('subscriptions', e),
    );
    queue(ctx, { text });
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
