/**
 * Load: the real Worker in workerd with fake Telegram and Zalo Bot APIs on loopback takes 2,000
 * Telegram updates and 2,000 Zalo events (bounded concurrency, stops by itself). Every update gets
 * exactly one reply and no request gets a non-2xx; the counts are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../channels/fake-bot-api';
import { textUpdate } from '../channels/telegram-updates';
import { startWorker, type TestWorker } from '../channels/worker';

const UPDATES = 2_000;
const CHATS = 200; // 10 questions per chat, well under the 20-a-minute limit, so the limit is not what is measured
const CONCURRENCY = 32;
const TG_SECRET = 'load-tg-secret-0123456789';
const ZALO_SECRET = 'load-zalo-secret-0123456789';
// Short answers, so each reply is one message on both channels.
const QUESTIONS = ['Kế hoạch 91 do ai ký?', 'KH 68 ban hành ngày nào?', 'Ai ký kế hoạch 230?'];

let telegram: FakeBotApi;
let zalo: FakeBotApi;
let worker: TestWorker;

beforeAll(async () => {
  [telegram, zalo] = await Promise.all([FakeBotApi.start('telegram'), FakeBotApi.start('zalo')]);
  worker = await startWorker({
    TELEGRAM_BOT_TOKEN: '777777:LOAD-token',
    TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
    TELEGRAM_API_ROOT: telegram.url,
    TELEGRAM_BOT_INFO: JSON.stringify({
      id: 777777,
      is_bot: true,
      first_name: 'Cam Kết',
      username: 'camket_load_bot',
    }),
    ZALO_BOT_TOKEN: '8888:LOAD-zalo-token',
    ZALO_WEBHOOK_SECRET: ZALO_SECRET,
    ZALO_API_ROOT: zalo.url,
    TODAY: '2026-11-23',
  });
}, 60_000);

afterAll(async () => {
  await worker?.dispose();
  await Promise.all([telegram?.close(), zalo?.close()]);
});

/** Runs `count` jobs with at most `limit` at a time; returns the statuses. */
async function pool(count: number, limit: number, job: (i: number) => Promise<number>): Promise<number[]> {
  const statuses: number[] = new Array(count);
  let next = 0;
  const lanes = Array.from({ length: limit }, async () => {
    for (let i = next++; i < count; i = next++) statuses[i] = await job(i);
  });
  await Promise.all(lanes);
  return statuses;
}

const zaloEvent = (i: number, chatId: number) => ({
  ok: true,
  result: {
    event_name: 'message.text.received',
    message: {
      message_id: `load-${i}`,
      date: 1_760_000_000_000,
      chat: { id: String(chatId), chat_type: 'PRIVATE' },
      from: { id: String(chatId), display_name: 'Lan', is_bot: false },
      text: QUESTIONS[i % QUESTIONS.length],
    },
  },
});

describe('webhooks under load', () => {
  it(`answers ${UPDATES} Telegram updates and ${UPDATES} Zalo events exactly once each`, async () => {
    const started = Date.now();
    const tg = await pool(UPDATES, CONCURRENCY, async (i) => {
      const chatId = 900_000 + (i % CHATS);
      const res = await worker.post('/telegram', textUpdate(chatId, QUESTIONS[i % QUESTIONS.length] ?? ''), {
        'X-Telegram-Bot-Api-Secret-Token': TG_SECRET,
      });
      await res.arrayBuffer();
      return res.status;
    });
    const zl = await pool(UPDATES, CONCURRENCY, async (i) => {
      const chatId = 5_900_000 + (i % CHATS);
      const res = await worker.post('/zalo', zaloEvent(i, chatId), { 'X-Bot-Api-Secret-Token': ZALO_SECRET });
      await res.arrayBuffer();
      return res.status;
    });
    // Replies go out after the 200 (waitUntil): wait for them, then a little longer for any extra one.
    await telegram.waitFor(
      (calls) => calls.filter((c) => c.method === 'sendMessage').length >= UPDATES,
      120_000,
    );
    await zalo.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length >= UPDATES, 120_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const elapsed = (Date.now() - started) / 1000;

    const non2xx = [...tg, ...zl].filter((s) => s < 200 || s >= 300).length;
    const perChat = (fake: FakeBotApi) => {
      const counts = new Map<string, number>();
      for (const c of fake.callsTo('sendMessage'))
        counts.set(String(c.body.chat_id), (counts.get(String(c.body.chat_id)) ?? 0) + 1);
      return counts;
    };
    const tgReplies = telegram.callsTo('sendMessage').length;
    const zaloReplies = zalo.callsTo('sendMessage').length;
    // The worker harness captures console.*; write straight to stdout so the counts show in the run.
    process.stdout.write(
      `load: telegram ${UPDATES} updates → ${tgReplies} replies; zalo ${UPDATES} events → ${zaloReplies} replies; ` +
        `non-2xx ${non2xx}; ${elapsed.toFixed(1)} s (${((2 * UPDATES) / elapsed).toFixed(0)} updates/s)\n`,
    );
    expect(non2xx).toBe(0);
    expect(tgReplies).toBe(UPDATES);
    expect(zaloReplies).toBe(UPDATES);
    // Exactly one reply per update: every chat got one message per question it sent.
    for (const count of perChat(telegram).values()) expect(count).toBe(UPDATES / CHATS);
    for (const count of perChat(zalo).values()) expect(count).toBe(UPDATES / CHATS);
  }, 240_000);
});
