/**
 * The Zalo webhook end to end: the real Worker in workerd, events posted over HTTP in both shapes Zalo
 * uses, and every Bot API call recorded by a fake Zalo Bot API on 127.0.0.1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS_PER_MINUTE } from '../../src/channels/delivery/rate-window';
import { SLOW_DOWN_TEXT } from '../../src/channels/messages';
import { corpusProvinces } from '../../src/channels/provinces';
import { getEngine } from '../../src/corpus';
import { useChannel, withinOneMinute } from './harness';

const TOKEN = '3000:ZALO-token-qwe';
const SECRET = 'zalo-secret-abcdefgh';
const HEADER = 'X-Bot-Api-Secret-Token';
const PROVINCES = corpusProvinces(getEngine());

let messageId = 0;
/** A bare Zalo event. */
function event(chatId: number, text: string | undefined, eventName = 'message.text.received') {
  messageId += 1;
  return {
    event_name: eventName,
    message: {
      message_id: `mid${messageId}`,
      date: 1_760_000_000_000,
      chat: { id: String(chatId), chat_type: 'PRIVATE' },
      from: { id: String(chatId), display_name: 'Lan', is_bot: false },
      ...(text === undefined ? {} : { text }),
    },
  };
}
/** The same event in the `{ ok, result }` envelope. */
const enveloped = (e: ReturnType<typeof event>) => ({ ok: true, result: e });

const { fake, worker, newChat, post, sent, waitSent, sentinel, logsWhere, waitLog, onlyTo } = useChannel({
  kind: 'zalo',
  path: '/zalo',
  secretHeader: HEADER,
  secret: SECRET,
  vars: (apiRoot) => ({
    ZALO_BOT_TOKEN: TOKEN,
    ZALO_WEBHOOK_SECRET: SECRET,
    ZALO_API_ROOT: apiRoot,
    BOT_API_TIMEOUT_MS: '1500',
    TODAY: '2026-11-23',
  }),
  hello: (chatId) => event(chatId, 'help'),
  firstChat: 3_000_000,
});

