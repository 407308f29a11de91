/** One structured JSON log line per request (webhooks, API, pages), written when its deferred work is done. */
import type { MiddlewareHandler } from 'hono';
import type { Bindings } from '../env';
import type { AppEnv } from './app-env';

/** Fields a webhook fills in as it learns them; `chat` is a hash, never the id. */
export interface LogFields {
  status?: number;
  update?: string;
  chat?: string;
  outcome?: string;
  intent?: string;
  found?: boolean;
}

/** How long deferred work may run after the response (`waitUntil` allows 30 s; leave room to log). */
export const WORK_BUDGET_MS = 20_000;

/** Short text for an error, without stack or request details: `'sendMessage: 429 Too Many Requests'`. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { method?: unknown; error_code?: unknown; description?: unknown; message?: unknown };
    if (typeof e.method === 'string' && e.error_code !== undefined) {
      return `${e.method}: ${String(e.error_code)} ${String(e.description ?? '')}`.trim();
    }
    // grammY's HttpError keeps the cause (a timeout, a refused connection) in `error`.
    const cause = (error as { error?: { message?: unknown } }).error?.message;
    if (typeof e.message === 'string')
      return typeof cause === 'string' ? `${e.message} (${cause})` : e.message;
  }
  return String(error);
}

/** A request's log line: fields, errors, and the work still running for it. */
export class RequestLog {
  readonly startedAt = Date.now();
  /** Deferred work must finish by then; retries that would overrun it are not attempted. */
  readonly deadline = this.startedAt + WORK_BUDGET_MS;
  private readonly fields: LogFields & Record<string, unknown> = {};
  private readonly errors: string[] = [];
  private readonly pending: Promise<unknown>[] = [];

  constructor(
    private readonly route: string,
    private readonly secrets: readonly string[],
  ) {}

  /** Adds fields to the line: `log.set({ outcome: 'answered', intent: 'target' })`. */
  set(fields: LogFields): void {
    Object.assign(this.fields, fields);
  }

  /** Records an error; secrets are masked because error texts can carry URLs with the bot token. */
  error(where: string, error: unknown): void {
    this.errors.push(`${where}: ${this.redact(describeError(error))}`);
  }

  /** Runs `work` after the response; its failure is logged, never thrown. */
  defer(work: Promise<unknown>): void {
    this.pending.push(work.catch((error: unknown) => this.error('work', error)));
  }

  /** Sets `chat` to a keyed hash of the chat id, so logs can follow a chat without naming it. */
  async hashChat(chatId: string | number): Promise<void> {
    const salt = this.secrets.find(Boolean) ?? 'cam-ket';
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(salt),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(String(chatId)));
    const hex = [...new Uint8Array(mac).slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
    this.set({ chat: hex });
  }

  /** Waits for the deferred work, then writes the line. */
  async finish(): Promise<void> {
    await Promise.all(this.pending);
    const line = {
      level: this.errors.length ? 'error' : 'info',
      route: this.route,
      ...this.fields,
      latencyMs: Date.now() - this.startedAt,
      ...(this.errors.length ? { error: this.errors.join('; ') } : {}),
    };
    console.log(JSON.stringify(line));
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) if (secret) out = out.split(secret).join('[redacted]');
    return out;
  }
}

/**
 * Opens the request's log and closes it after the response: through `waitUntil` in a Worker, so deferred
 * replies keep running, and inline where there is no execution context (plain `app.request()` tests).
 * `secrets` lists values to mask in error texts and keys the chat hash.
 */
export function requestLogger<E extends AppEnv>(
  route: string,
  secrets: (env: Bindings) => Array<string | undefined>,
): MiddlewareHandler<E> {
  return async (c, next) => {
    const log = new RequestLog(
      route,
      secrets(c.env ?? {}).filter((s): s is string => !!s),
    );
    c.set('log', log);
    await next();
    log.set({ status: c.res.status });
    const done = log.finish();
    let ctx: { waitUntil(work: Promise<unknown>): void } | undefined;
    try {
      ctx = c.executionCtx;
    } catch {
      // Hono throws when there is no execution context: finish before answering instead.
      ctx = undefined;
    }
    if (ctx) ctx.waitUntil(done);
    else await done;
  };
}
