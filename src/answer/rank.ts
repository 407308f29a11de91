/** Retrieval and re-ranking: MiniSearch finds candidates, phrase coverage decides how sure we are. */
import { analyze, plainTerms, queryTerms } from '../search/analyze';
import type { SearchDoc } from '../search/documents';
import type { Hit, SearchIndex } from '../search/index';

/** Per-document term sets and term weights, computed once per corpus. */
export interface TermStats {
  terms: Map<string, Set<string>>;
  idf: (term: string) => number;
  /** Whether a bigram ("xa_hoi") is a phrase the plans use. */
  known: (term: string) => boolean;
}

/** Term statistics over the documents' own words and headings. */
export function termStats(index: SearchIndex): TermStats {
  const terms = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const doc of index.docs.values()) {
    // Synonyms are expanded on the query side only, so a record is not credited with words it lacks.
    const set = new Set(plainTerms(`${doc.text} ${doc.context}`));
    terms.set(doc.id, set);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = index.docs.size;
  return {
    terms,
    idf: (t) => Math.log(1 + n / ((df.get(t) ?? 0) + 0.5)),
    known: (t) => (df.get(t) ?? 0) >= 2,
  };
}

/** One reading of the query: its terms with their weights. */
interface Reading {
  terms: string[];
  weights: number[];
  total: number;
}

/** The query's readings, weighed once per ranking rather than once per candidate. */
export function readings(topic: string, stats: TermStats): Reading[] {
  return queryTerms(topic).map((terms) => {
    // A concept ("@bhxh") weighs like the phrase it stands for; a bigram more than a syllable.
    const weights = terms.map((t) => stats.idf(t) * (t.startsWith('@') ? 2 : t.includes('_') ? 1 : 0.6));
    return { terms, weights, total: weights.reduce((a, b) => a + b, 0) };
  });
}

/** How much of the query (weighted by rarity) a document holds, best over the readings, 0…1. */
export function coverageOf(query: readonly Reading[], docTerms: Set<string>): number {
  let best = 0;
  for (const { terms, weights, total } of query) {
    if (total <= 0) continue;
    let got = 0;
    for (let i = 0; i < terms.length; i++) if (docTerms.has(terms[i] as string)) got += weights[i] ?? 0;
    best = Math.max(best, got / total);
  }
  return best;
}

/** `coverageOf` for one document: `coverage('ty le bhyt', terms, stats)`. */
export function coverage(topic: string, docTerms: Set<string>, stats: TermStats): number {
  return coverageOf(readings(topic, stats), docTerms);
}

/** How many of a query's terms MiniSearch looks up. */
const MAX_QUERY_TERMS = 12;

/** A ranked candidate. */
export interface Candidate {
  doc: SearchDoc;
  coverage: number;
  rank: number;
}

/** Candidates for `topic` among documents that pass `filter`, best first. */
export function rank(
  topic: string,
  index: SearchIndex,
  stats: TermStats,
  filter: (hit: Hit) => boolean,
  bonus: (doc: SearchDoc) => number = () => 0,
  limit = 80,
  planIds?: Iterable<string>,
): Candidate[] {
  if (!topic.trim()) return [];
  // Candidates come from the query's distinctive terms: a syllable in half the plans' records ("ty",
  // "le") finds nothing new and costs the most; coverage still counts it. Fuzzy matching only for
  // a word the plans never use, which is most likely a typo.
  const hits = index
    .search(
      topic,
      filter,
      {
        // The rarest terms find the candidates; a long question's other terms only slow the OR query down.
        tokenize: (q) =>
          [...new Set(analyze(q))]
            .filter((t) => stats.idf(t) >= 1.2)
            .sort((a, b) => stats.idf(b) - stats.idf(a))
            .slice(0, MAX_QUERY_TERMS),
        fuzzy: (t) => (t.length >= 5 && !t.includes('_') && !/\d/.test(t) && !stats.known(t) ? 0.2 : false),
      },
      planIds,
    )
    .slice(0, limit);
  const top = hits[0]?.score ?? 1;
  const query = readings(topic, stats);
  const out: Candidate[] = [];
  for (const h of hits) {
    const doc = index.docs.get(String(h.id));
    if (!doc) continue;
    const c = coverageOf(query, stats.terms.get(doc.id) ?? new Set());
    out.push({ doc, coverage: c, rank: c + 0.15 * (h.score / top) + bonus(doc) });
  }
  return out.sort((a, b) => b.rank - a.rank || a.doc.id.localeCompare(b.doc.id));
}
