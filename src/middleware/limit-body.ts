/** The 64 KB request body limit shared by the webhooks and the API. */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** Largest body accepted: real Telegram and Zalo updates and API questions are a few kilobytes. */
export const MAX_BODY = 64 * 1024;

/** Past this, an over-long streamed body is cancelled rather than read to its end. */
const MAX_DRAIN = 1024 * 1024;

/**
 * …or past this many reads once it is over `MAX_BODY`: each read costs the same whatever its size, and
 * 1 MB sent one byte per chunk took 37 s to drain locally. 4,096 reads drain 1 MB in 256-byte chunks.
 */
const MAX_DRAIN_READS = 4096;

/** The buffer's first size when the body's length is not declared; it doubles as needed, up to `MAX_BODY`. */
const FIRST_CAPACITY = 4 * 1024;

const capacityFor = (declared: number | undefined) =>
  declared !== undefined && Number.isSafeInteger(declared) && declared >= 0
    ? Math.min(declared, MAX_BODY)
    : FIRST_CAPACITY;

/**
 * Reads a body stream into one buffer exactly its size, or answers `'too_large'` past `MAX_BODY` (after
 * reading on to 1 MB or 4,096 more reads, then cancelling). `declared` is the Content-Length, used to size the buffer up front.
 *
 * @example
 * await readBody(new Response('{"q":"bhyt"}').body!) // → Uint8Array(12), its .buffer 12 bytes long
 */
export async function readBody(
  body: ReadableStream<Uint8Array>,
  declared?: number,
): Promise<Uint8Array | 'too_large'> {
  // Every chunk is copied into this one buffer and dropped: workerd hands a body sent one byte per chunk
  // as 1-byte views onto 4 KiB buffers, so keeping the chunks would keep 4 KiB per byte sent (250 MB
  // for a legal 64 KB body, twice the isolate's memory).
  let buffer = new Uint8Array(capacityFor(declared));
  let size = 0;
  let drainReads = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const end = size + value.byteLength;
    if (end > MAX_BODY) drainReads++;
    if (end > MAX_DRAIN || drainReads > MAX_DRAIN_READS) {
      await reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    if (end <= MAX_BODY) {
      if (end > buffer.byteLength) {
        const grown = new Uint8Array(Math.min(MAX_BODY, Math.max(end, buffer.byteLength * 2)));
        grown.set(buffer.subarray(0, size));
        buffer = grown;
      }
      buffer.set(value, size);
    } else if (buffer.byteLength) {
      // Refused already: what is left is only read to the end, so the buffer can go.
      buffer = new Uint8Array(0);
    }
    size = end;
  }
  if (size > MAX_BODY) return 'too_large';
  return size === buffer.byteLength ? buffer : buffer.slice(0, size);
}

/**
 * Refuses bodies over 64 KB with 413 before anything parses them: by Content-Length when given, else while
 * reading the stream. An over-long stream is read on (and thrown away) up to 1 MB before answering, because
 * workerd stalls a connection whose request body was left half read (Hono's `bodyLimit` does that); a
 * longer one, or one that takes too many reads, is cancelled. What passes is held as one buffer of the body's size, however it was chunked.
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
  const read = await readBody(body, length === undefined ? undefined : Number(length));
  if (read === 'too_large') return tooLarge();
  c.req.raw = new Request(c.req.raw, { body: read });
  await next();
};
