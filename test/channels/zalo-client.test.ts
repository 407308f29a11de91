/** The Zalo Bot API client against a fake server: URL shape, payloads, typed errors, timeouts, one retry. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ZaloApiError, ZaloBotClient } from '../../src/channels/zalo/client';
import { FakeBotApi } from './fake-bot-api';

const TOKEN = '12345:secret-zalo-token';
let fake: FakeBotApi;
beforeAll(async () => {
  fake = await FakeBotApi.start('zalo');
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = (extra: Partial<ConstructorParameters<typeof ZaloBotClient>[0]> = {}) =>
  new ZaloBotClient({ token: TOKEN, apiRoot: fake.url, timeoutMs: 500, ...extra });

async function failure(promise: Promise<unknown>): Promise<ZaloApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZaloApiError);
  return error as ZaloApiError;
}

describe('ZaloBotClient', () => {
  it('posts JSON to <root>/bot<token>/<method> and returns the result', async () => {
    const c = client();
    expect(await c.getMe()).toMatchObject({ id: '42' });
    expect(await c.sendMessage('chat-9', 'Xin chào')).toMatchObject({ message_id: 'm1' });
    await c.sendChatAction('chat-9');
    expect(await c.setWebhook('https://example.test/zalo', 'a-secret-token')).toMatchObject({
      url: 'https://example.test/zalo',
    });
    expect(await c.getWebhookInfo()).toMatchObject({ url: 'https://example.test/zalo' });
    expect(fake.calls.map((x) => [x.method, x.token])).toEqual([
      ['getMe', TOKEN],
      ['sendMessage', TOKEN],
      ['sendChatAction', TOKEN],
      ['setWebhook', TOKEN],
      ['getWebhookInfo', TOKEN],
    ]);
    expect(fake.calls[1]?.body).toEqual({ chat_id: 'chat-9', text: 'Xin chào' });
    expect(fake.calls[2]?.body).toEqual({ chat_id: 'chat-9', action: 'typing' });
    expect(fake.calls[3]?.body).toEqual({ url: 'https://example.test/zalo', secret_token: 'a-secret-token' });
  });

  it('throws a typed api error for ok:false, without the token in its message', async () => {
    fake.on('sendMessage', () => ({
      status: 200,
      body: { ok: false, error_code: 401, description: 'Invalid token' },
    }));
    const e = await failure(client().sendMessage('c', 'x'));
    expect(e.kind).toBe('api');
    expect(e.errorCode).toBe(401);
    expect(e.method).toBe('sendMessage');
    expect(e.message).toBe('Zalo sendMessage failed (api 200): Invalid token');
    expect(`${e.message} ${e.stack}`).not.toContain(TOKEN);
  });

  it('classifies a 5xx without a JSON body as http', async () => {
    fake.on('getMe', () => ({ status: 502, body: '<html>Bad gateway</html>' }));
    const e = await failure(client().getMe());
    expect(e.kind).toBe('http');
    expect(e.status).toBe(502);
  });

  it('times out', async () => {
    fake.on('getMe', () => ({ delayMs: 1500 }));
    const started = Date.now();
    const e = await failure(client().getMe());
    expect(e.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('reports an unreachable server as a network error', async () => {
    const e = await failure(
      new ZaloBotClient({ token: TOKEN, apiRoot: 'http://127.0.0.1:9', timeoutMs: 500 }).getMe(),
    );
    expect(e.kind).toBe('network');
  });

  it('retries a 429 once when told how long to wait, and only once', async () => {
    fake.on('sendMessage', () => ({
      status: 429,
      body: { ok: false, error_code: 429, description: 'Slow down', parameters: { retry_after: 0.2 } },
    }));
    const waits: Array<number | undefined> = [];
    const e = await failure(
      client({
        retryWait: (s) => {
          waits.push(s);
          return 200;
        },
      }).sendMessage('c', 'x'),
    );
    expect(e.kind).toBe('rate_limited');
    expect(e.retryAfter).toBe(0.2);
    expect(waits).toEqual([0.2]);
    expect(fake.callsTo('sendMessage')).toHaveLength(2);
  });

  it('does not retry a 429 without a retry policy', async () => {
    fake.on('sendMessage', () => ({
      status: 429,
      body: { ok: false, error_code: 429, description: 'Slow down' },
    }));
    await failure(client().sendMessage('c', 'x'));
    expect(fake.callsTo('sendMessage')).toHaveLength(1);
  });
});
