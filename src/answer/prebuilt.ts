/**
 * What ingest precomputes per plan so that an isolate answers its first question in a few milliseconds:
 * the plan's MiniSearch shard and its document frequencies. `prebuildPlan(plan, nameOf)` at ingest;
 * `createEngine(corpus, prebuilt)` reads them back, loading each shard on the first question about it.
 */
import type { Corpus, PlanRecords } from '../schema/records';
import { type CompactJSON, CompactShard, encodeShard, type Frequencies } from '../search/compact-shard';
import { documentsOf, type SearchDoc } from '../search/documents';
import { buildShard, loadShard, type SearchIndex, type ShardJSON } from '../search/index';
import { type TermStats, termStats } from './rank';

export type { Frequencies };

/**
 * One plan, prebuilt. Text fields are parsed on first use, so an unused plan costs only its bytes. The
 * bundled plans give both `df` and `index` as one `CompactShard` (src/search/compact-shard.ts).
 */
export interface PrebuiltPlan {
  /** How many documents the plan's shard holds (the `n` of the idf). */
  docs: number;
  df: Frequencies | string | CompactShard;
  index: ShardJSON | string | CompactShard;
}

/** Prebuilt plans by plan id, each read on demand. */
export type Prebuilt = ReadonlyMap<string, () => PrebuiltPlan>;

/** What a record is about (an indicator's name), as the engine gives it to `termStats`. */
export type NameOf = (id: string) => string | undefined;

// `termStats` is the one home of the term statistics; these give it the documents one at a time.
const asIndex = (docs: readonly SearchDoc[]) =>
  ({ docs: new Map(docs.map((d) => [d.id, d])) }) as SearchIndex;

/**
 * A plan's document frequencies, read back from `termStats` (which keeps them behind `idf`): its
 * `idf(t) = ln(1 + n / (df + 0.5))` inverts exactly for whole counts.
 */
function frequencies(docs: readonly SearchDoc[], nameOf: NameOf): Frequencies {
  const stats = termStats(asIndex(docs), nameOf);
  const terms = new Set([...stats.terms.values()].flatMap((set) => [...set]));
  const df: [string, number][] = [];
  for (const t of [...terms].sort()) {
    const count = Math.round(docs.length / Math.expm1(stats.idf(t)) - 0.5);
    if (count > 0) df.push([t, count]);
  }
  return Object.fromEntries(df);
}

/** Prebuilds one plan: `prebuildPlan(plan, nameOf)` → `{ docs: 153, df: {…}, index: {…} }`. */
export function prebuildPlan(
  plan: PlanRecords,
  nameOf: NameOf,
): PrebuiltPlan & { df: Frequencies; index: ShardJSON } {
  const docs = documentsOf({ plans: [plan], agencies: [] });
  return { docs: docs.length, df: frequencies(docs, nameOf), index: buildShard(docs).toJSON() };
}

/** One plan prebuilt in the compact form, as ingest writes it for the bundle and for R2. */
export interface CompactPlan {
  docs: number;
  shard: CompactJSON;
}

/**
 * Prebuilds one plan in the compact form: `compactPlan(plan, nameOf)`. Encoded from the shard as `loadJS`
 * reads it back, so that `fromCompact` builds the very object the JSON form gives.
 */
export function compactPlan(plan: PlanRecords, nameOf: NameOf): CompactPlan {
  const { docs, df, index } = prebuildPlan(plan, nameOf);
  const shard = encodeShard(loadShard(index), documentsOf({ plans: [plan], agencies: [] }), df);
  return { docs, shard };
}

/** A compact plan as the engine takes it: one shard gives both the frequencies and the index. */
export function fromCompact(docs: number, shard: CompactJSON): PrebuiltPlan {
  const compact = new CompactShard(shard);
  return { docs, df: compact, index: compact };
}

type PerDoc = Pick<TermStats, 'terms' | 'own' | 'names'>;

