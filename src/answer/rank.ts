/** Retrieval and re-ranking: MiniSearch finds candidates, phrase coverage decides how sure we are. */
import { analyze, plainTerms, readingsOf, spellings } from '../search/analyze';
import type { SearchDoc } from '../search/documents';
import type { Hit, SearchIndex } from '../search/index';
import { tokens } from '../text/normalize';
import { TERMS_OF_ART } from '../text/vocabulary';
import { TUNING } from './tuning';

/** The terms of art as the analyzer spells them ("thấp còi" → "thap_coi", "trung_hoc_co_so"). */
export const TERMS_JOINED: readonly string[] = TERMS_OF_ART.map((t) => tokens(t).join('_'));
// Those that are one bigram of the analyzer ("cận nghèo" → "can_ngheo"); a longer one is never one term.
const TERM_BIGRAMS = new Set(TERMS_JOINED.filter((t) => t.split('_').length === 2));

/** Per-document term sets and term weights, computed once per corpus. */
export interface TermStats {
  terms: Map<string, Set<string>>;
  /** Per document, the terms of its own words (no heading), with the concept spellings and rate words. */
  own: Map<string, Set<string>>;
  /** Per document, the syllables of what it is about (an indicator's name, a task's text). */
  names: Map<string, string[]>;
  idf: (term: string) => number;
  /** Whether a bigram ("xa_hoi") is a phrase the plans use. */
  known: (term: string) => boolean;
  /** Whether any record holds the term at all (a word in one record only: "GRDP"). */
  used: (term: string) => boolean;
  /**
   * How much a bigram is a phrase rather than two neighbours, 0…1: its documents over those of its rarer
   * syllable. "ty_le" ≈ 1 (the two go together), "le_bhyt" (from "tỷ lệ BHYT") ≈ 0.
   */
  cohesion: (bigram: string) => number;
}

/** Words of a question about a rate that a record stating a percentage answers without writing them. */
const RATE_TERMS = ['ty', 'le', 'ty_le', 'ti', 'ti_le'];
/** A percentage as the plans write it: "95%", "> 97 %", "0,8%/năm". */
const PERCENT = /\d\s*%/;
/** Words of a question about a yearly figure ("giảm mỗi năm bao nhiêu?") that a figure per year answers. */
const YEARLY_TERMS = ['moi', 'moi_nam', 'hang', 'hang_nam', 'nam'];
/**
 * A figure per year as the plans write it: "3%/ năm", "giảm 1,5% năm", "8.500 lao động/năm"; not "95% năm
 * 2025", where the year is the target's.
 */
const PER_YEAR = /\d\s*%\s*\/?\s*năm\b(?!\s*\d)|\d[^\d/\n]{0,25}\/\s*năm\b/u;

/**
 * What a record says of a rate in the words a question uses without its frame: "giảm tỷ lệ hộ nghèo" says
 * "giảm hộ nghèo" ("giam_ho"), and "tỷ lệ hộ nghèo" is what "số hộ nghèo … bao nhiêu phần trăm" asks
 * ("so_ho"). The bigrams that would stand if "tỷ lệ" were left out, and "số" before its noun.
 */
export function unframedBigrams(syllables: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < syllables.length; i++) {
    if (!/^t[iy]$/.test(syllables[i] ?? '') || syllables[i + 1] !== 'le') continue;
    const next = syllables[i + 2] as string;
    if (!/^[a-z]+$/.test(next)) continue;
    const before = syllables[i - 1];
    if (before && /^[a-z]+$/.test(before)) out.push(`${before}_${next}`);
    out.push(`so_${next}`);
  }
  return out;
}

/** Whether a record's text states a figure per year (see `PER_YEAR`). */
export const statesPerYear = (text: string) => PER_YEAR.test(text);

/**
 * Term statistics over the documents' own words and headings. `nameOf` gives what a record is about (an
 * indicator's name), for precision; by default the document's text.
 */
