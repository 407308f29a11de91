/**
 * A fake Telegram or Zalo Bot API on 127.0.0.1 that records every call (`POST /bot<token>/<method>`) and
 * answers like the real one, or as a test tells it to (500, 429, a slow answer).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded call. */
export interface ApiCall {
  method: string;
  token: string;
  body: Record<string, unknown>;
  at: number;
  /** How the call ended: the status sent, `reset`, or `gave-up` (the client left before the answer). */
  outcome?: string;
}

/** What the fake answers to a call; `n` counts calls to the same method, from 1. */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
  delayMs?: number;
  /** Drop the connection without an answer (a reset). */
  reset?: boolean;
  /** Never answer, and deliver nothing (the connection is dropped after 20 s). */
  hang?: boolean;
}
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;
export type Responder = (call: ApiCall, n: number) => FakeAnswer | undefined;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const telegramDefaults: Responder = (call, n) => {
  if (call.method === 'sendMessage') {
    return {
      body: {
        ok: true,
        result: {
          message_id: 1000 + n,
          date: 1,
          chat: { id: call.body.chat_id, type: 'private' },
          text: call.body.text,
        },
      },
    };
  }
  if (call.method === 'getMe') {
    return {
      body: {
        ok: true,
        result: { id: 123456, is_bot: true, first_name: 'Cam Kết', username: 'camket_test_bot' },
      },
    };
  }
  if (call.method === 'getWebhookInfo') {
    return { body: { ok: true, result: { url: 'https://example.test/telegram', pending_update_count: 0 } } };
  }
  return { body: { ok: true, result: true } };
};

const zaloDefaults: Responder = (call, n) => {
  if (call.method === 'sendMessage') return { body: { ok: true, result: { message_id: `m${n}`, date: 1 } } };
  if (call.method === 'getMe')
    return { body: { ok: true, result: { id: '42', account_name: 'bot.camket' } } };
  if (call.method === 'setWebhook' || call.method === 'getWebhookInfo') {
    return { body: { ok: true, result: { url: 'https://example.test/zalo', updated_at: 1 } } };
  }
  return { body: { ok: true } };
};

/** A running fake; `calls` grows as the Worker talks to it. */
export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  /** Calls answered with a 2xx to a client still waiting: the messages a chat actually received. */
  readonly delivered: ApiCall[] = [];
  private readonly overrides = new Map<string, Responder>();
  private readonly counts = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly defaults: Responder,
  ) {}

  /** Starts a fake of `kind` on a free loopback port. */
  static async start(kind: 'telegram' | 'zalo'): Promise<FakeBotApi> {
    let fake: FakeBotApi | undefined;
    const server = createServer((req, res) => {
      // A client that gave up (its timeout) closes the connection before our answer: nothing was delivered.
      let gaveUp = false;
      res.on('close', () => {
        if (!res.writableFinished) gaveUp = true;
      });
      void fake?.handle(req).then(({ status, body, reset, call }) => {
        if (reset || gaveUp) {
          if (call) call.outcome = gaveUp ? 'gave-up' : 'reset';
          req.socket.destroy();
          return;
        }
        if (call) call.outcome = String(status);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
        if (call && status < 300) fake?.delivered.push(call);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeBotApi(
      server,
      `http://127.0.0.1:${port}`,
      kind === 'telegram' ? telegramDefaults : zaloDefaults,
    );
    return fake;
  }

  /** Answers calls to `method` with `responder` (falling back to the defaults when it returns undefined). */
  on(method: string, responder: Responder): void {
    this.overrides.set(method, responder);
  }

  /** Forgets calls and overrides between tests. */
  reset(): void {
    this.calls.length = 0;
    this.delivered.length = 0;
    this.overrides.clear();
    this.counts.clear();
  }

  /** Calls to one method, optionally for one chat. */
  callsTo(method: string, chatId?: string | number): ApiCall[] {
    return this.calls.filter(
      (c) => c.method === method && (chatId === undefined || String(c.body.chat_id) === String(chatId)),
    );
  }

  /** Waits until `check(calls)` is truthy and returns it, polling; fails after `timeoutMs`. */
  async waitFor<T>(check: (calls: ApiCall[]) => T, timeoutMs = 15_000): Promise<Truthy<T>> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const result = check(this.calls);
      if (result) return result as Truthy<T>;
      if (Date.now() > until)
        throw new Error(
          `fake API: condition not met after ${timeoutMs} ms; ${this.calls.length} calls, last: ${JSON.stringify(this.calls.slice(-3)).slice(0, 1500)}`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Stops the server. */
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; reset?: boolean; call?: ApiCall }> {
    const raw = await readBody(req);
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    if (!m?.[1] || !m[2])
      return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = { raw };
    }
    const call: ApiCall = { method: m[2], token: decodeURIComponent(m[1]), body, at: Date.now() };
    this.calls.push(call);
    const n = (this.counts.get(call.method) ?? 0) + 1;
    this.counts.set(call.method, n);
    const answer = this.overrides.get(call.method)?.(call, n) ?? this.defaults(call, n) ?? {};
    if (answer.hang) {
      await new Promise((r) => setTimeout(r, 20_000).unref());
      return { status: 504, body: {}, reset: true, call };
    }
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    return {
      status: answer.status ?? 200,
      body: answer.body ?? { ok: true, result: true },
      reset: answer.reset,
      call,
    };
  }
}
