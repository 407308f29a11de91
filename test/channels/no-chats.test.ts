/**
 * A deployment without its CHATS binding cannot store updates: the webhook must say so with 503, so Zalo
 * and Telegram deliver again once it is fixed, instead of a 200 that would lose the message. And a channel
 * that is not configured refuses updates.
 */
import { describe, expect, it } from 'vitest';
import { useChannel } from './harness';

const SECRET = 'zalo-nochats-secret-123';
let messageId = 0;
const event = (chatId: number, text: string) => ({
  event_name: 'message.text.received',
  message: { message_id: `nochats${++messageId}`, chat: { id: String(chatId), chat_type: 'PRIVATE' }, text },
});

const { fake, worker, newChat, post, waitLog } = useChannel({
  kind: 'zalo',
  path: '/zalo',
  secretHeader: 'X-Bot-Api-Secret-Token',
  secret: SECRET,
  vars: (apiRoot) => ({
    ZALO_BOT_TOKEN: '9:nochats',
    ZALO_WEBHOOK_SECRET: SECRET,
    ZALO_API_ROOT: apiRoot,
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => event(chatId, 'help'),
  firstChat: 5_000_000,
  chats: false,
});

describe('without the CHATS binding', () => {
  it('answers 503, so the platform delivers again, and logs why', async () => {
    const res = await post(event(newChat(), 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    expect(res.status).toBe(503);
    const [line] = await waitLog((l) => String(l.error ?? '').includes('CHATS'));
    expect(line?.route).toBe('/zalo');
    expect(fake().calls).toHaveLength(0);
  });

  it('refuses Telegram updates with 503 when Telegram is not configured', async () => {
    const res = await worker().post(
      '/telegram',
      { update_id: 1, message: { message_id: 1, date: 1, chat: { id: 1, type: 'private' }, text: 'hi' } },
      { 'X-Telegram-Bot-Api-Secret-Token': 'anything' },
    );
    expect(res.status).toBe(503);
    expect(fake().calls).toHaveLength(0);
  });
});