export function termStats(
  index: SearchIndex,
  nameOf: (id: string) => string | undefined = () => undefined,
): TermStats {
  const terms = new Map<string, Set<string>>();
  const names = new Map<string, string[]>();
  const ownTerms = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const doc of index.docs.values()) {
    // Synonyms are expanded on the query side only, so a record is not credited with words it lacks.
    // A concept only in the heading ("Bảo hiểm xã hội" over a BHTN target) is kept apart: it counts less.
    const own = plainTerms(doc.text);
    const set = new Set([...own, ...plainTerms(doc.context).map((t) => (t.startsWith('@') ? `${t}~` : t))]);
    for (const t of own) set.delete(`${t}~`);
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    // What the record does say, in the question's other words: a concept in both spellings, and "tỷ lệ"
    // for a stated percentage ("Trên 95% dân số tham gia BHYT" is the rate asked for).
    const mine = new Set(own);
    for (const t of own)
      if (t.startsWith('@'))
        for (const s of spellings(t)) {
          set.add(s);
          mine.add(s);
        }
    if (PERCENT.test(doc.text))
      for (const t of RATE_TERMS) {
        set.add(t);
        mine.add(t);
      }
    for (const t of unframedBigrams(tokens(doc.text))) {
      set.add(t);
      mine.add(t);
    }
    if (statesPerYear(doc.text))
      for (const t of YEARLY_TERMS) {
        set.add(t);
        mine.add(t);
      }
    terms.set(doc.id, set);
    ownTerms.set(doc.id, mine);
    names.set(doc.id, [...new Set(plainTerms(nameOf(doc.id) ?? doc.text).filter((t) => /^[a-z]+$/.test(t)))]);
  }
  const n = index.docs.size;
  return {
    terms,
    own: ownTerms,
    names,
    idf: (t) => Math.log(1 + n / ((df.get(t) ?? 0) + 0.5)),
    known: (t) => (df.get(t) ?? 0) >= 2,
    used: (t) => (df.get(t) ?? 0) >= 1,
    cohesion: (t) => {
      const [a = '', b = ''] = t.split('_');
      const rarer = Math.min(df.get(a) ?? 0, df.get(b) ?? 0);
      return rarer ? (df.get(t) ?? 0) / rarer : 0;
    },
  };
}

/** The share of a bigram's weight it earns as a phrase: full from `phraseCohesion` up. */
const phraseShare = (cohesion: number) =>
  TUNING.looseBigramShare + (1 - TUNING.looseBigramShare) * Math.min(1, cohesion / TUNING.phraseCohesion);

/** One reading of the query: its terms (as places in `Query.terms`) with their weights. */
interface Reading {
  at: number[];
  weights: number[];
  total: number;
  /** The places of the swapped-in phrase's syllables, held whole or not at all (see `readingsOf`). */
  needs: number[];
  /** The places of the terms of the phrase as typed that this reading swapped out (see `readingsOf`). */
  gave: number[];
}

/**
 * A query's readings over its distinct terms: readings share most terms, so a record is asked once per
 * term, then each reading sums its weights.
 */
export interface Query {
  readings: Reading[];
  /** Every term of every reading, once. */
  terms: string[];
  /** Each term as a concept only in a record's heading holds it (`@bhyt~`). */
  inHeading: string[];
  /** Whether each term is a key term (see `distinctiveOf`). */
  keys: boolean[];
  /** Scratch: what the record being scored holds of each term (0 nothing, 1 the term, 2 in its heading). */
  held: Uint8Array;
}

// Readings depend only on the topic and the corpus statistics, and one answer ranks the same topic
// several times (each intent, each filter) and scores it against many records: they are kept per
// statistics object for the last few topics (about one answer's), instead of re-analysing the topic
// every time. Few on purpose: the benchmark replays its questions, and it measures answers, not a cache.
const READINGS_KEPT = 16;
const readingsKept = new WeakMap<TermStats, Map<string, Query>>();

