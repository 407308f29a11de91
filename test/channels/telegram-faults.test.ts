/**
 * The Telegram webhook under attack and under faults: wrong secrets, hostile bodies, a failing or slow
 * Bot API, redeliveries and floods. Each must end in the right status, the right calls, and a log line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS_PER_MINUTE } from '../../src/channels/delivery/rate-window';
import { SLOW_DOWN_TEXT } from '../../src/channels/messages';
import { useChannel, withinOneMinute } from './harness';
import { textUpdate } from './telegram-updates';

const TOKEN = '654321:FAULTS-token-xyz';
const SECRET = 'tg-faults-secret-98765';
const HEADERS = { 'X-Telegram-Bot-Api-Secret-Token': SECRET };

const { fake, worker, newChat, post, sent, waitSent, sentinel, logsWhere, waitLog, onlyTo } = useChannel({
  kind: 'telegram',
  path: '/telegram',
  secretHeader: 'X-Telegram-Bot-Api-Secret-Token',
  secret: SECRET,
  vars: (apiRoot) => ({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: apiRoot,
    BOT_API_TIMEOUT_MS: '1500',
    // Short retry bounds, so giving up is seen within a test.
    OUTBOX_RETRY_BASE_MS: '200',
    OUTBOX_DEAD_AFTER_MS: '8000',
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => textUpdate(chatId, '/help'),
  firstChat: 9000,
});

describe('authentication', () => {
  it('refuses a wrong or missing secret with 401, calls nothing and logs no secret', async () => {
    const wrong = await post(textUpdate(newChat(), 'BHYT Quảng Ninh'), {
      'X-Telegram-Bot-Api-Secret-Token': 'nope',
    });
    const almost = await post(textUpdate(newChat(), 'BHYT'), {
      'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x`,
    });
    const missing = await post(textUpdate(newChat(), 'BHYT'), {});
    expect([wrong.status, almost.status, missing.status]).toEqual([401, 401, 401]);
    expect(await wrong.text()).not.toContain(SECRET);
    const only = await sentinel();
    expect(onlyTo(only)).toBe(true);
    expect(logsWhere((l) => l.outcome === 'unauthorized' && l.status === 401).length).toBeGreaterThanOrEqual(
      3,
    );
    const printed = worker().output.join('\n');
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain(TOKEN);
  });

  it('answers only POST', async () => {
    const res = await fetch(new URL('/telegram', worker().url));
    expect(res.status).toBe(405);
  });
});

describe('hostile bodies', () => {
  it('refuses malformed JSON and wrong shapes with 400 and calls nothing', async () => {
    const bodies = [
      '{"update_id": 1,',
      'null',
      '[]',
      '{"foo": 1}',
      '{"update_id": "1"}',
      '{"update_id": -5}',
      '"text"',
    ];
    for (const body of bodies) expect((await post(body)).status, body).toBe(400);
    const only = await sentinel();
    expect(onlyTo(only)).toBe(true);
  });

  it('never answers 5xx to random JSON, nor to updates with random contents', async () => {
    let id = 900_000_000;
    let runs = 0;
    const logged = worker().logs.length;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ update_id: ++id, message: v })),
        ),
        async (body) => {
          runs++;
          const status = (await post(body)).status;
          expect([200, 400]).toContain(status);
        },
      ),
      { numRuns: 60 },
    );
    // Every request writes its log line when its work is over: wait for all, so none spills into the next test.
    await fake().waitFor(() => worker().logs.length >= logged + runs);
    expect(logsWhere((l) => Number(l.status) >= 500)).toEqual([]);
  });

  it('refuses a body over 64 KB with 413, by length and when streamed', async () => {
    const big = textUpdate(newChat(), `BHYT ${'x'.repeat(70_000)}`);
    expect((await post(big)).status).toBe(413);
    const bytes = new TextEncoder().encode(JSON.stringify(big));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const streamed = await fetch(new URL('/telegram', worker().url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...HEADERS },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const only = await sentinel();
    expect(onlyTo(only)).toBe(true);
  });
});

describe('redeliveries and floods', () => {
  it('replies once to an update delivered twice, and once to three racing copies', async () => {
    const id = newChat();
    const update = textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);
    const racing = textUpdate(id, '/help');
    const statuses = await Promise.all([post(racing), post(racing), post(racing)]).then((r) =>
      r.map((x) => x.status),
    );
    expect(statuses).toEqual([200, 200, 200]);
    await waitSent(id, 2);
    await sentinel();
    expect(sent(id)).toHaveLength(2);
    expect(logsWhere((l) => l.outcome === 'duplicate').length).toBeGreaterThanOrEqual(3);
  });

  it(`answers ${QUESTIONS_PER_MINUTE} questions a minute, says so once, then stays silent`, async () => {
    await withinOneMinute();
    const id = newChat();
    for (let i = 0; i < QUESTIONS_PER_MINUTE + 5; i++) {
      expect((await post(textUpdate(id, `tỷ lệ BHYT mục tiêu Quảng Ninh ${i}`))).status).toBe(200);
    }
    await waitSent(id, QUESTIONS_PER_MINUTE + 1);
    await sentinel();
    const replies = sent(id);
    expect(replies).toHaveLength(QUESTIONS_PER_MINUTE + 1);
    expect(replies.filter((c) => c.body.text === SLOW_DOWN_TEXT)).toHaveLength(1);
    expect(logsWhere((l) => l.outcome === 'rate_limited').length).toBeGreaterThanOrEqual(5);
  });
});

describe('a failing Bot API: retried until delivered, in order, or dead-lettered', () => {
  const error = (code: number, description: string, retryAfter?: number) => ({
    status: code,
    body: {
      ok: false,
      error_code: code,
      description,
      ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }),
    },
  });

  it('retries a 500 until delivered, logging each failure without the token or the chat id', async () => {
    fake().on('sendMessage', (_call, n) => (n <= 2 ? error(500, 'Internal Server Error') : undefined));
    const id = newChat();
    expect((await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'))).status).toBe(200);
    const calls = await waitSent(id, 3);
    expect(calls[2]?.body.text).toContain('95%');
    const [line] = await waitLog(
      (l) => l.event === 'send_retry' && String(l.error).includes('sendMessage: 500'),
    );
    expect(line?.chat).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(worker().logs)).not.toContain(TOKEN);
    expect(JSON.stringify(line)).not.toContain(String(id));
    await sentinel();
    expect(sent(id)).toHaveLength(3);
  });

  it('honours retry_after on every 429, then delivers', async () => {
    fake().on('sendMessage', (_call, n) => (n <= 2 ? error(429, 'Too Many Requests', 1) : undefined));
    const id = newChat();
    await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [first, second, third] = await waitSent(id, 3);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect((third?.at ?? 0) - (second?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(third?.body.text).toContain('95%');
  });

  it('keeps a chat’s replies in order while the first waits to be retried', async () => {
    fake().on('sendMessage', (_call, n) => (n === 1 ? error(502, 'Bad Gateway') : undefined));
    const id = newChat();
    await post(textUpdate(id, '/help'));
    await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const calls = await waitSent(id, 3);
    expect(calls[0]?.body.text).toBe(calls[1]?.body.text);
    expect(calls[2]?.body.text).toContain('95%');
  });

  it('dead-letters a reply the API refuses for good (a blocked bot), logs it, and the chat goes on', async () => {
    const id = newChat();
    fake().on('sendMessage', (_call, n) =>
      n === 1 ? error(403, 'Forbidden: bot was blocked by the user') : undefined,
    );
    await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [dead] = await waitLog((l) => l.event === 'dead_letter' && String(l.error).includes('blocked'));
    expect(dead?.level).toBe('error');
    expect(String(dead?.error)).toContain('403');
    await post(textUpdate(id, '/help'));
    await waitSent(id, 2);
    expect(sent(id)).toHaveLength(2);
  });

  it('gives up on a reply that keeps failing after the bound, with a log line', async () => {
    fake().on('sendMessage', (call) =>
      call.body.chat_id === doomed ? error(500, 'Internal Server Error') : undefined,
    );
    const doomed = newChat();
    await post(textUpdate(doomed, '/help'));
    const [dead] = await waitLog(
      (l) => l.event === 'dead_letter' && /gave up.*Internal Server Error/.test(String(l.error)),
    );
    expect(Number(dead?.attempts)).toBeGreaterThan(2);
    expect(sent(doomed).length).toBe(Number(dead?.attempts));
  });

  it('answers the webhook at once when the Bot API hangs, logs the timeout and sends again', async () => {
    fake().on('sendMessage', (_call, n) => (n === 1 ? { delayMs: 3000 } : undefined));
    const id = newChat();
    const started = Date.now();
    const res = await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const took = Date.now() - started;
    // On a failure, say why the object did not take the update (the webhook's own log line).
    const why = () => JSON.stringify(logsWhere((l) => l.outcome === 'retry_later'));
    expect(res.status, why()).toBe(200);
    expect(took, why()).toBeLessThan(1000);
    await waitLog((l) => l.event === 'send_retry' && /timed out|abort/i.test(String(l.error)));
    await waitSent(id, 2);
    expect(sent(id)[1]?.body.text).toContain('95%');
  });
});
