/** The checks every webhook request passes before any work: secret, size, JSON shape. */
import type { MiddlewareHandler } from 'hono';
import type { ChannelBindings, ChannelEnv } from './channel-env';

/**
 * Compares a received secret with the expected one in time that depends only on the expected length:
 * every byte is visited and differences are OR-ed, so an attacker cannot learn a prefix from timing.
 * `safeEqual('abc', 'abc')` → `true`.
 */
export function safeEqual(received: string, expected: string): boolean {
  // UTF-16 code units, not UTF-8 bytes: an encoder maps every lone surrogate to the same U+FFFD.
  let diff = received.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (received.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return diff === 0;
}

/**
 * Lets a request through only with the right secret header: 401 without reading the body otherwise,
 * 503 when the Worker has no secret or token configured (the channel is not set up, nothing to check against).
 */
export function requireSecret(
  header: string,
  config: (env: ChannelBindings) => { secret?: string; token?: string },
): MiddlewareHandler<ChannelEnv> {
  return async (c, next) => {
    const { secret, token } = config(c.env ?? {});
    if (!secret || !token) {
      c.var.log.set({ outcome: 'not_configured' });
      return c.json({ error: 'Kênh này chưa được cấu hình.' }, 503);
    }
    if (!safeEqual(c.req.header(header) ?? '', secret)) {
      c.var.log.set({ outcome: 'unauthorized' });
      return c.json({ error: 'Sai mã bí mật.' }, 401);
    }
    await next();
  };
}

/** A zod-like schema: anything with `safeParse` (zod/mini schemas are). */
interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** Parses the body as JSON and checks its shape; 400 for malformed JSON or a wrong shape. */
export async function readUpdate<T>(
  c: { req: { json(): Promise<unknown> } },
  schema: Schema<T>,
): Promise<{ ok: true; update: T } | { ok: false; reason: 'bad_json' | 'bad_shape' }> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, reason: 'bad_json' };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, update: parsed.data } : { ok: false, reason: 'bad_shape' };
}