/** `make()` for `topic`, kept per statistics object for the last `READINGS_KEPT` topics. */
function kept<V>(
  store: WeakMap<TermStats, Map<string, V>>,
  stats: TermStats,
  topic: string,
  make: () => V,
): V {
  let byTopic = store.get(stats);
  if (!byTopic) {
    byTopic = new Map();
    store.set(stats, byTopic);
  }
  const known = byTopic.get(topic);
  if (known !== undefined) return known;
  const value = make();
  byTopic.set(topic, value);
  if (byTopic.size > READINGS_KEPT) byTopic.delete(byTopic.keys().next().value as string);
  return value;
}

/** The query's readings, weighed once per topic rather than once per candidate. */
export function readings(topic: string, stats: TermStats): Query {
  return kept(readingsKept, stats, topic, () => weigh(topic, stats));
}

/** The readings of `topic` (see `queryTerms`), each term weighed by rarity and kind. */
function weigh(topic: string, stats: TermStats): Query {
  // A key term is rare, yet a word or phrase the plans do use: "em_suy" (from "trẻ em suy dinh dưỡng")
  // is in no record and says nothing.
  // … and a single word the plans use even once ("GRDP", in one record) is the rarest of keys; only a phrase
  // must be used twice to count as one of theirs.
  const isKey = (t: string) =>
    stats.idf(t) >= TUNING.keyIdf &&
    (t.includes('_') ? stats.known(t) : stats.used(t)) &&
    (!t.includes('_') || stats.cohesion(t) >= TUNING.keyCohesion || TERM_BIGRAMS.has(t));
  const place = new Map<string, number>();
  const readings = readingsOf(topic).map(({ terms, needs, gave }) => {
    // A concept ("@bhxh") weighs like the phrase it stands for; a bigram more than a syllable.
    const weights = terms.map(
      (t) =>
        stats.idf(t) *
        (t.startsWith('@')
          ? TUNING.conceptWeight
          : t.includes('_')
            ? TUNING.bigramWeight * phraseShare(stats.cohesion(t))
            : TUNING.syllableWeight),
    );
    const at = terms.map((t) => {
      let i = place.get(t);
      if (i === undefined) {
        i = place.size;
        place.set(t, i);
      }
      return i;
    });
    const needAt = needs.map((t) => at[terms.indexOf(t)]).filter((u): u is number => u !== undefined);
    // The phrase as typed is among the first reading's terms, so each has its place already.
    const gaveAt = gave.map((t) => place.get(t)).filter((u): u is number => u !== undefined);
    return { at, weights, total: weights.reduce((a, b) => a + b, 0), needs: needAt, gave: gaveAt };
  });
  const terms = [...place.keys()];
  return {
    readings,
    terms,
    // Only a concept is kept apart when it stands in a heading alone (see `termStats`).
    inHeading: terms.map((t) => (t.startsWith('@') ? `${t}~` : '')),
    keys: terms.map(isKey),
    held: new Uint8Array(terms.length),
  };
}

/**
 * Whether a record holds a reading's swapped-in phrase whole or not at all: part of it ("hợp vệ sinh" of
 * "nước hợp vệ sinh", read for "nước sạch") is another thing, not the synonym.
 */
function wholeOrNone(needs: readonly number[], held: Uint8Array): boolean {
  let got = 0;
  for (const u of needs) if (held[u] === 1) got++;
  return got === 0 || got === needs.length;
}

/** How much of the query (weighted by rarity) a document holds, best over the readings, 0…1. */
export function coverageOf(query: Query, docTerms: Set<string>): number {
  const { terms, inHeading, held } = query;
  for (let u = 0; u < terms.length; u++) {
    const apart = inHeading[u];
    held[u] = docTerms.has(terms[u] as string) ? 1 : apart && docTerms.has(apart) ? 2 : 0;
  }
  let best = 0;
  for (const { at, weights, total, needs } of query.readings) {
    if (total <= 0 || !wholeOrNone(needs, held)) continue;
    let got = 0;
    for (let i = 0; i < at.length; i++) {
      const h = held[at[i] as number];
      if (h === 1) got += weights[i] ?? 0;
      else if (h === 2) got += (weights[i] ?? 0) * TUNING.headingConceptShare;
    }
    best = Math.max(best, got / total);
  }
  return best;
}

