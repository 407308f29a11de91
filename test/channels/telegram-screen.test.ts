/**
 * What a person sees on Telegram (issue 14), end to end in workerd against a fake Bot API: buttons that act on
 * the answer they sit under, a reply that survives a failed answerCallbackQuery, follow-ups that neither
 * loop nor wander, links to the rows on the web, bold figures, inline mode, forum topics, a group welcome.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CALLBACK_BYTES } from '../../src/channels/kept-answers';
import { groupWelcomeText, PRIVACY_TEXT, TELEGRAM_WORDS } from '../../src/channels/messages';
import { corpusProvinces } from '../../src/channels/provinces';
import { getEngine } from '../../src/corpus';
import type { ApiCall } from './fake-bot-api';
import { useChannel } from './harness';
import { callbackUpdate, groupUpdate, inlineUpdate, textUpdate, updateId } from './telegram-updates';

const SITE = 'https://camket.test';
const BOT = { id: 123456, is_bot: true, first_name: 'Cam Kết', username: 'camket_test_bot' };
const PROVINCES = corpusProvinces(getEngine());

const { fake, newChat, post, sent, waitSent, logsWhere, sentinel } = useChannel({
  kind: 'telegram',
  path: '/telegram',
  secretHeader: 'X-Telegram-Bot-Api-Secret-Token',
  secret: 'tg-screen-secret',
  vars: (apiRoot) => ({
    TELEGRAM_BOT_TOKEN: '123456:SCREEN-token',
    TELEGRAM_WEBHOOK_SECRET: 'tg-screen-secret',
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_BOT_INFO: JSON.stringify(BOT),
    PUBLIC_URL: `${SITE}/`,
    BOT_API_TIMEOUT_MS: '1500',
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => textUpdate(chatId, '/help'),
  firstChat: 14_000,
});

type Button = { text: string; callback_data?: string; url?: string };
const buttons = (call: ApiCall | undefined): Button[] =>
  ((call?.body.reply_markup as { inline_keyboard: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
const data = (call: ApiCall | undefined, label: string) =>
  buttons(call).find((b) => b.text === label)?.callback_data ?? '';
const text = (call: ApiCall | undefined) => String(call?.body.text ?? '');
/** Asks `question` in `chat` and returns the reply (the `n`-th message of the chat). */
async function asked(chat: number, question: string, n: number): Promise<ApiCall | undefined> {
  await post(textUpdate(chat, question));
  return (await waitSent(chat, n))[n - 1];
}
async function pressed(chat: number, callback: string, n: number): Promise<ApiCall | undefined> {
  await post(callbackUpdate(chat, callback));
  return (await waitSent(chat, n))[n - 1];
}

describe('buttons act on the answer they sit under', () => {
  it("an older answer's «Xem nguồn» shows that answer's sources, not the newest one's", async () => {
    const chat = newChat();
    const first = await asked(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh', 1);
    await asked(chat, 'tỷ lệ thất nghiệp Đồng Nai', 2);
    const sources = await pressed(chat, data(first, 'Xem nguồn'), 3);
    expect(text(sources)).toContain('KH 91/KH-UBND (Quảng Ninh)');
    expect(text(sources)).not.toContain('Đồng Nai');
    for (const b of [...buttons(first), ...buttons(sources)])
      if (b.callback_data)
        expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
  });

  it('a button under an answer no longer kept says so instead of acting on the newest', async () => {
    const chat = newChat();
    await post(callbackUpdate(chat, 'src@999'));
    await post(textUpdate(chat, '/help'));
    const [gone] = await waitSent(chat, 2);
    expect(text(gone)).toContain('đã cũ');
  });
});

describe('answerCallbackQuery failing', () => {
  it('still sends the reply when Telegram refuses the button\'s answer ("query is too old"), with no dead letter', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh', 1);
    fake().on('answerCallbackQuery', () => ({
      status: 400,
      body: {
        ok: false,
        error_code: 400,
        description: 'Bad Request: query is too old and response timeout expired',
      },
    }));
    const sources = await pressed(chat, data(answer, 'Xem nguồn'), 2);
    expect(text(sources)).toContain('KH 91/KH-UBND');
    expect(logsWhere((l) => l.event === 'dead_letter')).toEqual([]);
  });

  it('does not hold the reply behind retries of a failing answerCallbackQuery', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh', 1);
    fake().on('answerCallbackQuery', () => ({
      status: 500,
      body: { ok: false, error_code: 500, description: 'Internal' },
    }));
    const started = Date.now();
    await post(callbackUpdate(chat, data(answer, 'Xem nguồn')));
    await waitSent(chat, 2);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake().callsTo('answerCallbackQuery')).toHaveLength(1);
  });
});