/**
 * A map whose entries are computed on first read: `get(id)` runs `termStats` over that one document,
 * which is all a ranking asks for. Iterating computes every entry first, so it reads like a full map.
 */
class PerDocument<V> extends Map<string, V> {
  constructor(
    private readonly ids: () => Iterable<string>,
    private readonly compute: (id: string) => V | undefined,
  ) {
    super();
  }
  override get(id: string): V | undefined {
    let value = super.get(id);
    if (value === undefined) {
      value = this.compute(id);
      if (value !== undefined) super.set(id, value);
    }
    return value;
  }
  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  private all(): this {
    for (const id of this.ids()) this.get(id);
    return this;
  }
  override get size(): number {
    this.all();
    return super.size;
  }
  override entries(): MapIterator<[string, V]> {
    this.all();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.all();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.all();
    return super.values();
  }
  override forEach(f: (value: V, key: string, map: Map<string, V>) => void): void {
    this.all();
    super.forEach(f);
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/**
 * The engine's term statistics from the plans' prebuilt frequencies: the same numbers `termStats(index)`
 * gives, without reading every document at start. Per-document term sets are computed on first use.
 */
export function prebuiltStats(index: SearchIndex, plans: readonly PrebuiltPlan[], nameOf: NameOf): TermStats {
  // Parsed on the first lookup (JSON.parse of a flat object is the fastest way in), summed per term as asked.
  let tables: (Frequencies | CompactShard)[] | undefined;
  const summed = new Map<string, number>();
  const dfOf = (t: string) => {
    let df = summed.get(t);
    if (df === undefined) {
      tables ??= plans.map((p) => (typeof p.df === 'string' ? JSON.parse(p.df) : p.df));
      df = 0;
      for (const table of tables)
        if (table instanceof CompactShard) df += table.frequency(t);
        else if (Object.hasOwn(table, t)) df += table[t] ?? 0;
      summed.set(t, df);
    }
    return df;
  };
  const n = plans.reduce((sum, p) => sum + p.docs, 0);
  const perDoc = new Map<string, PerDoc>();
  const one = (id: string) => {
    let stats = perDoc.get(id);
    const doc = index.docs.get(id);
    if (!stats && doc) {
      stats = termStats(asIndex([doc]), nameOf);
      perDoc.set(id, stats);
    }
    return stats;
  };
  const ids = () => index.docs.keys();
  return {
    terms: new PerDocument(ids, (id) => one(id)?.terms.get(id)),
    own: new PerDocument(ids, (id) => one(id)?.own.get(id)),
    names: new PerDocument(ids, (id) => one(id)?.names.get(id)),
    // The formulas of `termStats`, over the summed frequencies; test/search/prebuilt.test.ts checks
    // that every term gets the same numbers as `termStats` over the whole corpus.
    idf: (t) => Math.log(1 + n / (dfOf(t) + 0.5)),
    known: (t) => dfOf(t) >= 2,
    used: (t) => dfOf(t) >= 1,
    cohesion: (t) => {
      const [a = '', b = ''] = t.split('_');
      const rarer = Math.min(dfOf(a), dfOf(b));
      return rarer ? dfOf(t) / rarer : 0;
    },
  };
}

/** Every plan of a corpus prebuilt, as `createEngine` takes them: `createEngine(corpus, prebuiltOf(corpus))`. */
export function prebuiltOf(corpus: Corpus): Prebuilt {
  const nameOf = indicatorNames(corpus);
  const plans = corpus.plans.map((p) => [p.plan.id, prebuildPlan(p, nameOf)] as const);
  return new Map(plans.map(([id, plan]) => [id, () => plan]));
}

/** What each indicator is about, for `termStats`: `indicatorNames(corpus)('qn-91/i12')` → "Tỷ lệ …". */
export function indicatorNames(corpus: Corpus): NameOf {
  const names = new Map(corpus.plans.flatMap((p) => p.indicators.map((i) => [i.id, i.name] as const)));
  return (id) => names.get(id);
}
