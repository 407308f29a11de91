/**
 * The national corpus as per-province shards under a versioned manifest: what ingest writes and R2 holds.
 * `shardsOf(corpus, '2026-11-30')` → `{ 'manifest.json': …, 'v/2026-11-30/quang-ninh.json': … }`.
 */
import { type CompactPlan, compactPlan, indicatorNames } from '../answer/prebuilt';
import type { Corpus, PlanRecords } from '../schema/records';
import { slug } from '../text/slug';
import { headOf, type PlanHead } from './plan-head';
import { summaryOf } from './summary';

/** The shard format's version: a reader refuses a manifest of another (2: plans prebuilt in the compact form). */
export const SHARD_FORMAT = 2;

/** The key of the manifest in the bucket; every other key is under its `v/<version>/`. */
export const MANIFEST_KEY = 'manifest.json';

/** One province's plans, the agencies they name, and each plan prebuilt (`fromCompact` reads one back). */
export interface ProvinceShard {
  format: typeof SHARD_FORMAT;
  version: string;
  province: string;
  plans: PlanRecords[];
  agencies: Corpus['agencies'];
  prebuilt: Record<string, CompactPlan>;
}

/** A province in the manifest: where its shard is, how big, and its plans' headers (no records). */
export interface ManifestEntry {
  province: string;
  key: string;
  bytes: number;
  /** Only what finding a plan and citing it need: the full facts (documents cited, duties) are in the shard. */
  plans: PlanHead[];
}

/** What the manifest holds: the data version and every province's shard. */
export interface Manifest {
  format: typeof SHARD_FORMAT;
  version: string;
  provinces: ManifestEntry[];
  /** Where the national summary is (`v/<version>/summary.json`): what a question naming no province reads. */
  summary?: { key: string; bytes: number };
}

/** The plans of some provinces, with the agencies that name them. */
export function corpusOf(corpus: Corpus, provinces: readonly string[]): Corpus {
  const plans = corpus.plans.filter((p) => provinces.includes(p.plan.province));
  const ids = new Set(plans.map((p) => p.plan.id));
  const agencies = corpus.agencies
    .map((a) => ({ ...a, planIds: a.planIds.filter((id) => ids.has(id)) }))
    .filter((a) => a.planIds.length > 0);
  return { plans, agencies };
}

/** Every file of a versioned shard set, key → JSON text; the manifest last, so it is uploaded last. */
export function shardsOf(corpus: Corpus, version: string): Map<string, string> {
  const files = new Map<string, string>();
  const nameOf = indicatorNames(corpus);
  const entries: ManifestEntry[] = [];
  for (const province of [...new Set(corpus.plans.map((p) => p.plan.province))]) {
    const part = corpusOf(corpus, [province]);
    const shard: ProvinceShard = {
      format: SHARD_FORMAT,
      version,
      province,
      ...part,
      prebuilt: Object.fromEntries(part.plans.map((p) => [p.plan.id, compactPlan(p, nameOf)])),
    };
    const key = `v/${version}/${slug(province)}.json`;
    const text = JSON.stringify(shard);
    files.set(key, text);
    entries.push({
      province,
      key,
      bytes: new TextEncoder().encode(text).length,
      plans: part.plans.map((p) => headOf(p.plan)),
    });
  }
  const summaryKey = `v/${version}/summary.json`;
  const summary = JSON.stringify(summaryOf(corpus, version));
  files.set(summaryKey, summary);
  const manifest: Manifest = {
    format: SHARD_FORMAT,
    version,
    provinces: entries,
    summary: { key: summaryKey, bytes: new TextEncoder().encode(summary).length },
  };
  files.set(MANIFEST_KEY, JSON.stringify(manifest));
  return files;
}
