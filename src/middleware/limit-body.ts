/** The 64 KB request body limit shared by the webhooks and the API. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** Largest body accepted: real Telegram and Zalo updates and API questions are a few kilobytes. */
export const MAX_BODY = 64 * 1024;

/** Past this, an over-long streamed body is cancelled rather than read to its end. */
const MAX_DRAIN = 1024 * 1024;

/**
 * Refuses bodies over 64 KB with 413 before anything parses them: by Content-Length when given, else while
 * reading the stream. An over-long stream is read on (and thrown away) up to 1 MB before answering, because
 * workerd stalls a connection whose request body was left half read (Hono's `bodyLimit` does that); a
 * longer one is cancelled.
 */
export const limitBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const tooLarge = () => {
    c.var.log.set({ outcome: 'too_large' });
    return c.json({ error: 'Nội dung quá lớn.' }, 413);
  };
  const length = c.req.header('content-length');
  if (length !== undefined && !(Number(length) <= MAX_BODY)) return tooLarge();
  const body = c.req.raw.body;
  if (!body) return next();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DRAIN) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    if (size <= MAX_BODY) chunks.push(value);
  }
  if (size > MAX_BODY) return tooLarge();
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  c.req.raw = new Request(c.req.raw, { body: whole });
  await next();
};