describe('follow-ups neither loop nor wander', () => {
  it('an answer about what an agency leads offers no «Cơ quan chủ trì»; pressed anyway it lists the leads, without itself', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'Sở LĐTBXH Đồng Nai chủ trì những nhiệm vụ gì?', 1);
    expect(text(answer)).toMatch(/chủ trì \d+ nhiệm vụ/);
    expect(buttons(answer).map((b) => b.text)).not.toContain('Cơ quan chủ trì');
    const id = data(answer, 'Xem nguồn').split('@')[1];
    const leads = await pressed(chat, `f:agency@${id}`, 2);
    expect(text(leads)).not.toBe(text(answer));
    expect(text(leads)).toContain('Chủ trì:');
    expect(buttons(leads).map((b) => b.text)).not.toContain('Cơ quan chủ trì');
  });

  it('«Các tỉnh khác» gives the same rows on every press, one per other province, on the topic asked', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh', 1);
    const others = data(answer, 'Các tỉnh khác');
    const first = await pressed(chat, others, 2);
    const second = await pressed(chat, others, 3);
    expect(text(second)).toBe(text(first));
    const bullets = text(first)
      .split('\n')
      .filter((l) => l.startsWith('• '));
    expect(bullets.map((l) => l.slice(2).split(':')[0])).toEqual(PROVINCES.filter((p) => p !== 'Quảng Ninh'));
    for (const line of bullets) expect(line).toMatch(/BHYT|bảo hiểm y tế|không nêu/i);
  });
});

describe('«… và N mục khác»', () => {
  it('pages the rest with «Xem thêm», and links the list on the web', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'Sở LĐTBXH chủ trì những nhiệm vụ gì?', 1);
    const left = Number(/… và (\d+) mục khác/.exec(text(answer))?.[1]);
    expect(left).toBeGreaterThan(5);
    expect(buttons(answer).find((b) => b.url)?.url).toMatch(/^https:\/\/camket\.test\/co-quan\/so-lao-dong/);
    const page = await pressed(chat, data(answer, 'Xem thêm'), 2);
    expect(
      text(page)
        .split('\n')
        .filter((l) => l.startsWith('• ')),
    ).toHaveLength(5);
    expect(text(page)).toContain(`… và ${left - 5} mục khác`);
    expect(data(page, 'Xem thêm')).toMatch(/^more:2@\d+$/);
    expect(buttons(page).find((b) => b.url)?.url).toMatch(/^https:\/\/camket\.test\/co-quan\//);
    const next = await pressed(chat, data(page, 'Xem thêm'), 3);
    expect(text(next)).not.toBe(text(page));
  });
});

describe('answers on screen', () => {
  it('link each source line to its row on the web, and set figures and agencies in bold', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh', 1);
    expect(text(answer)).toMatch(
      /Nguồn: <a href="https:\/\/camket\.test\/ke-hoach\/quang-ninh-91-2021#quang-ninh-91-2021-[a-z0-9-]+">KH 91\/KH-UBND/,
    );
    expect(text(answer)).toContain('<b>trên 95%</b>');
    expect(text(answer)).toContain('<b>Sở Y tế</b>');
    // Still valid HTML for Telegram: only <b> and <a> tags, everything else escaped.
    expect(text(answer).replace(/<\/?b>|<a href="[^"]*">|<\/a>/g, '')).not.toMatch(/[<>]/);
  });

  it('escapes figures written with < inside bold', async () => {
    const chat = newChat();
    const answer = await asked(chat, 'tỷ lệ thất nghiệp Đồng Nai', 1);
    expect(text(answer)).toContain('<b>&lt; 3%</b>');
  });
});

