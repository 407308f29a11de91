/**
 * Making one decided call on a Bot API, once, with a timeout: the outbox decides about retries. Failures
 * come back classified (status, `retry_after`, cause), never thrown.
 */
import { Api, GrammyError, HttpError } from 'grammy';
import { ZaloApiError, ZaloBotClient } from '../zalo/client';
import type { ApiCall } from './api-call';
import type { SendFailure } from './policy';

/** A call's outcome. */
export type SendResult = { ok: true } | ({ ok: false } & SendFailure);

/** Sends decided calls of one channel. */
export interface Transport {
  send(call: ApiCall): Promise<SendResult>;
}

/** Where and how to reach a Bot API. */
export interface TransportOptions {
  token: string;
  apiRoot: string;
  timeoutMs: number;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Telegram through grammY's `Api` (its own timeout), one attempt per call. */
export function telegramTransport(options: TransportOptions): Transport {
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: options.timeoutMs / 1000 });
  const raw = api.raw as unknown as Record<string, (payload: Record<string, unknown>) => Promise<unknown>>;
  return {
    async send(call) {
      try {
        const method = raw[call.method];
        if (!method) return { ok: false, status: 400, reason: `${call.method}: unknown method` };
        await method(call.payload);
        return { ok: true };
      } catch (error) {
        if (error instanceof GrammyError) {
          return {
            ok: false,
            status: error.error_code,
            retryAfter: error.parameters.retry_after,
            reason: `${call.method}: ${error.error_code} ${error.description}`.slice(0, 200),
          };
        }
        // A reset, a refused connection, a timeout: no answer, worth retrying.
        const cause = error instanceof HttpError ? describe(error.error) : describe(error);
        return { ok: false, reason: `${call.method}: ${cause}`.slice(0, 200) };
      }
    },
  };
}

/** Zalo through the axios client, one attempt per call. */
export function zaloTransport(options: TransportOptions): Transport {
  const client = new ZaloBotClient({
    token: options.token,
    apiRoot: options.apiRoot,
    timeoutMs: options.timeoutMs,
  });
  return {
    async send(call) {
      try {
        await client.callOnce(call.method, call.payload);
        return { ok: true };
      } catch (error) {
        if (error instanceof ZaloApiError) {
          // An API refusal without an HTTP error status (200 with ok: false) is a 400 in effect.
          const status =
            error.kind === 'rate_limited' ? 429 : (error.status ?? (error.kind === 'api' ? 400 : undefined));
          return {
            ok: false,
            status: status !== undefined && status < 300 ? 400 : status,
            retryAfter: error.retryAfter,
            reason: error.message.slice(0, 200),
          };
        }
        return { ok: false, reason: `${call.method}: ${describe(error)}`.slice(0, 200) };
      }
    },
  };
}
