/**
 * One Telegram update, decided: grammY runs the group filter, the rate gate and the handlers, and every Bot
 * API call they make is captured instead of sent. The chat's object stores the calls in its outbox and
 * sends them in order, with retries; nothing here touches the network.
 */
import { Bot, type Context, type MiddlewareFn, type Transformer } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Conversation } from '../conversation';
import type { ApiCall, Turn } from '../delivery/api-call';
import type { FeedbackSink } from '../feedback';
import { APOLOGY_TEXT, SLOW_DOWN_TEXT, TELEGRAM_WORDS } from '../messages';
import type { SubscriptionStore } from '../reminders/store';
import { addressedToBot } from './bot';
import { handlers } from './handlers';

/** grammY's context plus the chat's conversation and the sends decided for it. */
export type BotContext = Context & {
  conv: Conversation;
  outbox: Array<() => Promise<unknown>>;
  /** The chat's reminder subscriptions; null where the database is not bound. */
  subs: SubscriptionStore | null;
  /** Where feedback goes, and what it is stamped with; null where the database is not bound. */
  feedback: FeedbackSink | null;
};

/** What deciding an update needs from the chat's object: the turn and the bot's own account. */
export interface TelegramTurn extends Turn {
  botInfo: UserFromGetMe;
}

/** The update's kind for the log: `'message'`, `'callback_query'`, `'inline_query'`… */
function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown';
}

// What a captured call returns to grammY: enough of a sent message for a handler that reads it.
function capturedResult(method: string, payload: Record<string, unknown>): unknown {
  if (method === 'sendMessage')
    return { message_id: 0, date: 0, chat: { id: payload.chat_id, type: 'private' } };
  return true;
}

function capture(calls: ApiCall[]): Transformer {
  return (_prev, method, payload) => {
    const body = (payload ?? {}) as Record<string, unknown>;
    // "Typing…" is a courtesy of a slow live send, meaningless for a reply queued for delivery.
    if (method !== 'sendChatAction') calls.push({ method, payload: body });
    return Promise.resolve({ ok: true, result: capturedResult(method, body) } as never);
  };
}

function gateTurn(turn: TelegramTurn): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { log } = turn;
    log.set({ update: updateKind(ctx) });
    const user = String(ctx.from?.id ?? ctx.chat?.id ?? '');
    // A pressed button is part of a question already counted; everything else is a question.
    const admission = turn.gate(user, ctx.callbackQuery === undefined);
    if (admission !== 'handle') {
      log.set({ outcome: 'rate_limited' });
      const polite = admission === 'slow-down';
      // A pressed button spins until answered, so it is answered even in silence.
      if (ctx.callbackQuery) await ctx.answerCallbackQuery(polite ? { text: SLOW_DOWN_TEXT } : {});
      else if (polite && ctx.chat && !ctx.inlineQuery) await ctx.reply(SLOW_DOWN_TEXT);
      return;
    }
    ctx.outbox = [];
    ctx.subs = turn.subs ?? null;
    ctx.feedback = turn.feedback ?? null;
    log.set({ outcome: 'handled' });
    try {
      ctx.conv = {
        engine: turn.engine(),
        today: turn.today,
        state: turn.state,
        words: TELEGRAM_WORDS,
        hotlines: turn.hotlines,
        site: turn.site,
      };
      await next();
    } catch (error) {
      log.error('handler', error);
      ctx.outbox = [];
      // A pressed button spins until answered, whatever went wrong.
      if (ctx.callbackQuery) ctx.outbox.push(() => ctx.answerCallbackQuery());
      if (ctx.chat) ctx.outbox.push(() => ctx.reply(APOLOGY_TEXT));
    }
    for (const out of ctx.outbox) await out();
  };
}

/** The Bot API calls that answer `update`, in order; `turn.state` is updated in place. */
export async function decideTelegram(update: Update, turn: TelegramTurn): Promise<ApiCall[]> {
  const calls: ApiCall[] = [];
  // No token or network is needed: every call is captured before it would be sent.
  const bot = new Bot<BotContext>('0:captured', { botInfo: turn.botInfo });
  bot.api.config.use(capture(calls));
  bot.use(async (ctx, next) => {
    if (addressedToBot(ctx)) await next();
    else turn.log.set({ update: updateKind(ctx), outcome: 'ignored' });
  });
  bot.use(gateTurn(turn), handlers(turn.log));
  bot.catch((err) => turn.log.error('bot', err.error));
  await bot.handleUpdate(update);
  return calls;
}
