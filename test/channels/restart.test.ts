/**
 * The Worker process killed mid-flight (eviction, a deploy, the CPU limit) and started again on the same
 * persisted state: every update that was answered 200 is answered in its chat after the restart, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevRuntime, freePort, mainConfig, startDev, tempDir } from './dev-runtime';
import { FakeBotApi } from './fake-bot-api';
import { textUpdate } from './telegram-updates';

const SECRET = 'restart-secret-77';
let fake: FakeBotApi;
let temp: ReturnType<typeof tempDir>;
let config: string;
let dev: DevRuntime | undefined;

beforeAll(async () => {
  fake = await FakeBotApi.start('telegram');
  temp = tempDir();
  config = mainConfig(temp.dir, {
    TELEGRAM_BOT_TOKEN: '888:restart',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: fake.url,
    TODAY: '2026-11-23',
    // Long enough that a reply the fake API answered at once is never timed out and sent again on a loaded
    // machine: that repeat (a response lost after delivery) is the documented limit, not what this test is about.
    BOT_API_TIMEOUT_MS: '90000',
  });
});

afterAll(async () => {
  await dev?.kill();
  await fake?.close();
  temp?.remove();
});

const post = (url: string, update: unknown) =>
  fetch(`${url}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(update),
  });

describe('a process killed while replies are in flight', () => {
  it('answers every accepted update after the restart, exactly once', async () => {
    const state = `${temp.dir}/state`;
    dev = await startDev([config], await freePort(), state);
    // The Bot API takes its time: the replies are being sent when the process dies.
    fake.on('sendMessage', () => ({ delayMs: 60_000, reset: true }));
    const chats = Array.from({ length: 20 }, (_, i) => 990_000 + i);
    const statuses = await Promise.all(
      chats.map(
        async (chat, i) =>
          (await post(dev?.url ?? '', textUpdate(chat, i % 2 ? '/help' : 'tỷ lệ BHYT Quảng Ninh'))).status,
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    await fake.waitFor(() => fake.calls.length >= 5, 30_000);
    await dev.kill();
    expect(fake.delivered).toHaveLength(0);

    fake.reset();
    dev = await startDev([config], await freePort(), state);
    // No new update reaches these chats: the objects' alarms, persisted, bring the replies.
    await fake.waitFor(() => new Set(fake.delivered.map((c) => c.body.chat_id)).size >= chats.length, 60_000);
    await new Promise((r) => setTimeout(r, 1500));
    const perChat = new Map<string, string[]>();
    for (const call of fake.delivered) {
      const key = String(call.body.chat_id);
      perChat.set(key, [...(perChat.get(key) ?? []), String(call.body.text)]);
    }
    for (const [i, chat] of chats.entries()) {
      const texts = perChat.get(String(chat)) ?? [];
      const calls = fake.delivered.filter((c) => String(c.body.chat_id) === String(chat));
      expect(
        texts,
        JSON.stringify(calls.map((c) => [c.method, c.at, String(c.body.text).slice(0, 60)])),
      ).toHaveLength(1);
      expect(texts[0]).toContain(i % 2 ? 'Cách dùng Cam Kết' : '95%');
    }
  }, 180_000);
});
