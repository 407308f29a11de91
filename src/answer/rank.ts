/** Retrieval and re-ranking: MiniSearch finds candidates, phrase coverage decides how sure we are. */
import { analyze, bigrams, variants } from '../search/analyze';
import type { SearchDoc } from '../search/documents';
import type { Hit, SearchIndex } from '../search/index';

/** Per-document term sets and term weights, computed once per corpus. */
export interface TermStats {
  terms: Map<string, Set<string>>;
  idf: (term: string) => number;
}

/** Term statistics over the documents' own words and headings. */
export function termStats(index: SearchIndex): TermStats {
  const terms = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const doc of index.docs.values()) {
    const set = new Set(analyze(`${doc.text} ${doc.context}`));
    terms.set(doc.id, set);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = index.docs.size;
  return { terms, idf: (t) => Math.log(1 + n / ((df.get(t) ?? 0) + 0.5)) };
}

/** One reading of the query: its terms with their weights (rarity, phrases over single syllables). */
type Reading = { terms: string[]; weights: number[]; total: number };

/** The query's readings, weighed once per ranking rather than once per candidate document. */
export function readings(topic: string, stats: TermStats): Reading[] {
  return variants(topic).map((v) => {
    const terms = [...new Set([...v, ...bigrams(v)])];
    const weights = terms.map((t) => stats.idf(t) * (t.includes('_') ? 1 : 0.6));
    return { terms, weights, total: weights.reduce((a, b) => a + b, 0) };
  });
}

/** How much of the query (weighted by rarity) a document holds, best over the query's readings, 0…1. */
export function coverageOf(query: readonly Reading[], docTerms: Set<string>): number {
  let best = 0;
  for (const { terms, weights, total } of query) {
    if (total <= 0) continue;
    let got = 0;
    for (const [i, t] of terms.entries()) if (docTerms.has(t)) got += weights[i] ?? 0;
    best = Math.max(best, got / total);
  }
  return best;
}

/** `coverageOf` for a single document: `coverage('tỷ lệ bhyt', terms, stats)`. */
export function coverage(topic: string, docTerms: Set<string>, stats: TermStats): number {
  return coverageOf(readings(topic, stats), docTerms);
}

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
): Candidate[] {
  if (!topic.trim()) return [];
  const hits = index.search(topic, filter).slice(0, limit);
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
