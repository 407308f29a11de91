/**
 * `POST /telegram`: the Telegram webhook. Secret, size and shape are checked before any work; the update
 * then goes to grammY, whose handlers run after the 200 (see `telegram/bot.ts`).
 */
import { webhookCallback } from 'grammy';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { getEngine } from '../corpus';
import { todayIso } from '../env';
import { limitBody } from '../middleware/limit-body';
import { requestLogger } from '../middleware/request-log';
import { apiTimeoutMs, type ChannelEnv } from './channel-env';
import { chatStore } from './chat-state';
import { createTelegramBot } from './telegram/bot';
import { botInfoFrom } from './telegram/bot-info';
import { readUpdate, requireSecret } from './webhook-guards';

/** Header Telegram sends with the secret given to `setWebhook`. */
export const TELEGRAM_SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

// Enough to reject what is not an update; grammY reads the rest.
const TelegramUpdate = z.looseObject({ update_id: z.number().check(z.int(), z.nonnegative()) });

/** The Telegram webhook routes, mounted at `/telegram`. */
export const telegramRoutes = new Hono<ChannelEnv>()
  .use(requestLogger('/telegram', (env) => [env.TELEGRAM_WEBHOOK_SECRET, env.TELEGRAM_BOT_TOKEN]))
  .post(
    '/',
    requireSecret(TELEGRAM_SECRET_HEADER, (env) => ({
      secret: env.TELEGRAM_WEBHOOK_SECRET,
      token: env.TELEGRAM_BOT_TOKEN,
    })),
    limitBody,
    async (c) => {
      const log = c.var.log;
      const read = await readUpdate(c, TelegramUpdate);
      if (!read.ok) {
        log.set({ outcome: read.reason });
        return c.json({ error: 'Cập nhật không hợp lệ.' }, 400);
      }
      const env = c.env;
      const token = env.TELEGRAM_BOT_TOKEN ?? '';
      const bot = createTelegramBot({
        token,
        botInfo: botInfoFrom(token, env.TELEGRAM_BOT_INFO),
        apiRoot: env.TELEGRAM_API_ROOT ?? 'https://api.telegram.org',
        timeoutMs: apiTimeoutMs(env),
        engine: getEngine,
        today: todayIso(env),
        store: chatStore(env.CHAT_STATE, (error) => log.error('kv', error)),
        log,
      });
      // grammY checks the secret again (in constant time); ours above already refused without reading the body.
      return webhookCallback(bot, 'hono', { secretToken: env.TELEGRAM_WEBHOOK_SECRET })(c);
    },
  )
  .all('/', (c) => c.json({ error: 'Chỉ nhận POST.' }, 405));
