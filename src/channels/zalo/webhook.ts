/**
 * `POST /zalo`: the Zalo Bot webhook. Secret, size and shape are checked before any work; the event is
 * then handed to its chat's object (`ChatRoom`), which stores it before the 200 and answers it later.
 */
import { Hono } from 'hono';
import { limitBody } from '../../middleware/limit-body';
import { requestLogger } from '../../middleware/request-log';
import type { ChannelEnv } from '../channel-env';
import { zaloChat } from '../delivery/chat-id';
import { handOver } from '../delivery/hand-over';
import { readUpdate, requireSecret } from '../webhook-guards';
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
      const read = await readUpdate(c, ZaloUpdate);
      if (!read.ok) {
        c.var.log.set({ outcome: read.reason });
        return c.json({ error: 'Sự kiện không hợp lệ.' }, 400);
      }
      const event = read.update;
      c.var.log.set({ update: event.event_name });
      const chat = zaloChat(event);
      // Zalo does not say message ids are unique across chats, so the chat is part of the id.
      const messageId = event.message ? `${chat?.chatId}:${String(event.message.message_id)}` : '';
      return handOver(c, chat, messageId, JSON.stringify(event));
    },
  )
  .all('/', (c) => c.json({ error: 'Chỉ nhận POST.' }, 405, { Allow: 'POST' }));
