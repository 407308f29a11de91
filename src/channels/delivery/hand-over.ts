/**
 * The webhook's half of delivery: hand the update to its chat's object and answer 200 only once the object
 * has stored it. When the object cannot be reached in time the webhook answers 503, so Telegram and Zalo
 * deliver the update again later: it is answered late, never lost, and (the object keeps its id) never twice.
 */
import type { Context } from 'hono';
import type { ChannelEnv } from '../channel-env';
import type { ChatRoom, ChatRoomBindings } from '../chat-room';
import { type ChatRef, chatHash, DEFAULT_CHAT_HASH_KEY, logChat } from './chat-id';
import { withTimeout } from './timeout';

/** How long the webhook waits for the chat's object to store an update (`ACCEPT_TIMEOUT_MS` overrides). */
export const ACCEPT_TIMEOUT_MS = 5000;

function acceptTimeoutMs(env: ChatRoomBindings): number {
  const ms = Number(env.ACCEPT_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : ACCEPT_TIMEOUT_MS;
}

/** Hands `body` (the update as received) to `chat`'s object and answers the webhook. */
export async function handOver(
  c: Context<ChannelEnv>,
  chat: ChatRef | null,
  updateId: string,
  body: string,
): Promise<Response> {
  const log = c.var.log;
  if (!chat) {
    log.set({ outcome: 'ignored' });
    return c.json({ ok: true });
  }
  const env = c.env as ChatRoomBindings;
  const hash = await chatHash(env.CHAT_HASH_KEY ?? DEFAULT_CHAT_HASH_KEY, chat);
  log.set({ chat: logChat(hash) });
  const chats = env.CHATS;
  if (!chats) {
    log.error('chat', 'the CHATS Durable Object binding is missing');
    return c.json({ error: 'Dịch vụ tạm thời chưa sẵn sàng.' }, 503);
  }
  try {
    const stub = chats.get(chats.idFromName(hash)) as DurableObjectStub<ChatRoom>;
    const outcome = await withTimeout(
      stub.accept({ chat, updateId, body, logChat: logChat(hash), chatHash: hash }),
      acceptTimeoutMs(env),
      'accept',
    );
    log.set({ outcome });
    return c.json({ ok: true });
  } catch (error) {
    log.error('chat', error);
    log.set({ outcome: 'retry_later' });
    return c.json({ error: 'Dịch vụ tạm thời bận, xin gửi lại.' }, 503);
  }
}
