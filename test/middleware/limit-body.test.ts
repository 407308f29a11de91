/** The body limit: what it keeps of a body however it is chunked, and when it stops reading. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import type { AppEnv } from '../../src/middleware/app-env';
import { limitBody, MAX_BODY, readBody } from '../../src/middleware/limit-body';
import { requestLogger } from '../../src/middleware/request-log';

/**
 * A stream of `size` bytes, one per chunk, each a 1-byte view onto its own 4 KiB buffer, as workerd hands
 * a body sent one byte per chunk; `pulled()` counts the chunks read, `cancelled()` says if it was cancelled.
 */
function oneBytePerChunk(size: number, atEnd?: () => void) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === size) {
        atEnd?.();
        return controller.close();
      }
      const chunk = new Uint8Array(new ArrayBuffer(4096), sent % 4096, 1);
      chunk[0] = 0x61 + (sent % 26);
      sent++;
      controller.enqueue(chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => sent, cancelled: () => cancelled };
}

const expected = (size: number) => Uint8Array.from({ length: size }, (_, i) => 0x61 + (i % 26));

describe('readBody', () => {
  it('keeps a body sent one byte per chunk as one buffer of its size, no chunk buffer', async () => {
    for (const declared of [undefined, 5_000]) {
      const body = await readBody(oneBytePerChunk(5_000).stream, declared);
      if (body === 'too_large') throw new Error('refused');
      expect(body.byteLength).toBe(5_000);
      // The bytes live in a buffer exactly the body's size: no 4 KiB chunk buffer is kept, however many.
      expect(body.buffer.byteLength).toBe(5_000);
      expect(body).toEqual(expected(5_000));
    }
  });

  it('holds no chunk while it reads: memory stays at the body size, not 4 KiB per byte', async () => {
    // A full collection on demand, so what is measured is what is still referenced, not garbage.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const held = () => {
      gc();
      return process.memoryUsage().arrayBuffers;
    };
    const size = 16_000;
    // The count is process-wide, and test files run side by side: the least of three reads is this one's.
    const grown: number[] = [];
    for (let run = 0; run < 3; run++) {
      const before = held();
      let atEnd = 0;
      // Measured when the last byte has been read: keeping the chunks would hold 16,000 × 4 KiB = 62.5 MB.
      const body = await readBody(oneBytePerChunk(size, () => (atEnd = held())).stream);
      expect(body).toEqual(expected(size));
      grown.push(atEnd - before);
    }
    // Measured: under 6 MB here, 62.5 MB when every chunk is kept.
    expect(Math.min(...grown)).toBeLessThan((size * 4096) / 4);
  });

  it('accepts exactly 64 KB one byte per chunk, in one buffer of 64 KB', async () => {
    const body = await readBody(oneBytePerChunk(MAX_BODY).stream);
    if (body === 'too_large') throw new Error('refused');
    expect(body.buffer.byteLength).toBe(MAX_BODY);
  });

  it('keeps bodies sent in large chunks whole, and an empty one empty', async () => {
    const text = 'x'.repeat(10_000);
    const body = await readBody(new Response(text).body as ReadableStream<Uint8Array>);
    expect(body).toEqual(new TextEncoder().encode(text));
    expect(await readBody(new Response('').body as ReadableStream<Uint8Array>)).toEqual(new Uint8Array(0));
  });

  it('copes with a Content-Length that is wrong or not a number', async () => {
    for (const declared of [10, -1, Number.NaN, 1.5]) {
      const body = await readBody(oneBytePerChunk(3_000).stream, declared);
      expect(body).toEqual(expected(3_000));
    }
  });

  it('refuses one byte over 64 KB, after reading a little further rather than stalling', async () => {
    const over = oneBytePerChunk(MAX_BODY + 1);
    expect(await readBody(over.stream)).toBe('too_large');
    expect(over.pulled()).toBe(MAX_BODY + 1);
    expect(over.cancelled()).toBe(false);
  });

  it('cancels an over-long body after a bounded number of reads, however small its chunks', async () => {
    const hostile = oneBytePerChunk(1024 * 1024);
    expect(await readBody(hostile.stream)).toBe('too_large');
    expect(hostile.cancelled()).toBe(true);
    // 64 KB of reads, then 4,096 more, not the whole megabyte.
    expect(hostile.pulled()).toBeLessThan(MAX_BODY + 4096 + 64);
  });

  it('cancels past 1 MB when the chunks are large', async () => {
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await readBody(stream)).toBe('too_large');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(17 + 2);
  });
});

describe('limitBody', () => {
  const app = new Hono<AppEnv>()
    .use(requestLogger('test', () => []))
    .post('/', limitBody, async (c) => c.json({ size: (await c.req.arrayBuffer()).byteLength }));
  const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    return app.request('/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  };

  it('passes a body sent one byte per chunk on whole', async () => {
    const res = await post(oneBytePerChunk(20_000).stream);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ size: 20_000 });
  });

  it('refuses over 64 KB with 413, by Content-Length or while reading', async () => {
    const declared = await post('x', { 'content-length': String(MAX_BODY + 1) });
    expect(declared.status).toBe(413);
    const streamed = await post(oneBytePerChunk(MAX_BODY + 10).stream);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: 'Nội dung quá lớn.' });
  });
});
