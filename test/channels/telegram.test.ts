/**
 * The Telegram webhook end to end: the real Worker in workerd, real HTTP updates in, and every Bot API call
 * it makes recorded by a fake Telegram on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { corpusProvinces, provinceSlug } from '../../src/channels/provinces';
import { getEngine } from '../../src/corpus';
import type { ApiCall } from './fake-bot-api';
import { useChannel } from './harness';
import { callbackUpdate, groupUpdate, inlineUpdate, textUpdate } from './telegram-updates';

const TOKEN = '123456:TEST-token-abc';
const BOT_INFO = { id: 123456, is_bot: true, first_name: 'Cam Kết', username: 'camket_test_bot' };
const PROVINCES = corpusProvinces(getEngine());

const { fake, newChat, post, sent, waitSent, sentinel, onlyTo } = useChannel({
  kind: 'telegram',
  path: '/telegram',
  secretHeader: 'X-Telegram-Bot-Api-Secret-Token',
  secret: 'tg-secret-0123456789',
  vars: (apiRoot) => ({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: 'tg-secret-0123456789',
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_BOT_INFO: JSON.stringify(BOT_INFO),
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => textUpdate(chatId, '/help'),
  firstChat: 7000,
});

const keyboard = (call: ApiCall | undefined) =>
  (
    call?.body.reply_markup as
      | { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }
      | undefined
  )?.inline_keyboard;

describe('questions', () => {
  it('answers a question in the same chat, in HTML mode, with the figure from the plan', async () => {
    const id = newChat();
    const res = await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    expect(res.status).toBe(200);
    const [reply] = await waitSent(id);
    expect(reply?.token).toBe(TOKEN);
    expect(reply?.body.parse_mode).toBe('HTML');
    expect(reply?.body.text).toContain('95%');
    expect(reply?.body.text).toContain('Quảng Ninh');
    expect(onlyTo(id)).toBe(true);
  });

  it('puts follow-up buttons under a found answer, and "Xem nguồn" shows the quote', async () => {
    const id = newChat();
    await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [reply] = await waitSent(id);
    const buttons = keyboard(reply)?.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(expect.arrayContaining(['Các tỉnh khác', 'Xem nguồn']));
    const src = buttons.find((b) => b.text === 'Xem nguồn');
    const press = callbackUpdate(id, src?.callback_data ?? '');
    await post(press);
    const [, sources] = await waitSent(id, 2);
    expect(sources?.body.text).toContain('KH 91/KH-UBND (Quảng Ninh)');
    expect(sources?.body.text).toContain('«');
    expect(fake().callsTo('answerCallbackQuery')[0]?.body.callback_query_id).toBe(press.callback_query.id);
  });

  it('keeps the topic for a follow-up question ("còn Thanh Hóa thì sao?")', async () => {
    const id = newChat();
    await post(textUpdate(id, 'tỷ lệ thất nghiệp Đồng Nai'));
    await waitSent(id);
    await post(textUpdate(id, 'còn Thanh Hóa thì sao?'));
    const [, second] = await waitSent(id, 2);
    expect(second?.body.text).toContain('Thanh Hóa');
    expect(second?.body.text).toMatch(/thất nghiệp/i);
  });

  it('escapes what the user typed when it is echoed back', async () => {
    const id = newChat();
    await post(textUpdate(id, '/tinh <b>Atlantis</b> & co'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('&lt;b&gt;Atlantis&lt;/b&gt; &amp; co');
    expect(reply?.body.text).not.toContain('<b>');
  });

  it('politely refuses a question over 500 characters', async () => {
    const id = newChat();
    await post(textUpdate(id, `BHYT ${'rất '.repeat(200)}`));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('tối đa 500 ký tự');
  });

  it('answers a photo with a short help in private chats', async () => {
    const id = newChat();
    const update = textUpdate(id, '');
    const { text: _text, ...message } = update.message;
    await post({
      ...update,
      message: { ...message, photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }] },
    });
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('chỉ đọc được tin nhắn chữ');
  });
});

describe('commands', () => {
  it('/start welcomes with three example questions as buttons', async () => {
    const id = newChat();
    await post(textUpdate(id, '/start'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('Xin chào');
    for (const p of PROVINCES) expect(reply?.body.text).toContain(p);
    const rows = keyboard(reply) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[0]?.callback_data)).toEqual(['q:0', 'q:1', 'q:2']);
  });

  it('an example button asks its question and answers the button', async () => {
    const id = newChat();
    await post(textUpdate(id, '/start'));
    const [welcome] = await waitSent(id);
    const example = keyboard(welcome)?.[0]?.[0];
    await post(callbackUpdate(id, example?.callback_data ?? ''));
    const [, answer] = await waitSent(id, 2);
    expect(answer?.body.text).toContain('95%');
    expect(fake().callsTo('answerCallbackQuery')).toHaveLength(1);
  });

  it('/start with a deep-link payload sets the province, which later answers use', async () => {
    const id = newChat();
    await post(textUpdate(id, '/start dong-nai'));
    const [set, welcome] = await waitSent(id, 2);
    expect(set?.body.text).toContain('Đã chọn Đồng Nai');
    expect(keyboard(welcome)?.[0]?.[0]?.text).toContain('Đồng Nai');
    await post(textUpdate(id, 'tỷ lệ thất nghiệp'));
    const [, , answer] = await waitSent(id, 3);
    expect(answer?.body.text).toContain('Đồng Nai');
    expect(answer?.body.text).toContain('< 3%'.replace('<', '&lt;'));
  });

  it('/help lists the commands', async () => {
    const id = newChat();
    await post(textUpdate(id, '/help'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('/tinh');
    expect(reply?.body.text).toContain('/nguon');
  });

  it('/tinh offers every province of the corpus, and a press sets it', async () => {
    const id = newChat();
    await post(textUpdate(id, '/tinh'));
    const [menu] = await waitSent(id);
    const buttons = keyboard(menu)?.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(PROVINCES);
    expect(buttons.map((b) => b.callback_data)).toEqual(PROVINCES.map((p) => `p:${provinceSlug(p)}`));
    await post(callbackUpdate(id, 'p:thanh-hoa'));
    const [, confirm] = await waitSent(id, 2);
    expect(confirm?.body.text).toContain('Đã chọn Thanh Hóa');
    await post(textUpdate(id, '/tinh'));
    const [, , again] = await waitSent(id, 3);
    expect(again?.body.text).toContain('Tỉnh mặc định hiện tại: Thanh Hóa');
  });

  it('/nguon before any answer says there is nothing to show', async () => {
    const id = newChat();
    await post(textUpdate(id, '/nguon'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('Chưa có nguồn');
  });

  it('/nguon after an answer quotes its source', async () => {
    const id = newChat();
    await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    await waitSent(id);
    await post(textUpdate(id, '/nguon'));
    const [, reply] = await waitSent(id, 2);
    expect(reply?.body.text).toMatch(/KH 91\/KH-UBND \(Quảng Ninh\), mục I\.2\.6, dòng 202–203/);
    expect(reply?.body.text).toContain('95%');
  });

  it('an unknown button is answered with a notice, not left spinning', async () => {
    const id = newChat();
    const press = callbackUpdate(id, 'zzz');
    await post(press);
    const [answer] = await fake().waitFor(
      () => fake().callsTo('answerCallbackQuery').length && fake().callsTo('answerCallbackQuery'),
    );
    expect(answer?.body.callback_query_id).toBe(press.callback_query.id);
    expect(answer?.body.text).toContain('không còn dùng được');
  });
});

describe('groups', () => {
  it('stays quiet unless mentioned, replied to or commanded', async () => {
    const group = -newChat();
    const quiet = groupUpdate(group, 42, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    const otherBot = groupUpdate(group, 42, '/help@other_bot');
    expect((await post(quiet)).status).toBe(200);
    expect((await post(otherBot)).status).toBe(200);
    const mention = groupUpdate(group, 42, '@camket_test_bot tỷ lệ BHYT mục tiêu Quảng Ninh', {
      entities: [{ type: 'mention', offset: 0, length: 16 }],
    });
    await post(mention);
    const [reply] = await waitSent(group);
    expect(reply?.body.text).toContain('95%');
    expect(reply?.body.reply_parameters).toMatchObject({ message_id: mention.message.message_id });

    await post(
      groupUpdate(group, 42, 'còn Thanh Hóa thì sao?', {
        reply_to_message: { message_id: 1, date: 1, chat: { id: group, type: 'group' }, from: BOT_INFO },
      }),
    );
    await post(groupUpdate(group, 42, '/help@camket_test_bot'));
    await waitSent(group, 3);
    await sentinel();
    expect(sent(group)).toHaveLength(3);
  });
});

describe('inline mode', () => {
  it('answers an inline query with at most five articles that carry their source', async () => {
    const from = newChat();
    const query = inlineUpdate(from, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    await post(query);
    const [call] = await fake().waitFor(
      () => fake().callsTo('answerInlineQuery').length && fake().callsTo('answerInlineQuery'),
    );
    expect(call?.body.inline_query_id).toBe(query.inline_query.id);
    const results = call?.body.results as Array<{
      type: string;
      input_message_content: { message_text: string };
    }>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    expect(results[0]?.type).toBe('article');
    expect(results[0]?.input_message_content.message_text).toContain('95%');
    expect(results[0]?.input_message_content.message_text).toContain('Nguồn: KH 91/KH-UBND');
  });

  it("uses the user's province, and typing inline never uses up their private chat's questions", async () => {
    const user = newChat();
    await post(textUpdate(user, '/tinh Đồng Nai'));
    await waitSent(user);
    for (let i = 0; i < 25; i++)
      await post(inlineUpdate(user, `tỷ lệ thất nghiệp${' '.repeat(i % 3)}`.slice(0, 20 + i)));
    const answered = () => fake().callsTo('answerInlineQuery');
    await fake().waitFor(() => answered().length >= 20 && answered());
    const results = answered()[0]?.body.results as Array<{ input_message_content: { message_text: string } }>;
    expect(results[0]?.input_message_content.message_text).toContain('Đồng Nai');
    await post(textUpdate(user, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [, answer] = await waitSent(user, 2);
    expect(answer?.body.text).toContain('95%');
  });
});
