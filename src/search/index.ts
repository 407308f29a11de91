/** The MiniSearch index over a corpus: one options object for build and load. */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
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
    prefix: false,
    combineWith: 'OR',
  },
};

/** A search hit with the stored fields. */
export type Hit = SearchResult & { kind: SearchDoc['kind']; planId: string; province: string };

/** The index and the documents it was built from. */
export interface SearchIndex {
  docs: Map<string, SearchDoc>;
  search(query: string, filter?: (hit: Hit) => boolean): Hit[];
  toJSON(): unknown;
}

function wrap(mini: MiniSearch<SearchDoc>, docs: SearchDoc[]): SearchIndex {
  return {
    docs: new Map(docs.map((d) => [d.id, d])),
    search: (query, filter) => mini.search(query, filter ? { filter: (r) => filter(r as Hit) } : {}) as Hit[],
    toJSON: () => mini.toJSON(),
  };
}

/** Builds the index: `buildIndex(corpus).search('bhyt quảng ninh')`. */
export function buildIndex(corpus: Corpus): SearchIndex {
  const docs = documentsOf(corpus);
  const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  mini.addAll(docs);
  return wrap(mini, docs);
}

/** Loads a prebuilt index (from `buildIndex(corpus).toJSON()`) for the same corpus. */
export function loadIndex(corpus: Corpus, json: string): SearchIndex {
  return wrap(MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS), documentsOf(corpus));
}
