/**
 * Faults where the webhook meets the chat's storage (an error, "overloaded", an answer lost after the
 * update was stored, a call that never returns), while one chat floods the bot: every update the webhook
 * answered 200 is answered once, the updates it answered 503 come again (as Telegram redelivers) and are
 * then answered once, and the rate limit still holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS_PER_MINUTE } from '../../src/channels/delivery/rate-window';
import { SLOW_DOWN_TEXT } from '../../src/channels/messages';
import { type DevRuntime, freePort, mainConfig, startDev, tempDir } from './dev-runtime';
import { FakeBotApi } from './fake-bot-api';
import { textUpdate } from './telegram-updates';

const SECRET = 'faults-secret-31';
let fake: FakeBotApi;
let temp: ReturnType<typeof tempDir>;
let dev: DevRuntime;

beforeAll(async () => {
  fake = await FakeBotApi.start('telegram');
  temp = tempDir();
  const config = mainConfig(
    temp.dir,
    {
      TELEGRAM_BOT_TOKEN: '931:faults',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: fake.url,
      TODAY: '2026-11-23',
      ACCEPT_TIMEOUT_MS: '1000',
    },
    'cam-ket',
    'test/channels/fixtures/faulty/entry.ts',
  );
  dev = await startDev([config], await freePort(), `${temp.dir}/state`);
}, 90_000);

afterAll(async () => {
  await dev?.kill();
  await fake?.close();
  temp?.remove();
});

const post = (update: unknown) =>
  fetch(`${dev.url}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(update),
  });

describe('storage faults during a flood from one chat', () => {
  it('answers each update once, and still only the first 20 questions of the minute', async () => {
    const chat = 993_100;
    const redelivered: number[] = [];
    // One chat asks 30 questions in a row; each update is delivered until it gets a 200.
    for (let i = 0; i < 30; i++) {
      const update = textUpdate(chat, `/help ${i}`);
      for (let attempt = 1; ; attempt++) {
        const res = await post(update);
        if (attempt > 10)
          throw new Error(`update ${i} never stored: ${JSON.stringify(dev.logs().slice(-3))}`);
        if (res.status === 200) break;
        expect(res.status).toBe(503);
        redelivered.push(i);
      }
    }
    expect(redelivered.length).toBeGreaterThan(5);
    await fake.waitFor(() => fake.delivered.length >= QUESTIONS_PER_MINUTE + 1, 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    const texts = fake.delivered.map((c) => String(c.body.text));
    expect(texts.filter((t) => t.includes('Cách dùng Cam Kết'))).toHaveLength(QUESTIONS_PER_MINUTE);
    expect(texts.filter((t) => t === SLOW_DOWN_TEXT)).toHaveLength(1);
    expect(texts).toHaveLength(QUESTIONS_PER_MINUTE + 1);
    // Every failure has its log line, with its cause.
    const failed = dev.logs().filter((l) => l.route === '/telegram' && l.status === 503);
    expect(failed).toHaveLength(redelivered.length);
    expect(failed.every((l) => /injected|timed out/.test(String(l.error)))).toBe(true);
  }, 120_000);
});
