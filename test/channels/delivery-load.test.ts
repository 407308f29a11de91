/**
 * 500 chats against a Bot API that allows 30 messages a second and fails one send in ten (a 500, a dropped
 * connection, a hang past the timeout): every reply is delivered, exactly once, eventually.
 */
import { describe, expect, it } from 'vitest';
import type { ApiCall, FakeAnswer } from './fake-bot-api';
import { useChannel } from './harness';
import { textUpdate } from './telegram-updates';

const SECRET = 'load-secret-500';
const { fake, post, worker } = useChannel({
  kind: 'telegram',
  path: '/telegram',
  secretHeader: 'X-Telegram-Bot-Api-Secret-Token',
  secret: SECRET,
  vars: (apiRoot) => ({
    TELEGRAM_BOT_TOKEN: '500:load',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: apiRoot,
    // Long enough that a busy test machine reads every answer in time: a response lost after the API
    // delivered is the one double at-least-once delivery cannot rule out (see README, Reliability).
    BOT_API_TIMEOUT_MS: '15000',
    OUTBOX_RETRY_BASE_MS: '200',
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => textUpdate(chatId, '/help'),
  firstChat: 7_000_000,
});

/** Like Telegram: 30 messages in any second, then 429 with retry_after. */
function throttledAndFaulty() {
  const answered: number[] = [];
  const seen = { limited: 0, failed: 0, reset: 0, hung: 0 };
  const responder = (_call: ApiCall, n: number): FakeAnswer | undefined => {
    const now = Date.now();
    while (answered.length && (answered[0] ?? 0) <= now - 1000) answered.shift();
    if (answered.length >= 30) {
      seen.limited++;
      return {
        status: 429,
        body: {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests',
          parameters: { retry_after: 1 },
        },
      };
    }
    // One send in ten fails, in three ways.
    switch (n % 30) {
      case 3:
        seen.failed++;
        return { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } };
      case 13:
        seen.reset++;
        return { reset: true };
      case 23:
        seen.hung++;
        // No answer until the client has given up; then the connection drops.
        return { delayMs: 16_000, reset: true };
    }
    answered.push(now);
    return undefined;
  };
  return { responder, seen };
}

describe('500 chats, a rate-limited and faulty Bot API', () => {
  it('delivers every reply exactly once', async () => {
    const { responder, seen } = throttledAndFaulty();
    fake().on('sendMessage', responder);
    const chats = Array.from({ length: 500 }, (_, i) => 7_100_000 + i);
    // As Telegram does: an update not answered 200 is delivered again, later.
    const deliver = async (update: unknown) => {
      for (let attempt = 1; ; attempt++) {
        const res = await post(update);
        if (res.status === 200) return attempt;
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    const attempts: number[] = [];
    for (let i = 0; i < chats.length; i += 50) {
      const batch = chats.slice(i, i + 50).map((chat) => deliver(textUpdate(chat, '/help')));
      attempts.push(...(await Promise.all(batch)));
    }
    try {
      await fake().waitFor(() => fake().delivered.length >= 500, 150_000);
    } catch (e) {
      const events = new Map<string, number>();
      for (const l of worker().logs)
        events.set(String(l.event ?? l.route), (events.get(String(l.event ?? l.route)) ?? 0) + 1);
      process.stderr.write(
        [
          'DIAG',
          fake().delivered.length,
          JSON.stringify(seen),
          JSON.stringify([...events]),
          JSON.stringify(
            worker()
              .logs.filter((l) => l.event === 'send_retry')
              .slice(-5),
          ),
        ].join(' '),
      );
      throw e;
    }
    // Late doubles would show within a few retry rounds.
    await new Promise((r) => setTimeout(r, 3000));
    const perChat = new Map<string, number>();
    for (const call of fake().delivered) {
      const key = String(call.body.chat_id);
      perChat.set(key, (perChat.get(key) ?? 0) + 1);
    }
    const doubled = [...perChat].filter(([, n]) => n > 1).map(([chat]) => chat);
    if (doubled.length) {
      const story = (chat: string) =>
        fake()
          .calls.filter((c) => String(c.body.chat_id) === chat)
          .map((c) => `${c.at % 100000}:${c.outcome}`);
      process.stderr.write(`DOUBLED ${JSON.stringify(doubled.slice(0, 5).map((c) => story(c)))}\n`);
    }
    expect(perChat.size).toBe(500);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    // The faults did happen, and were retried rather than lost.
    expect(seen.limited).toBeGreaterThan(0);
    expect(seen.failed + seen.reset + seen.hung).toBeGreaterThan(30);
    expect(worker().logs.filter((l) => l.event === 'dead_letter')).toEqual([]);
    const again = attempts.filter((a) => a > 1).length;
    // Printed for the README's figures (console.* is captured by the Worker harness).
    process.stderr.write(
      `delivery: 500 chats (${again} updates delivered again after a 503), ${fake().calls.length} calls for 500 replies (${seen.limited} × 429, ${seen.failed} × 500, ${seen.reset} resets, ${seen.hung} hangs)\n`,
    );
  }, 180_000);
});
