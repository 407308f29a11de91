/**
 * `POST /zalo`: the Zalo Bot webhook. Secret, size and shape are checked before any work; the reply is
 * sent after the 200, so Zalo never waits on us and never redelivers because a send failed.
 */
import { Hono } from 'hono';
import { getEngine } from '../../corpus';
import { todayIso } from '../../env';
import { limitBody } from '../../middleware/limit-body';
import { requestLogger } from '../../middleware/request-log';
import { apiTimeoutMs, type ChannelEnv } from '../channel-env';
import { chatStore } from '../chat-state';
import { retryWaitMs } from '../retry-after';
import { readUpdate, requireSecret } from '../webhook-guards';
import { ZALO_API_ROOT, ZaloBotClient } from './client';
import { handleZaloEvent } from './handle';
import { ZaloUpdate } from './schema';

/** Header Zalo sends with the secret given to `setWebhook`. */
export const ZALO_SECRET_HEADER = 'X-Bot-Api-Secret-Token';

/** The Zalo webhook routes, mounted at `/zalo`. */
export const zaloRoutes = new Hono<ChannelEnv>()
  .use(requestLogger('/zalo', (env) => [env.ZALO_WEBHOOK_SECRET, env.ZALO_BOT_TOKEN]))
  .post(
    '/',
    requireSecret(ZALO_SECRET_HEADER, (env) => ({
      secret: env.ZALO_WEBHOOK_SECRET,
      token: env.ZALO_BOT_TOKEN,
    })),
    limitBody,
    async (c) => {
      const log = c.var.log;
      const read = await readUpdate(c, ZaloUpdate);
      if (!read.ok) {
        log.set({ outcome: read.reason });
        return c.json({ error: 'Sự kiện không hợp lệ.' }, 400);
      }
      const event = read.update;
      log.set({ update: event.event_name });
      const env = c.env;
      const client = new ZaloBotClient({
        token: env.ZALO_BOT_TOKEN ?? '',
        apiRoot: env.ZALO_API_ROOT ?? ZALO_API_ROOT,
        timeoutMs: apiTimeoutMs(env),
        retryWait: (seconds) => retryWaitMs(seconds, log.deadline),
      });
      log.defer(
        handleZaloEvent(event, {
          client,
          engine: getEngine,
          today: todayIso(env),
          store: chatStore(env.CHAT_STATE, (error) => log.error('kv', error)),
          log,
        }),
      );
      return c.json({ ok: true });
    },
  )
  .all('/', (c) => c.json({ error: 'Chỉ nhận POST.' }, 405));
