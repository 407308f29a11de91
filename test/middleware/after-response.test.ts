import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { afterResponse, runBeside } from '../../src/middleware/after-response';
import type { AppEnv } from '../../src/middleware/app-env';
import { requestLogger } from '../../src/middleware/request-log';

/** An execution context that keeps what it is given, as the Workers runtime does. */
function executionContext() {
  const waiting: Promise<unknown>[] = [];
  return {
    waiting,
    ctx: {
      waitUntil: (p: Promise<unknown>) => void waiting.push(p),
      passThroughOnException: () => {},
      props: {},
    } as unknown as ExecutionContext,
  };
}

describe('afterResponse', () => {
  it('runs the task after the handler has returned, inside waitUntil', async () => {
    const { waiting, ctx } = executionContext();
    const order: string[] = [];
    const app = new Hono().get('/', (c) => {
      afterResponse(
        c,
        () => order.push('task'),
        () => order.push('error'),
      );
      order.push('response');
      return c.text('ok');
    });
    const res = await app.fetch(new Request('http://x/'), {}, ctx);
    expect(await res.text()).toBe('ok');
    expect(order).toEqual(['response']);
    expect(waiting).toHaveLength(1);
    await Promise.all(waiting);
    expect(order).toEqual(['response', 'task']);
  });

  it('runs the task at once without an execution context, and reports its error', async () => {
    const errors: unknown[] = [];
    const app = new Hono().get('/', (c) => {
      afterResponse(
        c,
        () => {
          throw new Error('boom');
        },
        (e) => errors.push(e),
      );
      return c.text('ok');
    });
    await app.request('/');
    expect(String(errors[0])).toContain('boom');
  });

  it("writes the request's log line after the response, with the latency up to the response", async () => {
    const { waiting, ctx } = executionContext();
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const app = new Hono<AppEnv>()
      .use(
        '*',
        requestLogger('api', () => []),
      )
      .get('/', (c) => c.text('ok'));
    await app.fetch(new Request('http://x/'), {}, ctx);
    expect(lines).toHaveLength(0);
    await Promise.all(waiting);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ route: 'api', status: 200, level: 'info' });
    vi.restoreAllMocks();
  });
});

describe('runBeside (what the chat object writes beside a reply)', () => {
  it('starts at once unless deferred, is kept alive by wait, and routes a rejection to onError', async () => {
    const waiting: Promise<unknown>[] = [];
    const order: string[] = [];
    runBeside(
      async () => {
        order.push('now');
      },
      () => order.push('error'),
      (p) => void waiting.push(p),
    );
    runBeside(
      () => order.push('later'),
      () => order.push('error'),
      (p) => void waiting.push(p),
      true,
    );
    runBeside(
      async () => {
        throw new Error('D1 down');
      },
      (e) => order.push(`error: ${(e as Error).message}`),
      (p) => void waiting.push(p),
    );
    order.push('returned');
    await Promise.all(waiting);
    expect(order).toEqual(['now', 'returned', 'error: D1 down', 'later']);
    expect(waiting).toHaveLength(3);
  });
  it('without wait runs at once and never throws', () => {
    const errors: unknown[] = [];
    expect(() =>
      runBeside(
        () => {
          throw new Error('sync');
        },
        (e) => errors.push(e),
      ),
    ).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
