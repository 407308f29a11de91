/**
 * One turn at a time per chat within an isolate. A turn reads the chat's state, decides, and writes it back;
 * two turns of one chat interleaving would lose an update (a rate count, a seen id, the province just set).
 * KV has no transactions, so this is what keeps a burst from one chat consistent.
 */

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier `work` for the same `key` has settled, whatever their outcome:
 * `await withChatLock('tg:77', () => decideAndSave())`.
 */
export async function withChatLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    // The last turn of a burst removes the entry, so the map only holds chats with work in flight.
    if (tails.get(key) === tail) tails.delete(key);
  }
}
