/** What every intent handler needs: the corpus, its index, lookups and the reader's options. */
import type { Corpus, Indicator, PlanRecords, Task } from '../schema/records';
import type { SearchDoc } from '../search/documents';
import type { Hit, SearchIndex } from '../search/index';
import { type Candidate, hitsFor, ranked, type Scored, type TermStats } from './rank';
import type { Question } from './understand';

/** A record found by id, with its plan. */
export type Found =
  | { kind: 'indicator'; plan: PlanRecords; record: Indicator }
  | { kind: 'task'; plan: PlanRecords; record: Task };

/** The engine's state, shared by the intent handlers. */
export interface EngineContext {
  corpus: Corpus;
  index: SearchIndex;
  stats: TermStats;
  plans: Map<string, PlanRecords>;
  records: Map<string, Found>;
}

/** One question being answered. */
export interface Ask {
  q: Question;
  /** Plans the answer may come from. */
  scope: PlanRecords[];
  today: string;
  /**
   * Whether the question is a follow-up merged with the one before it: a claim it put forward ("có phải qua Sở
   * Nội vụ không?") may be left out of the merged words.
   */
  followUp?: boolean;
}

/** Plans as a reply names them: "KH 91/KH-UBND (Quảng Ninh), KH 767/KH-UBND (Lai Châu)". */
export const plansNamed = (plans: readonly PlanRecords[]) =>
  plans.map((p) => `KH ${p.plan.number} (${p.plan.province})`).join(', ');

/** The plans in scope as a reply names them. */
export const plansIn = (ask: Ask) => plansNamed(ask.scope);

/** One topic searched in one scope for some kinds of records, and the scores of the records ranked. */
interface Searched {
  kinds: readonly SearchDoc['kind'][];
  hits: Hit[];
  scored: Map<string, Scored>;
}

// An answer ranks one topic in one scope more than once ("who leads" among every kind of record, then the
// figure among targets): the hits of the wider search, narrowed to the kinds asked, are what the narrower
// search finds (see `hitsFor`), and a record's scores depend on the topic alone. Kept for the question being
// answered only (a question asked again is a new question, searched again), in one slot rather than a
// WeakMap keyed by the question: V8's young-generation collections kept the WeakMap's entries (each answer's
// hits) alive until a full collection, and copying them made every scavenge pause ~1.8× longer
// (docs/scale.md, "The warm p99, once more").
let searchedQ: Question | null = null;
let searchedMemo = new Map<string, Searched[]>();

/** Ranked records of the given kinds within the ask's scope. */
export function search(
  ctx: EngineContext,
  ask: Ask,
  topic: string,
  kinds: SearchDoc['kind'][],
  bonus?: (doc: SearchDoc) => number,
): Candidate[] {
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  if (searchedQ !== ask.q) {
    searchedQ = ask.q;
    searchedMemo = new Map();
  }
  const memo = searchedMemo;
  const key = `${topic}\u0000${[...ids].join('\u0000')}`;
  const done = memo.get(key) ?? [];
  const wider = done.find((d) => kinds.every((k) => d.kinds.includes(k)));
  const hits = wider
    ? wider.hits.filter((h) => kinds.includes(h.kind))
    : hitsFor(topic, ctx.index, ctx.stats, (h: Hit) => ids.has(h.planId) && kinds.includes(h.kind), ids);
  const scored = wider?.scored ?? done[0]?.scored ?? new Map<string, Scored>();
  if (!wider) memo.set(key, [...done, { kinds, hits, scored }]);
  return ranked(topic, hits, ctx.index, ctx.stats, bonus, 80, scored);
}

/** Builds the lookups once per corpus. */
export function lookups(corpus: Corpus): Pick<EngineContext, 'plans' | 'records'> {
  const plans = new Map(corpus.plans.map((p) => [p.plan.id, p]));
  const records = new Map<string, Found>();
  for (const p of corpus.plans) {
    for (const i of p.indicators) records.set(i.id, { kind: 'indicator', plan: p, record: i });
    for (const t of p.tasks) records.set(t.id, { kind: 'task', plan: p, record: t });
  }
  return { plans, records };
}