describe('questions', () => {
  it('answers a bare text event with the figure from the plan, as plain text', async () => {
    const id = newChat();
    const res = await post(event(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const [reply] = await waitSent(id);
    expect(reply?.token).toBe(TOKEN);
    expect(reply?.body.chat_id).toBe(String(id));
    expect(reply?.body.text).toContain('95%');
    expect(reply?.body.text).toContain('Gõ «nguon»');
    expect(onlyTo(id)).toBe(true);
  });

  it('answers the enveloped form too, in plain text (no HTML escaping)', async () => {
    const id = newChat();
    expect((await post(enveloped(event(id, 'tỷ lệ thất nghiệp Đồng Nai')))).status).toBe(200);
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('< 3%');
  });

  it('answers images, stickers and unsupported messages with a short help', async () => {
    const id = newChat();
    await post(event(id, undefined, 'message.image.received'));
    await post(enveloped(event(id, undefined, 'message.sticker.received')));
    await post(event(id, undefined, 'message.unsupported.received'));
    const replies = await waitSent(id, 3);
    for (const r of replies) expect(r.body.text).toContain('chỉ đọc được tin nhắn chữ');
  });

  it('keeps the topic for a follow-up question', async () => {
    const id = newChat();
    await post(event(id, 'tỷ lệ thất nghiệp Đồng Nai'));
    await waitSent(id);
    await post(event(id, 'còn Thanh Hóa thì sao?'));
    const [, second] = await waitSent(id, 2);
    expect(second?.body.text).toContain('Thanh Hóa');
    expect(second?.body.text).toMatch(/thất nghiệp/i);
  });
});

describe('typed commands', () => {
  it('"help" explains the typed commands', async () => {
    const id = newChat();
    await post(event(id, 'help'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('tinh <tên tỉnh>');
    expect(reply?.body.text).toContain('nguon');
  });

  it('"tinh" lists the provinces; "tinh Dong Nai" sets one that later answers use', async () => {
    const id = newChat();
    await post(event(id, 'tinh'));
    const [list] = await waitSent(id);
    for (const p of PROVINCES) expect(list?.body.text).toContain(`tinh ${p}`);
    await post(event(id, 'tinh Dong Nai'));
    const [, set] = await waitSent(id, 2);
    expect(set?.body.text).toContain('Đã chọn Đồng Nai');
    await post(event(id, 'tỷ lệ thất nghiệp'));
    const [, , answer] = await waitSent(id, 3);
    expect(answer?.body.text).toContain('Đồng Nai');
  });

  it('"tỉnh nào …" is a question, not a command', async () => {
    const id = newChat();
    await post(event(id, 'tỉnh nào có mục tiêu BHYT?'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).not.toContain('Đã chọn');
    expect(reply?.body.text).not.toContain('Chọn tỉnh mặc định');
  });

  it('"nguon" quotes the source of the last answer', async () => {
    const id = newChat();
    await post(event(id, 'nguon'));
    const [none] = await waitSent(id);
    expect(none?.body.text).toContain('Chưa có nguồn');
    await post(event(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    await waitSent(id, 2);
    await post(event(id, 'nguồn'));
    const [, , quote] = await waitSent(id, 3);
    expect(quote?.body.text).toContain('KH 91/KH-UBND (Quảng Ninh), mục I.2.6, dòng 202–203');
  });

  it('"start" welcomes with example questions', async () => {
    const id = newChat();
    await post(event(id, 'start'));
    const [reply] = await waitSent(id);
    expect(reply?.body.text).toContain('Xin chào');
    expect(reply?.body.text).toContain('• Tỷ lệ bao phủ BHYT');
  });
});

describe('faults and hostile input', () => {
  it('refuses a wrong or missing secret with 401 and calls nothing', async () => {
    const wrong = await post(event(newChat(), 'BHYT'), { [HEADER]: 'wrong-secret' });
    const missing = await post(event(newChat(), 'BHYT'), {});
    const telegramHeader = await post(event(newChat(), 'BHYT'), {
      'X-Telegram-Bot-Api-Secret-Token': SECRET,
    });
    expect([wrong.status, missing.status, telegramHeader.status]).toEqual([401, 401, 401]);
    const only = await sentinel();
    expect(onlyTo(only)).toBe(true);
    const printed = worker().output.join('\n');
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain(TOKEN);
  });

  it('refuses malformed JSON, wrong shapes and oversized bodies, calling nothing', async () => {
    const bad = [
      '{"event_name": ',
      '{}',
      '{"ok": true, "result": {}}',
      '{"event_name": "message.text.received", "message": {"text": "no chat"}}',
      '{"event_name": "message.text.received", "message": {"message_id": "1", "chat": {"id": ""}}}',
      '[1, 2]',
    ];
    for (const body of bad) expect((await post(body)).status, body).toBe(400);
    expect((await post(event(newChat(), 'x'.repeat(70_000)))).status).toBe(413);
    expect((await fetch(new URL('/zalo', worker().url))).status).toBe(405);
    const only = await sentinel();
    expect(onlyTo(only)).toBe(true);
  });

  it('never answers 5xx to random JSON, nor to events with random contents', async () => {
    let runs = 0;
    const logged = worker().logs.length;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ event_name: 'message.text.received', message: v })),
          fc.record({ event_name: fc.string(), message: fc.jsonValue() }).map((v) => JSON.stringify(v)),
        ),
        async (body) => {
          runs += 1;
          expect([200, 400]).toContain((await post(body)).status);
        },
      ),
      { numRuns: 60 },
    );
    // Every request writes its log line when its work is over: wait for all, so none spills into the next test.
    await fake().waitFor(() => worker().logs.length >= logged + runs);
    expect(logsWhere((l) => Number(l.status) >= 500)).toEqual([]);
  });

  it('replies once to a message delivered twice, in either shape', async () => {
    const id = newChat();
    const e = event(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    await post(e);
    await post(enveloped(e));
    await Promise.all([post(e), post(e)]);
    await waitSent(id);
    await sentinel();
    expect(sent(id)).toHaveLength(1);
  });

  it(`answers ${QUESTIONS_PER_MINUTE} messages a minute, says so once, then stays silent`, async () => {
    await withinOneMinute();
    const id = newChat();
    for (let i = 0; i < QUESTIONS_PER_MINUTE + 4; i++) await post(event(id, `tỷ lệ BHYT Quảng Ninh ${i}`));
    await waitSent(id, QUESTIONS_PER_MINUTE + 1);
    await sentinel();
    expect(sent(id)).toHaveLength(QUESTIONS_PER_MINUTE + 1);
    expect(sent(id).at(-1)?.body.text).toBe(SLOW_DOWN_TEXT);
  });

  it('retries a 500 until delivered and logs each failure without the token', async () => {
    fake().on('sendMessage', (_c, n) =>
      n <= 2 ? { status: 500, body: { ok: false, error_code: 500, description: 'Server error' } } : undefined,
    );
    const id = newChat();
    expect((await post(event(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'))).status).toBe(200);
    const calls = await waitSent(id, 3);
    expect(calls[2]?.body.text).toContain('95%');
    const [line] = await waitLog((l) => String(l.error ?? '').includes('Zalo sendMessage failed (api 500)'));
    expect(line?.event).toBe('send_retry');
    expect(JSON.stringify(worker().logs)).not.toContain(TOKEN);
  });

  it('honours retry_after on every 429', async () => {
    fake().on('sendMessage', (_c, n) =>
      n <= 2
        ? {
            status: 429,
            body: { ok: false, error_code: 429, description: 'Too many', parameters: { retry_after: 1 } },
          }
        : undefined,
    );
    const id = newChat();
    await post(event(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const [first, second, third] = await waitSent(id, 3);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect((third?.at ?? 0) - (second?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('answers at once when the API hangs, logs the timeout and sends again', async () => {
    fake().on('sendMessage', (_c, n) => (n === 1 ? { delayMs: 3000 } : undefined));
    const id = newChat();
    const started = Date.now();
    expect((await post(event(id, 'tỷ lệ BHYT mục tiêu Quảng Ninh'))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await waitLog((l) => String(l.error ?? '').includes('Zalo sendMessage failed (timeout)'));
    await waitSent(id, 2);
    expect(sent(id)[1]?.body.text).toContain('95%');
  });
});
