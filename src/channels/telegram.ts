/**
 * `POST /telegram`: the Telegram webhook. Secret, size and shape are checked before any work; the update
 * is then handed to its chat's object (`ChatRoom`), which stores it before the 200 and answers it later.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { limitBody } from '../middleware/limit-body';
import { requestLogger } from '../middleware/request-log';
import type { ChannelEnv } from './channel-env';
import { telegramChat } from './delivery/chat-id';
import { handOver } from './delivery/hand-over';
import { readUpdate, requireSecret } from './webhook-guards';

/** Header Telegram sends with the secret given to `setWebhook`. */
export const TELEGRAM_SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

// Enough to reject what is not an update and to find its chat; grammY reads the rest in the chat's object.
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
      const read = await readUpdate(c, TelegramUpdate);
      if (!read.ok) {
        c.var.log.set({ outcome: read.reason });
        return c.json({ error: 'Cập nhật không hợp lệ.' }, 400);
      }
      const update = read.update;
      c.var.log.set({ update: Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown' });
      return handOver(c, telegramChat(update), String(update.update_id), JSON.stringify(update));
    },
  )
  .all('/', (c) => c.json({ error: 'Chỉ nhận POST.' }, 405, { Allow: 'POST' }));
