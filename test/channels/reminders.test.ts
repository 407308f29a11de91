/**
 * Reminders end to end, with a fixed clock: chats subscribe on Telegram and Zalo, the scheduled handler
 * runs (wrangler's scheduled test route), each chat receives exactly its due reminders, once; a second run
 * sends nothing; a chat that unsubscribed gets nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueReminders } from '../../src/channels/reminders/due';
import { corpus } from '../helpers';
import { type DevRuntime, d1Query, startWithDatabase, type tempDir } from './dev-runtime';
import { FakeBotApi } from './fake-bot-api';
import { callbackUpdate, textUpdate } from './telegram-updates';

const TODAY = '2026-11-23';
const TG_SECRET = 'reminders-tg-secret';
const ZL_SECRET = 'reminders-zalo-secret';
let tg: FakeBotApi;
let zalo: FakeBotApi;
let dev: DevRuntime;
let temp: ReturnType<typeof tempDir>;
let config: string;

beforeAll(async () => {
  [tg, zalo] = await Promise.all([FakeBotApi.start('telegram'), FakeBotApi.start('zalo')]);
  ({ dev, temp, config } = await startWithDatabase(
    {
      TELEGRAM_BOT_TOKEN: '321:reminders',
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      TELEGRAM_API_ROOT: tg.url,
      ZALO_BOT_TOKEN: '654:reminders',
      ZALO_WEBHOOK_SECRET: ZL_SECRET,
      ZALO_API_ROOT: zalo.url,
      TODAY,
    },
    ['--test-scheduled'],
  ));
}, 120_000);

afterAll(async () => {
  await dev?.kill();
  await Promise.all([tg?.close(), zalo?.close()]);
  temp?.remove();
});

const post = (path: string, secretHeader: string, secret: string, body: unknown) =>
  fetch(`${dev.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [secretHeader]: secret },
    body: JSON.stringify(body),
  });
const telegram = (chat: number, text: string) =>
  post('/telegram', 'X-Telegram-Bot-Api-Secret-Token', TG_SECRET, textUpdate(chat, text));
let zaloId = 0;
const zaloSays = (chat: string, text: string) =>
  post('/zalo', 'X-Bot-Api-Secret-Token', ZL_SECRET, {
    event_name: 'message.text.received',
    message: { message_id: `rem${++zaloId}`, chat: { id: chat, chat_type: 'PRIVATE' }, text },
  });
const texts = (fake: FakeBotApi, chat: string | number) =>
  fake.delivered.filter((c) => String(c.body.chat_id) === String(chat)).map((c) => String(c.body.text));
const runCron = async () => {
  const res = await fetch(`${dev.url}/__scheduled?cron=0+0+*+*+*`);
  expect(res.status).toBe(200);
};

describe('reminders', () => {
  it('subscribe on both channels, get each due reminder once, none after unsubscribing', async () => {
    const agency = 'Sở Lao động - Thương binh và Xã hội';
    const expectedAgency = dueReminders(corpus, TODAY, { kind: 'agency', target: agency });
    const expectedProvince = dueReminders(corpus, TODAY, { kind: 'province', target: 'Đồng Nai' });
    // The fixed day has work to remind: Đồng Nai's yearly report "trước ngày 30 tháng 11" is 7 days away.
    expect(expectedAgency.some((r) => r.text.includes('Còn 7 ngày') && r.text.includes('Đồng Nai'))).toBe(
      true,
    );
    expect(expectedProvince.length).toBeGreaterThan(0);
    // A body of today hears of the report the plan gives the body it took over (issue 17).
    const expectedToday = dueReminders(corpus, TODAY, { kind: 'agency', target: 'Sở Nội vụ' });
    expect(expectedToday.some((r) => r.text.includes('nay thuộc Sở Nội vụ'))).toBe(true);

    const [a, c, d, e] = [970_001, 970_002, 970_003, 970_004];
    const b = 'z-rem-1';
    expect((await telegram(a, '/theodoi Sở LĐTBXH')).status).toBe(200);
    expect((await zaloSays(b, 'theo dõi Đồng Nai')).status).toBe(200);
    expect((await telegram(c, '/theodoi Đồng Nai')).status).toBe(200);
    expect((await telegram(e, '/theodoi Sở Nội vụ')).status).toBe(200);
    await tg.waitFor(() => texts(tg, a).length >= 1 && texts(tg, c).length >= 1 && texts(tg, e).length >= 1);
    await zalo.waitFor(() => texts(zalo, b).length >= 1);
    expect(texts(tg, a)[0]).toContain(`Đã theo dõi ${agency}`);
    expect(texts(zalo, b)[0]).toContain('Đã theo dõi Đồng Nai');
    // The list, then unsubscribing one chat.
    await telegram(c, '/theodoi');
    await tg.waitFor(() => texts(tg, c).length >= 2);
    expect(texts(tg, c)[1]).toContain('• Đồng Nai');
    await telegram(c, '/huy Đồng Nai');
    await tg.waitFor(() => texts(tg, c).length >= 3);
    expect(texts(tg, c)[2]).toContain('Đã bỏ theo dõi Đồng Nai');

    // Chat d blocks the bot: its reminder is refused (403), and it is unsubscribed.
    await telegram(d, '/theodoi Đồng Nai');
    await tg.waitFor(() => texts(tg, d).length >= 1);
    tg.on('sendMessage', (call) =>
      call.body.chat_id === d
        ? {
            status: 403,
            body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
          }
        : undefined,
    );

    await runCron();
    await tg.waitFor(() => texts(tg, a).length >= 1 + expectedAgency.length, 30_000);
    await zalo.waitFor(() => texts(zalo, b).length >= 1 + expectedProvince.length, 30_000);
    await tg.waitFor(() => texts(tg, e).length >= 1 + expectedToday.length, 30_000);
    // Twice, as a retried cron would: nothing new.
    await runCron();
    await new Promise((r) => setTimeout(r, 3000));
    expect(texts(tg, a).slice(1)).toEqual(expectedAgency.map((r) => r.text));
    expect(texts(zalo, b).slice(1)).toEqual(expectedProvince.map((r) => r.text));
    expect(texts(tg, e).slice(1)).toEqual(expectedToday.map((r) => r.text));
    expect(texts(tg, c)).toHaveLength(3);
    // The blocked chat's reminder was dead-lettered and its subscription removed.
    expect(dev.logs().some((l) => l.event === 'dead_letter' && String(l.error).includes('blocked'))).toBe(
      true,
    );
    tg.reset();
    await telegram(d, '/theodoi');
    await tg.waitFor(() => texts(tg, d).length >= 1);
    expect(texts(tg, d)[0]).toContain('Bạn chưa theo dõi');
    const runs = dev.logs().filter((l) => l.route === 'cron');
    expect(runs).toHaveLength(2);
    expect(runs[1]?.queued).toBe(0);
  }, 120_000);
});

describe('feedback under answers', () => {
  it('stores right, not right and reported errors from both channels, with the question and its sources', async () => {
    const chat = 970_010;
    await telegram(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    await tg.waitFor(() => texts(tg, chat).length >= 1);
    const answer = tg.delivered.find((c) => c.body.chat_id === chat);
    const buttons = JSON.stringify(answer?.body.reply_markup);
    for (const action of ['fb:right', 'fb:wrong', 'fb:report']) expect(buttons).toContain(action);
    await telegram(chat, '/help');
    await post('/telegram', 'X-Telegram-Bot-Api-Secret-Token', TG_SECRET, callbackUpdate(chat, 'fb:right'));
    await tg.waitFor(() =>
      tg.calls.some((c) => c.method === 'answerCallbackQuery' && String(c.body.text).includes('Cảm ơn')),
    );
    await post('/telegram', 'X-Telegram-Bot-Api-Secret-Token', TG_SECRET, callbackUpdate(chat, 'fb:report'));
    await tg.waitFor(() => texts(tg, chat).some((t) => t.includes('chỗ sai')));
    await telegram(chat, 'năm 2030 là 97% chứ không phải 95%, gọi 0912 345 678');
    await tg.waitFor(() => texts(tg, chat).some((t) => t.includes('Cảm ơn bạn')));

    const z = 'z-fb-1';
    await zaloSays(z, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    await zalo.waitFor(() => texts(zalo, z).length >= 1);
    expect(texts(zalo, z)[0]).toContain('gõ 1 nếu đúng, 2 nếu chưa đúng');
    await zaloSays(z, '2');
    await zalo.waitFor(() => texts(zalo, z).length >= 2);
    expect(texts(zalo, z)[1]).toContain('Cảm ơn bạn');

    const rows = await d1Query(
      config,
      `${temp.dir}/state`,
      'SELECT channel, chat, verdict, question, comment, records, sources FROM feedback ORDER BY id',
    );
    expect(rows.map((r) => [r.channel, r.verdict])).toEqual([
      ['telegram', 'right'],
      ['telegram', 'report'],
      ['zalo', 'wrong'],
    ]);
    for (const r of rows) {
      expect(r.question).toBe('tỷ lệ BHYT mục tiêu Quảng Ninh');
      expect(String(r.chat)).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.parse(String(r.records)).length).toBeGreaterThan(0);
      expect(String(r.sources)).toContain('91/KH-UBND');
    }
    expect(rows[1]?.comment).toBe('năm 2030 là 97% chứ không phải 95%, gọi ***');
  }, 120_000);
});