/**
 * Share of a query's key terms (weighted: rare, yet words the plans use; see `readings`) that a record's
 * own words hold, best over the readings; 1 when the query has none. A reading that swapped a phrase for
 * its synonym does not bind a record that says the phrase as typed: "tỷ lệ hộ nghèo" read as "nghèo đa
 * chiều" makes "đa chiều" a key, which "Tỷ lệ hộ nghèo … còn dưới 1%" need not hold.
 */
export function distinctiveOf(query: Query, own: Set<string>): number {
  const { terms, keys, held } = query;
  for (let u = 0; u < terms.length; u++) held[u] = keys[u] && own.has(terms[u] as string) ? 1 : 0;
  let best = 0;
  let anyKey = false;
  for (const { at, weights, gave } of query.readings) {
    if (gave.length && gave.every((u) => own.has(terms[u] as string))) continue;
    let total = 0;
    let got = 0;
    for (let i = 0; i < at.length; i++) {
      const u = at[i] as number;
      if (!keys[u]) continue;
      total += weights[i] ?? 0;
      if (held[u]) got += weights[i] ?? 0;
    }
    if (total > 0) {
      anyKey = true;
      best = Math.max(best, got / total);
    }
  }
  return anyKey ? best : 1;
}

/** `coverageOf` for one document: `coverage('ty le bhyt', terms, stats)`. */
export function coverage(topic: string, docTerms: Set<string>, stats: TermStats): number {
  return coverageOf(readings(topic, stats), docTerms);
}

/** A record's name as syllables with their idf, and the idf's sum. */
interface NameWeights {
  terms: readonly string[];
  weights: Float64Array;
  total: number;
}

// A record's name weighs the same in every ranking (idf is the corpus's): weighed the first time the record is
// a candidate, kept as long as its statistics object.
const namesWeighed = new WeakMap<TermStats, Map<string, NameWeights>>();

function nameWeights(stats: TermStats, id: string): NameWeights {
  let byDoc = namesWeighed.get(stats);
  if (!byDoc) {
    byDoc = new Map();
    namesWeighed.set(stats, byDoc);
  }
  let w = byDoc.get(id);
  if (!w) {
    const terms = stats.names.get(id) ?? [];
    const weights = Float64Array.from(terms, (t) => stats.idf(t));
    w = { terms, weights, total: weights.reduce((a, b) => a + b, 0) };
    byDoc.set(id, w);
  }
  return w;
}

/**
 * Share of a record's name (weighted by rarity) the question asks about: for "tỷ lệ BHYT", "Tỷ lệ dân số
 * tham gia BHYT" scores above "Tỷ lệ người cao tuổi tham gia BHYT", whose extra words are rarer.
 */
export function precision(name: NameWeights, asked: ReadonlySet<string>): number {
  const { terms, weights, total } = name;
  if (!(total > 0)) return 0;
  let got = 0;
  for (let i = 0; i < terms.length; i++) if (asked.has(terms[i] as string)) got += weights[i] as number;
  return got / total;
}

/** How many of a query's terms MiniSearch looks up. */
const MAX_QUERY_TERMS = 12;

const lookupKept = new WeakMap<TermStats, Map<string, string[]>>();

/** The rarest of a topic's analysed terms, rarest first: what MiniSearch looks up for it. */
export function lookupTerms(topic: string, stats: TermStats): string[] {
  return kept(lookupKept, stats, topic, () => rarest(topic, stats));
}

