/**
 * What a person sees on Zalo (issue 14), end to end in workerd against a fake Zalo Bot API: groups answered
 * only when they address the bot, "tỉnh: Đồng Nai", echoes cut between graphemes, and the link to the
 * answer's row on the web. (Splitting between records is tested on the one function that does it, in
 * format.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useChannel } from './harness';

const SECRET = 'zalo-screen-secret';
let messageId = 0;
/** A Zalo text event (or another kind, without text) in a private chat or a group. */
function event(chatId: number, text: string | undefined, options: { group?: boolean; kind?: string } = {}) {
  messageId += 1;
  return {
    event_name: options.kind ?? 'message.text.received',
    message: {
      message_id: `screen${messageId}`,
      date: 1_760_000_000_000,
      chat: { id: String(chatId), chat_type: options.group ? 'GROUP' : 'PRIVATE' },
      from: { id: `u${chatId}`, display_name: 'Lan', is_bot: false },
      ...(text === undefined ? {} : { text }),
    },
  };
}

const { newChat, post, sent, waitSent, sentinel } = useChannel({
  kind: 'zalo',
  path: '/zalo',
  secretHeader: 'X-Bot-Api-Secret-Token',
  secret: SECRET,
  vars: (apiRoot) => ({
    ZALO_BOT_TOKEN: '3000:ZALO-screen',
    ZALO_WEBHOOK_SECRET: SECRET,
    ZALO_API_ROOT: apiRoot,
    PUBLIC_URL: 'https://camket.test',
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => event(chatId, 'help'),
  firstChat: 14_500_000,
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('groups', () => {
  it('say nothing to greetings and stickers that do not address the bot', async () => {
    const group = newChat();
    await post(event(group, 'Chào cả nhà, mai nghỉ lễ nhé', { group: true }));
    await post(event(group, undefined, { group: true, kind: 'message.sticker.received' }));
    await post(event(group, 'tỷ lệ BHYT mục tiêu Quảng Ninh', { group: true }));
    await sentinel();
    expect(sent(group)).toHaveLength(0);
  });

  it('answer a question that addresses the bot by name, without the name', async () => {
    const group = newChat();
    await post(event(group, '@Cam Kết tỷ lệ BHYT mục tiêu Quảng Ninh', { group: true }));
    const [reply] = await waitSent(group);
    expect(String(reply?.body.text)).toContain('95%');
  });

  it('answer a /command in a group', async () => {
    const group = newChat();
    await post(event(group, '/help', { group: true }));
    const [reply] = await waitSent(group);
    expect(String(reply?.body.text)).toContain('Cách dùng Cam Kết');
  });
});

describe('commands', () => {
  it('reads "tỉnh: Đồng Nai" as a province choice', async () => {
    const chat = newChat();
    await post(event(chat, 'tỉnh: Đồng Nai'));
    const [reply] = await waitSent(chat);
    expect(String(reply?.body.text)).toContain('Đã chọn Đồng Nai');
  });
});

describe('messages', () => {
  it('end an answer with the link to its row on the web', async () => {
    const chat = newChat();
    await post(event(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [reply] = await waitSent(chat);
    expect(String(reply?.body.text)).toMatch(
      /Xem trên trang kế hoạch: https:\/\/camket\.test\/ke-hoach\/quang-ninh-91-2021#quang-ninh-91-2021-/,
    );
  });

  it('point a long list to its page on the web', async () => {
    const chat = newChat();
    await post(event(chat, 'Sở LĐTBXH chủ trì những nhiệm vụ gì?'));
    const [reply] = await waitSent(chat);
    expect(String(reply?.body.text)).toMatch(
      /mục khác[\s\S]*Cả danh sách trên web: https:\/\/camket\.test\/co-quan\//,
    );
  });

  it('page a long list with a typed «xem thêm»', async () => {
    const chat = newChat();
    await post(event(chat, 'Sở LĐTBXH chủ trì những nhiệm vụ gì?'));
    const [answer] = await waitSent(chat);
    expect(String(answer?.body.text)).toContain('Gõ «xem thêm» để xem tiếp.');
    await post(event(chat, 'xem thêm'));
    await post(event(chat, 'Xem thêm'));
    const [, first, second] = await waitSent(chat, 3);
    const bullets = (call: typeof first) =>
      String(call?.body.text)
        .split('\n')
        .filter((l) => l.startsWith('• '));
    expect(bullets(first)).toHaveLength(5);
    expect(bullets(second)).toHaveLength(5);
    expect(bullets(second)).not.toEqual(bullets(first));
  });

  it('never send half an emoji when echoing what was typed', async () => {
    const chat = newChat();
    await post(event(chat, `theo dõi x${'😀'.repeat(40)}`));
    const [reply] = await waitSent(chat);
    expect(String(reply?.body.text)).toContain('«x😀');
    expect(String(reply?.body.text)).not.toMatch(LONE_SURROGATE);
  });
});
