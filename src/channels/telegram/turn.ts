/**
 * The middleware around every Telegram update: dedupe, rate limit, chat state, and the outbox.
 * Handlers only decide what to send (pushing to `ctx.outbox`); the turn saves the chat's state once,
 * before any network send, then sends in order. One KV write per update, and a slow send never delays it.
 */
import type { Context, MiddlewareFn } from 'grammy';
import type { Engine } from '../../answer/engine';
import type { RequestLog } from '../../middleware/request-log';
import { chatKey, type OpenTurn, openTurn } from '../admission';
import { withChatLock } from '../chat-lock';
import type { ChatStore } from '../chat-state';
import type { Conversation } from '../conversation';
import { APOLOGY_TEXT, SLOW_DOWN_TEXT, TELEGRAM_WORDS } from '../messages';
import { whileSlow } from '../typing';

/** grammY's context plus the chat's conversation and the sends decided for it. */
export type BotContext = Context & { conv: Conversation; outbox: Array<() => Promise<unknown>> };

/** What a turn needs from the request. */
export interface TurnDeps {
  /** The engine, built on first use: a corpus that fails to load becomes an apology, not a 500. */
  engine: () => Engine;
  today: string;
  store: ChatStore;
  log: RequestLog;
}

/** The update's kind for the log: `'message'`, `'callback_query'`, `'inline_query'`… */
function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== 'update_id') ?? 'unknown';
}

async function slowDown(ctx: BotContext, admission: Exclude<OpenTurn['admission'], 'handle'>): Promise<void> {
  const polite = admission === 'slow-down';
  // A pressed button spins until answered, so it is answered even in silence.
  if (ctx.callbackQuery) await ctx.answerCallbackQuery(polite ? { text: SLOW_DOWN_TEXT } : {});
  else if (polite && ctx.chat && !ctx.inlineQuery) await ctx.reply(SLOW_DOWN_TEXT);
}

/** Builds the turn middleware; it must come after the group filter so ignored chatter costs nothing. */
export function turn(deps: TurnDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { log, store } = deps;
    log.set({ update: updateKind(ctx) });
    // Inline queries have no chat, and arrive at every keystroke: they get their own rate window and
    // seen ids per user, so typing `@bot …` cannot use up the user's questions in their private chat.
    const inline = ctx.inlineQuery !== undefined;
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    if (chatId === undefined) {
      log.set({ outcome: 'ignored' });
      return;
    }
    const channel = inline ? 'tgi' : 'tg';
    const key = chatKey(channel, chatId);
    let admitted = false;
    const typing = () =>
      admitted && ctx.chat && !inline ? ctx.replyWithChatAction('typing') : Promise.resolve();
    await whileSlow(async () => {
      // Deciding and saving hold the chat's lock; sending happens after it, so a slow send never blocks
      // the chat's next update.
      const admission = await withChatLock(key, async () => {
        const turn = await openTurn(store, log, channel, chatId, ctx.update.update_id);
        if (turn?.admission !== 'handle') return turn?.admission;
        admitted = true;
        // An inline answer uses the province chosen in the user's private chat, and changes nothing there.
        const state = inline ? { province: (await store.load(chatKey('tg', chatId))).province } : turn.state;
        ctx.outbox = [];
        log.set({ outcome: 'handled' });
        try {
          ctx.conv = { engine: deps.engine(), today: deps.today, state, words: TELEGRAM_WORDS };
          await next();
        } catch (error) {
          log.error('handler', error);
          ctx.outbox = ctx.chat ? [() => ctx.reply(APOLOGY_TEXT)] : [];
        }
        await store.save(key, turn.state);
        return turn.admission;
      });
      if (admission === 'slow-down' || admission === 'silent') return slowDown(ctx, admission);
      if (admission !== 'handle') return;
      for (const out of ctx.outbox) await out();
    }, typing);
  };
}
