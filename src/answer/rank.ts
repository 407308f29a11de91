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

/** How much of the query (weighted by rarity) a document holds, best over the query's variants, 0…1. */
export function coverage(topic: string, docTerms: Set<string>, stats: TermStats): number {
  let best = 0;
  for (const v of variants(topic)) {
    const wanted = [...new Set([...v, ...bigrams(v)])];
    let total = 0;
    let got = 0;
    for (const t of wanted) {
      const w = stats.idf(t) * (t.includes('_') ? 1 : 0.6);
      total += w;
      if (docTerms.has(t)) got += w;
    }
    if (total > 0) best = Math.max(best, got / total);
  }
  return best;
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
  const out: Candidate[] = [];
  for (const h of hits) {
    const doc = index.docs.get(String(h.id));
    if (!doc) continue;
    const c = coverage(topic, stats.terms.get(doc.id) ?? new Set(), stats);
    out.push({ doc, coverage: c, rank: c + 0.15 * (h.score / top) + bonus(doc) });
  }
  return out.sort((a, b) => b.rank - a.rank || a.doc.id.localeCompare(b.doc.id));
}
