/** One bound for every wait on something outside the isolate: a stuck call fails, it never silences a chat. */

/** `work`, or a rejection naming `what` after `ms` milliseconds: `await withTimeout(stub.accept(u), 5000, 'accept')`. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