function rarest(topic: string, stats: TermStats): string[] {
  const idf = new Map([...new Set(analyze(topic))].map((t) => [t, stats.idf(t)] as const));
  return (
    [...idf.keys()]
      // A bigram no record holds ("o_nuoc" from "ở nước ngoài") finds nothing (bigrams are never matched
      // fuzzily), yet is the rarest of all: it would take the place of a word that finds the record.
      .filter((t) => (idf.get(t) ?? 0) >= TUNING.lookupIdf && !(t.includes('_') && !stats.used(t)))
      .sort((a, b) => (idf.get(b) ?? 0) - (idf.get(a) ?? 0))
      .slice(0, MAX_QUERY_TERMS)
  );
}

/** A ranked candidate. */
export interface Candidate {
  doc: SearchDoc;
  coverage: number;
  /**
   * Share of the question's rare terms (idf ≥ `keyIdf`) that the record's own words hold, 0…1: "suy dinh
   * dưỡng" must be in the record itself, not only "tỷ lệ trẻ em" or a heading.
   */
  distinctive: number;
  /** Share of the record's own name that the question asks about (see `precision`). */
  precision: number;
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
  return ranked(topic, hitsFor(topic, index, stats, filter, planIds), index, stats, bonus, limit);
}

/**
 * MiniSearch's hits for `topic` that pass `filter`, best first, all of them. MiniSearch filters hits it
 * has already scored and sorted (stably), so the hits of a narrower filter are these hits filtered.
 */
export function hitsFor(
  topic: string,
  index: SearchIndex,
  stats: TermStats,
  filter: (hit: Hit) => boolean,
  planIds?: Iterable<string>,
): Hit[] {
  // Candidates come from the query's distinctive terms: a syllable in half the plans' records ("ty",
  // "le") finds nothing new and costs the most; coverage still counts it. Fuzzy matching only for
  // a word the plans never use, which is most likely a typo.
  return index.search(
    topic,
    filter,
    {
      // The rarest terms find the candidates; a long question's other terms only slow the OR query down.
      // (Asked once per shard searched: the terms are worked out once per topic.)
      tokenize: () => lookupTerms(topic, stats),
      fuzzy: (t) => (t.length >= 5 && !t.includes('_') && !/\d/.test(t) && !stats.known(t) ? 0.2 : false),
    },
    planIds,
  );
}

/** What a record scores for a topic, whatever the ranking's filter or bonus. */
export interface Scored {
  coverage: number;
  precision: number;
  distinctive: number;
}

/**
 * The first `limit` of `hits` (from `hitsFor`) as candidates, best first. `scored` keeps each record's
 * scores for this topic, for a ranking of the same topic in the same answer.
 */
export function ranked(
  topic: string,
  all: readonly Hit[],
  index: SearchIndex,
  stats: TermStats,
  bonus: (doc: SearchDoc) => number = () => 0,
  limit = 80,
  scored: Map<string, Scored> = new Map(),
): Candidate[] {
  if (!topic.trim()) return [];
  const hits = all.slice(0, limit);
  const top = hits[0]?.score ?? 1;
  const query = readings(topic, stats);
  const asked = new Set(query.terms);
  const out: Candidate[] = [];
  for (const h of hits) {
    const doc = index.docs.get(String(h.id));
    if (!doc) continue;
    let s = scored.get(doc.id);
    if (!s) {
      s = {
        coverage: coverageOf(query, stats.terms.get(doc.id) ?? new Set()),
        precision: precision(nameWeights(stats, doc.id), asked),
        distinctive: distinctiveOf(query, stats.own.get(doc.id) ?? new Set()),
      };
      scored.set(doc.id, s);
    }
    const { coverage: c, precision: p, distinctive: d } = s;
    out.push({
      doc,
      coverage: c,
      precision: p,
      distinctive: d,
      rank: c + TUNING.searchShare * (h.score / top) + TUNING.precisionShare * p + bonus(doc),
    });
  }
  return out.sort((a, b) => b.rank - a.rank || a.doc.id.localeCompare(b.doc.id));
}
