/** The MiniSearch index over a corpus: one options object for build and load. */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
import type { Corpus } from '../schema/records';
import { analyze } from './analyze';
import { CompactShard } from './compact-shard';
import { documentsOf, type SearchDoc } from './documents';

/** Index options shared by build and `loadJSON`, so a prebuilt index reads back the same. */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['text', 'context', 'agencies'],
  storeFields: ['kind', 'planId', 'province'],
  tokenize: (text) => analyze(text),
  // The analyzer has already folded and expanded; terms pass through as they are.
  processTerm: (term) => term,
  searchOptions: {
    boost: { text: 3, context: 1, agencies: 1.5 },
    // Fuzzy matching only for longer single syllables; bigrams and figures must match exactly.
    fuzzy: (term) => (term.length >= 6 && !term.includes('_') && !/\d/.test(term) ? 0.2 : false),
    // One edit at most: enough for a typo, and a wide fuzzy search is the slowest part of a query.
    maxFuzzy: 1,
    prefix: false,
    combineWith: 'OR',
  },
};

/** A search hit with the stored fields. */
export type Hit = SearchResult & { kind: SearchDoc['kind']; planId: string; province: string };

/** One plan's MiniSearch index as `toJSON()` gives it: what ingest ships and `loadShard` reads back. */
export type ShardJSON = AsPlainObject;

/** The index (one MiniSearch shard per plan) and the documents it was built from. */
export interface SearchIndex {
  docs: Map<string, SearchDoc>;
  /** Hits best first; `planIds` limits the search to those plans' shards. */
  search(
    query: string,
    filter?: (hit: Hit) => boolean,
    options?: SearchOptions,
    planIds?: Iterable<string>,
  ): Hit[];
  toJSON(): Record<string, ShardJSON>;
}

// One shard per plan: a question about one province only walks that plan's postings, which is most of
// the cost of a query. Scores are compared across shards only to order candidates, which coverage then
// re-ranks with corpus-wide statistics. `shardOf` may load a shard on first use: a question then pays
// only for the plans it is about.
function wrap(
  planIds: readonly string[],
  shardOf: (planId: string) => MiniSearch<SearchDoc> | undefined,
  docs: SearchDoc[],
): SearchIndex {
  return {
    docs: new Map(docs.map((d) => [d.id, d])),
    search: (query, filter, options = {}, scope = planIds) => {
      const opts = filter ? { ...options, filter: (r: SearchResult) => filter(r as Hit) } : options;
      const hits: Hit[] = [];
      for (const id of scope) hits.push(...((shardOf(id)?.search(query, opts) ?? []) as Hit[]));
      return hits.sort((a, b) => b.score - a.score);
    },
    toJSON: () =>
      Object.fromEntries(
        planIds.flatMap((id) => {
          const shard = shardOf(id);
          return shard ? [[id, shard.toJSON()] as const] : [];
        }),
      ),
  };
}

/** One plan's shard, built from its documents: `buildShard(docs).search('bhyt')`. */
export function buildShard(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  mini.addAll(docs);
  return mini;
}

/**
 * A shard from its `toJSON()` form (parsed, or as JSON text) or from the compact form ingest writes, which
 * also needs the plan's documents, in order: `loadShard(compact, docs)`.
 */
export function loadShard(
  js: ShardJSON | string | CompactShard,
  docs: readonly SearchDoc[] = [],
): MiniSearch<SearchDoc> {
  if (js instanceof CompactShard) return js.load(docs, INDEX_OPTIONS);
  return MiniSearch.loadJS<SearchDoc>(typeof js === 'string' ? JSON.parse(js) : js, INDEX_OPTIONS);
}

const byPlan = (docs: readonly SearchDoc[]) => {
  const out = new Map<string, SearchDoc[]>();
  for (const d of docs) {
    const plan = out.get(d.planId);
    if (plan) plan.push(d);
    else out.set(d.planId, [d]);
  }
  return out;
};

/** Builds the index: `buildIndex(corpus).search('bhyt quảng ninh')`. */
export function buildIndex(corpus: Corpus): SearchIndex {
  const docs = documentsOf(corpus);
  const plans = byPlan(docs);
  const shards = new Map(corpus.plans.map((p) => [p.plan.id, buildShard(plans.get(p.plan.id) ?? [])]));
  return wrap([...shards.keys()], (id) => shards.get(id), docs);
}

/**
 * An index over prebuilt shards (`shards.get(planId)()` gives the shard's JSON, parsed or as text, or its
 * compact form), each loaded on the first search that needs it and kept:
 * `prebuiltIndex(corpus, shards).search('bhyt', …, ['qn'])` loads only Quảng Ninh's.
 */
export function prebuiltIndex(
  corpus: Corpus,
  shards: ReadonlyMap<string, () => ShardJSON | string | CompactShard>,
): SearchIndex {
  const docs = documentsOf(corpus);
  let plans: Map<string, SearchDoc[]> | undefined;
  const loaded = new Map<string, MiniSearch<SearchDoc>>();
  const shardOf = (id: string) => {
    let mini = loaded.get(id);
    const source = shards.get(id);
    if (!mini && source) {
      plans ??= byPlan(docs);
      mini = loadShard(source(), plans.get(id));
      loaded.set(id, mini);
    }
    return mini;
  };
  return wrap(
    corpus.plans.map((p) => p.plan.id),
    shardOf,
    docs,
  );
}

/** Loads a prebuilt index (from `JSON.stringify(buildIndex(corpus).toJSON())`) for the same corpus. */
export function loadIndex(corpus: Corpus, json: string): SearchIndex {
  const parsed = JSON.parse(json) as Record<string, ShardJSON>;
  return prebuiltIndex(corpus, new Map(Object.entries(parsed).map(([id, js]) => [id, () => js] as const)));
}
