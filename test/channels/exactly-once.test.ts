/**
 * Exactly once across isolates: two copies of the Worker in one local runtime (`wrangler dev` with three
 * configs), the second reaching the first's chat objects by `script_name`, as every isolate reaches the
 * one object of a chat in production. Each update is delivered through both copies at the same moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DevRuntime,
  freePort,
  frontConfig,
  mainConfig,
  secondConfig,
  startDev,
  tempDir,
} from './dev-runtime';
import { FakeBotApi } from './fake-bot-api';
import { textUpdate } from './telegram-updates';

const SECRET = 'two-fronts-secret-42';
let fake: FakeBotApi;
let dev: DevRuntime;
let temp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  fake = await FakeBotApi.start('telegram');
  temp = tempDir();
  const vars = {
    TELEGRAM_BOT_TOKEN: '777:two-fronts',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: fake.url,
    TODAY: '2026-11-23',
    CHAT_HASH_KEY: 'two-fronts-key',
  };
  const configs = [frontConfig(temp.dir), mainConfig(temp.dir, vars), secondConfig(temp.dir, vars)];
  dev = await startDev(configs, await freePort(), `${temp.dir}/state`);
}, 90_000);

afterAll(async () => {
  await dev?.kill();
  await fake?.close();
  temp?.remove();
});

const post = (front: 'first' | 'second', update: unknown) =>
  fetch(`${dev.url}/telegram`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-front': front,
      'X-Telegram-Bot-Api-Secret-Token': SECRET,
    },
    body: JSON.stringify(update),
  });

describe('one update delivered through two Workers at once', () => {
  it('is answered exactly once, 200 updates in 100 chats, each chat in order', async () => {
    const chats = Array.from({ length: 100 }, (_, i) => 880_000 + i);
    const updates = chats.flatMap((chat, i) => [
      { ...textUpdate(chat, '/help'), update_id: 50_000 + 2 * i },
      { ...textUpdate(chat, '/tinh'), update_id: 50_001 + 2 * i },
    ]);
    // As the platforms do, an update not answered 200 (a busy runtime: 503) is delivered again.
    const deliver = async (front: 'first' | 'second', update: unknown) => {
      for (let attempt = 1; attempt <= 10; attempt++) {
        if ((await post(front, update)).status === 200) return true;
        await new Promise((r) => setTimeout(r, 300));
      }
      return false;
    };
    // Each update goes through both copies at the same moment; updates of a chat go in order.
    const outcomes = await Promise.all(
      chats.map(async (_, i) => {
        const ok: boolean[] = [];
        for (const update of updates.slice(2 * i, 2 * i + 2)) {
          ok.push(...(await Promise.all([deliver('first', update), deliver('second', update)])));
        }
        return ok;
      }),
    );
    expect(outcomes.flat().every(Boolean)).toBe(true);
    try {
      await fake.waitFor(() => fake.delivered.length >= 200, 60_000);
    } catch (e) {
      console.error(
        JSON.stringify(
          dev
            .logs()
            .filter((l) => l.level !== 'info' || l.route !== '/telegram')
            .slice(-30),
        ),
      );
      throw e;
    }
    // Late doubles would arrive within the alarms' next round.
    await new Promise((r) => setTimeout(r, 1500));
    const perChat = new Map<string, string[]>();
    for (const call of fake.delivered) {
      const key = String(call.body.chat_id);
      perChat.set(key, [...(perChat.get(key) ?? []), String(call.body.text)]);
    }
    expect(fake.delivered).toHaveLength(200);
    for (const chat of chats) {
      const texts = perChat.get(String(chat)) ?? [];
      expect(texts).toHaveLength(2);
      expect(texts[0]).toContain('Cách dùng Cam Kết');
      expect(texts[1]).toContain('tỉnh');
    }
    const accepted = dev.logs().filter((l) => l.route === '/telegram' && l.outcome === 'accepted');
    const duplicates = dev.logs().filter((l) => l.route === '/telegram' && l.outcome === 'duplicate');
    // Each update stored once; every other delivery of it (the second front, any redelivery) a duplicate.
    expect(accepted).toHaveLength(200);
    expect(duplicates.length).toBeGreaterThanOrEqual(200);
  }, 120_000);
});
