/** One structured JSON log line per request (webhooks, API, pages), written after the response. */
import type { MiddlewareHandler } from 'hono';
import type { Bindings } from '../env';
import { afterResponse } from './after-response';
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

/** A request's log line: its fields and errors. */
export class RequestLog {
  readonly startedAt = Date.now();
  private readonly fields: LogFields & Record<string, unknown> = {};
  private readonly errors: string[] = [];

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

  /** Writes the line; `endedAt` is when the response was ready (the line may be written later). */
  finish(endedAt = Date.now()): void {
    const line = {
      level: this.errors.length ? 'error' : 'info',
      route: this.route,
      ...this.fields,
      latencyMs: endedAt - this.startedAt,
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

/** A log line that could not be written: nothing else to tell, the reply has gone. */
const logFailure = (error: unknown) => console.error('request-log', describeError(error));

/**
 * Opens the request's log and writes it once the response is ready (a handler's error included: Hono has
 * turned it into the 500 by then). `secrets` lists values to mask in error texts.
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
    const endedAt = Date.now();
    afterResponse(c, () => log.finish(endedAt), logFailure);
  };
}
