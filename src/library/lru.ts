/** A cache bounded by the total size of its values, least recently used out first. */

/**
 * `new SizedLru<Engine>(12e6)`: `set(key, value, bytes)` evicts the oldest entries until the sizes fit;
 * `get` marks an entry used. One entry larger than the bound is kept alone rather than refused.
 */
export class SizedLru<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes || oldest === key) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  /** The keys, least recently used first, and the bytes they hold. */
  stats(): { keys: string[]; bytes: number } {
    return { keys: [...this.entries.keys()], bytes: this.total };
  }
}
