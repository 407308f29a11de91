/** The grammY bot for one webhook request: API settings, the 429 retry, the group filter, the handlers. */
import { Bot, type Context, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { RequestLog } from '../../middleware/request-log';
import { retryWaitMs, sleep } from '../retry-after';
import { handlers } from './handlers';
import { type BotContext, type TurnDeps, turn } from './turn';

/** What the bot is built from. */
export interface TelegramSetup extends TurnDeps {
  token: string;
  botInfo: UserFromGetMe;
  apiRoot: string;
  timeoutMs: number;
}

/** After a 429, waits `retry_after` and tries once more if the request's budget allows; never twice. */
export function retryOn429Once(log: RequestLog): Transformer {
  return async (prev, method, payload, signal) => {
    const first = await prev(method, payload, signal);
    if (first.ok || first.error_code !== 429) return first;
    const wait = retryWaitMs(first.parameters?.retry_after, log.deadline);
    if (wait === null) return first;
    await sleep(wait);
    return prev(method, payload, signal);
  };
}

/**
 * In groups the bot speaks when spoken to: commands for it, messages that @mention it, and replies to
 * its messages. Everything else (including another bot's `/help@other_bot`) is left alone.
 */
export function addressedToBot(ctx: Context): boolean {
  const msg = ctx.message;
  if (!msg || ctx.chat?.type === 'private' || ctx.chat?.type === 'channel') return true;
  const text = msg.text ?? '';
  const me = ctx.me.username.toLowerCase();
  const command = msg.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command) {
    const target = text.slice(0, command.length).split('@')[1];
    return !target || target.toLowerCase() === me;
  }
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  return (msg.entities ?? []).some(
    (e) => e.type === 'mention' && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me,
  );
}

/** A bot whose handlers run after the webhook has answered (`log.defer`), so Telegram never waits on us. */
export function createTelegramBot(setup: TelegramSetup): Bot<BotContext> {
  const { log } = setup;
  const bot = new Bot<BotContext>(setup.token, {
    botInfo: setup.botInfo,
    client: { apiRoot: setup.apiRoot, timeoutSeconds: setup.timeoutMs / 1000 },
  });
  bot.api.config.use(retryOn429Once(log));
  // The rest of the chain is deferred: the webhook's 200 never waits for KV or the Bot API.
  bot.use((_ctx, next) => {
    log.defer(next());
  });
  bot.use(async (ctx, next) => {
    if (addressedToBot(ctx)) await next();
    else log.set({ update: 'message', outcome: 'ignored' });
  });
  bot.use(turn(setup), handlers(log));
  bot.catch((err) => log.error('bot', err.error));
  return bot;
}