describe('inline mode', () => {
  const inlineAnswer = async (from: number, query: string) => {
    const update = inlineUpdate(from, query);
    await post(update);
    return fake().waitFor(() =>
      fake()
        .callsTo('answerInlineQuery')
        .find((c) => c.body.inline_query_id === update.inline_query.id),
    );
  };
  type Article = { title: string; input_message_content: { message_text: string } };

  it('names the province once in titles, and links the row', async () => {
    const call = await inlineAnswer(newChat(), 'tỷ lệ BHYT Thanh Hóa');
    const results = call.body.results as Article[];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.title).not.toMatch(/^([^:]+): \1:/);
    expect(results[0]?.title.startsWith('Thanh Hóa: ')).toBe(true);
    expect(results[0]?.input_message_content.message_text).toContain('href="https://camket.test/ke-hoach/');
  });

  it("is personal when it uses the user's province", async () => {
    const user = newChat();
    await post(textUpdate(user, '/tinh Đồng Nai'));
    await waitSent(user);
    const call = await inlineAnswer(user, 'tỷ lệ thất nghiệp');
    expect(call.body.is_personal).toBe(true);
    expect((call.body.results as Article[])[0]?.input_message_content.message_text).toContain('Đồng Nai');
  });

  it('offers examples and a button opening the bot for an empty query', async () => {
    const call = await inlineAnswer(newChat(), '');
    expect((call.body.results as Article[]).length).toBeGreaterThan(0);
    expect(call.body.button).toMatchObject({ start_parameter: 'inline' });
  });

  it('the button above the results opens the bot with a welcome, not a province to choose', async () => {
    const call = await inlineAnswer(newChat(), '');
    const start = (call.body.button as { start_parameter: string }).start_parameter;
    const chat = newChat();
    await post(textUpdate(chat, `/start ${start}`));
    const [welcome] = await waitSent(chat);
    await sentinel();
    expect(sent(chat)).toHaveLength(1);
    expect(text(welcome)).toContain('Xin chào');
  });

  it('never offers a not-found text for posting: the questions the plans answer instead', async () => {
    const call = await inlineAnswer(newChat(), 'tỷ lệ trẻ em suy dinh dưỡng Quảng Ninh');
    const results = call.body.results as Article[];
    for (const r of results) expect(r.input_message_content.message_text).not.toMatch(/không nêu|không có/);
    expect(call.body.button).toMatchObject({ start_parameter: 'inline' });
  });
});

describe('groups', () => {
  const topicMessage = (chat: number, command: string) => {
    const update = groupUpdate(chat, 42, command);
    return {
      ...update,
      message: {
        ...update.message,
        chat: { id: chat, type: 'supergroup', title: 'Sở', is_forum: true },
        message_thread_id: 77,
        is_topic_message: true,
      },
    };
  };

  it('/help, /tinh and /start answer in the forum topic they were sent in', async () => {
    const group = -newChat();
    for (const command of ['/help', '/tinh', '/start']) await post(topicMessage(group, command));
    const replies = await waitSent(group, 3);
    for (const r of replies) expect(r.body.message_thread_id).toBe(77);
  });

  it('welcomes a group once when added, with how to address the bot', async () => {
    const group = -newChat();
    const change = (old: string, now: string) => ({
      update_id: updateId(),
      my_chat_member: {
        chat: { id: group, type: 'group', title: 'Phòng' },
        from: { id: 42, is_bot: false, first_name: 'Lan' },
        date: 1_760_000_000,
        old_chat_member: { status: old, user: BOT },
        new_chat_member: { status: now, user: BOT },
      },
    });
    await post(change('left', 'member'));
    await post(change('member', 'administrator'));
    const [welcome] = await waitSent(group);
    expect(text(welcome)).toBe(
      groupWelcomeText(BOT.username, PROVINCES, TELEGRAM_WORDS).replace(/&/g, '&amp;'),
    );
    await sentinel();
    expect(fake().callsTo('sendMessage', group)).toHaveLength(1);
  });

  it('/privacy says what is kept', async () => {
    const chat = newChat();
    const reply = await asked(chat, '/privacy', 1);
    expect(text(reply)).toContain(PRIVACY_TEXT.split('\n')[0] ?? '');
  });
});
