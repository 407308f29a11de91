/**
 * The Telegram webhook under attack and under faults: wrong secrets, hostile bodies, a failing or slow
 * Bot API, redeliveries and floods. Each must end in the right status, the right calls, and a log line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS_PER_MINUTE } from '../../src/channels/admission';
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
    const runs = 0;
    const logged = worker().logs.length;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ update_id: ++id, message: v })),
        ),
        async (body) => {
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

describe('a failing Bot API', () => {
  it('still answers 200 when sendMessage fails with 500, tries once and logs it without the token', async () => {
    fake().on('sendMessage', () => ({
      status: 500,
      body: { ok: false, error_code: 500, description: 'Internal Server Error' },
    }));
    const id = newChat();
    expect((await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'))).status).toBe(200);
    const [line] = await waitLog((l) => String(l.error ?? '').includes('sendMessage: 500'));
    expect(line?.level).toBe('error');
    expect(line?.chat).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(line)).not.toContain(TOKEN);
    expect(JSON.stringify(line)).not.toContain(String(id));
    fake().reset();
    await sentinel();
    expect(sent(id)).toHaveLength(0);
  });

  it('honours retry_after once after a 429, then delivers', async () => {
    fake().on('sendMessage', (_call, n) =>
      n === 1
        ? {
            status: 429,
            body: {
              ok: false,
              error_code: 429,
              description: 'Too Many Requests',
              parameters: { retry_after: 1 },
            },
          }
        : undefined,
    );
    const id = newChat();
    await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [first, second] = await waitSent(id, 2);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(second?.body.text).toContain('95%');
  });

  it('does not retry a 429 twice, nor one whose wait would not fit in the request', async () => {
    const stubborn = newChat();
    const throttled = newChat();
    fake().on('sendMessage', (call) => ({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests',
        parameters: { retry_after: call.body.chat_id === stubborn ? 1 : 3600 },
      },
    }));
    await post(textUpdate(stubborn, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    await post(textUpdate(throttled, '/help'));
    // A request's log line is written when all its work, retries included, is over.
    const is429 = (l: Record<string, unknown>) => String(l.error ?? '').includes('sendMessage: 429');
    await fake().waitFor(() => logsWhere(is429).length >= 2);
    expect(sent(stubborn)).toHaveLength(2);
    expect(sent(throttled)).toHaveLength(1);
  });

  it('answers the webhook at once when the Bot API hangs, shows typing, and logs the timeout', async () => {
    fake().on('sendMessage', () => ({ delayMs: 3000 }));
    const id = newChat();
    const started = Date.now();
    expect((await post(textUpdate(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await waitLog((l) => String(l.error ?? '').includes('timed out'));
    expect(fake().callsTo('sendChatAction', id)[0]?.body.action).toBe('typing');
    expect(sent(id)).toHaveLength(1);
  });
});
