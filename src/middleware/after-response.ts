/**
 * Work that the reply does not wait for: the request's log line, the usage counters. In a Worker it runs
 * in the request's `waitUntil`, after a turn of the event loop, so the response has left first (an
 * isolate's first `console.log` or D1 call runs cold runtime code: 5–15 ms locally). Without an execution
 * context (a unit test's `app.request`) it runs at once, as before.
 */

/** What it needs of Hono's context. */
export interface WithExecutionContext {
  readonly executionCtx: { waitUntil(p: Promise<unknown>): void };
}

/** The request's `waitUntil`, or undefined where there is none (a unit test's `app.request`). */
export function waitUntilOf(c: WithExecutionContext): ((p: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (p) => ctx.waitUntil(p);
  } catch {
    return undefined;
  }
}

/**
 * Runs `task` beside a reply, kept alive by `wait` (a request's or an object's `waitUntil`); `deferred`, only
 * after a turn of the event loop, so the response leaves first. Without `wait` (a unit test) it runs at
 * once. Its error, thrown or rejected, goes to `onError`: this never throws and nobody awaits it.
 */
export function runBeside(
  task: () => unknown,
  onError: (error: unknown) => void,
  wait?: (p: Promise<unknown>) => void,
  deferred = false,
): void {
  if (!wait) {
    try {
      const out = task();
      if (out instanceof Promise) out.catch(onError);
    } catch (error) {
      onError(error);
    }
    return;
  }
  const started = deferred ? new Promise((done) => setTimeout(done, 0)).then(task) : (async () => task())();
  wait(started.catch(onError));
}

/** Runs `task` after the response, or now without an execution context; its error goes to `onError`. */
export function afterResponse(
  c: WithExecutionContext,
  task: () => unknown,
  onError: (error: unknown) => void,
): void {
  runBeside(task, onError, waitUntilOf(c), true);
}
