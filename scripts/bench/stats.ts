/** Small numeric helpers for the benchmark: percentiles, medians, byte sizes. */
import { gzipSync } from 'node:zlib';

/** A latency distribution in milliseconds. */
export interface Distribution {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile of sorted samples: `percentile([1, 2, 3, 4], 50)` → 2. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/** p50/p95/p99/max/mean of samples (ms). */
export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    mean: sum / Math.max(1, sorted.length),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** The median of a few repeated measurements, the number a noisy machine reports most fairly. */
export function median(samples: readonly number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

/**
 * Whether to repeat a measurement again: always once, then up to `runs` times while less than
 * `budgetMs` has passed since `since`, so the national corpus does not take an hour.
 */
export function again(done: number, runs: number, since: number, budgetMs: number): boolean {
  return done === 0 || (done < runs && performance.now() - since < budgetMs);
}

/** Raw and gzip size of a text or buffer (gzip at zlib's default level, as wrangler reports it). */
export function sizes(content: string | Buffer): { raw: number; gzip: number } {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer).byteLength };
}

/** `1536` → `'1.5 KB'`, `3_200_000` → `'3.2 MB'` (decimal units). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** `0.4321` → `'0.43 ms'`, `1234` → `'1234 ms'`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`;
}
