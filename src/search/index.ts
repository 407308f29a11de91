/** The MiniSearch index over a corpus: one options object for build and load. */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Corpus } from '../schema/records';
import { analyze } from './analyze';
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
  toJSON(): unknown;
}

// One shard per plan: a question about one province only walks that plan's postings, which is most of
// the cost of a query. Scores are compared across shards only to order candidates, which coverage then
// re-ranks with corpus-wide statistics.
function wrap(shards: Map<string, MiniSearch<SearchDoc>>, docs: SearchDoc[]): SearchIndex {
  return {
    docs: new Map(docs.map((d) => [d.id, d])),
    search: (query, filter, options = {}, planIds = shards.keys()) => {
      const opts = filter ? { ...options, filter: (r: SearchResult) => filter(r as Hit) } : options;
      const hits: Hit[] = [];
      for (const id of planIds) hits.push(...((shards.get(id)?.search(query, opts) ?? []) as Hit[]));
      return hits.sort((a, b) => b.score - a.score);
    },
    toJSON: () => Object.fromEntries([...shards].map(([id, mini]) => [id, mini.toJSON()])),
  };
}

/** Builds the index: `buildIndex(corpus).search('bhyt quảng ninh')`. */
export function buildIndex(corpus: Corpus): SearchIndex {
  const docs = documentsOf(corpus);
  const shards = new Map<string, MiniSearch<SearchDoc>>();
  for (const p of corpus.plans) shards.set(p.plan.id, new MiniSearch<SearchDoc>(INDEX_OPTIONS));
  for (const d of docs) shards.get(d.planId)?.add(d);
  return wrap(shards, docs);
}

/** Loads a prebuilt index (from `JSON.stringify(buildIndex(corpus).toJSON())`) for the same corpus. */
export function loadIndex(corpus: Corpus, json: string): SearchIndex {
  const parsed = JSON.parse(json) as Record<string, Parameters<typeof MiniSearch.loadJS>[0]>;
  const shards = new Map(
    Object.entries(parsed).map(([id, js]) => [id, MiniSearch.loadJS<SearchDoc>(js, INDEX_OPTIONS)] as const),
  );
  return wrap(shards, documentsOf(corpus));
}
