/**
 * The Worker without its CHAT_STATE binding (as `wrangler dev` without KV): chats are remembered in the
 * isolate, so the bot still works, less cleverly. And a channel that is not configured refuses updates.
 */
import { describe, expect, it } from 'vitest';
import { useChannel } from './harness';

const SECRET = 'zalo-nokv-secret-123';
let messageId = 0;
const event = (chatId: number, text: string) => ({
  event_name: 'message.text.received',
  message: { message_id: `nokv${++messageId}`, chat: { id: String(chatId), chat_type: 'PRIVATE' }, text },
});

const { fake, worker, newChat, post, sent, waitSent, sentinel, onlyTo } = useChannel({
  kind: 'zalo',
  path: '/zalo',
  secretHeader: 'X-Bot-Api-Secret-Token',
  secret: SECRET,
  vars: (apiRoot) => ({
    ZALO_BOT_TOKEN: '9:nokv',
    ZALO_WEBHOOK_SECRET: SECRET,
    ZALO_API_ROOT: apiRoot,
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => event(chatId, 'help'),
  firstChat: 5_000_000,
  kv: false,
});

describe('without KV', () => {
  it('remembers the province and the last answer in memory', async () => {
    const id = newChat();
    await post(event(id, 'tinh Đồng Nai'));
    await waitSent(id);
    await post(event(id, 'tỷ lệ thất nghiệp'));
    const [, answer] = await waitSent(id, 2);
    expect(answer?.body.text).toContain('Đồng Nai');
    await post(event(id, 'nguon'));
    const [, , quote] = await waitSent(id, 3);
    expect(quote?.body.text).toContain('KH 230/KH-UBND (Đồng Nai)');
  });

  it('still replies once to a redelivered message', async () => {
    const id = newChat();
    const e = event(id, 'help');
    await post(e);
    await post(e);
    await waitSent(id);
    await sentinel();
    expect(sent(id)).toHaveLength(1);
  });

  it('refuses Telegram updates with 503 when Telegram is not configured', async () => {
    const res = await worker().post(
      '/telegram',
      { update_id: 1, message: { message_id: 1, date: 1, chat: { id: 1, type: 'private' }, text: 'hi' } },
      { 'X-Telegram-Bot-Api-Secret-Token': 'anything' },
    );
    expect(res.status).toBe(503);
    const only = await sentinel();
    expect(onlyTo(only)).toBe(true);
    expect(fake().calls.length).toBe(1);
  });
});
