/** What every intent handler needs: the corpus, its index, lookups and the reader's options. */
import type { Corpus, Indicator, PlanRecords, Task } from '../schema/records';
import type { SearchDoc } from '../search/documents';
import type { Hit, SearchIndex } from '../search/index';
import { type Candidate, rank, type TermStats } from './rank';
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
}

/** The plans in scope as a reply names them: "KH 91/KH-UBND (Quảng Ninh), KH 767/KH-UBND (Lai Châu)". */
export const plansIn = (ask: Ask) =>
  ask.scope.map((p) => `KH ${p.plan.number} (${p.plan.province})`).join(', ');

/** Ranked records of the given kinds within the ask's scope. */
export function search(
  ctx: EngineContext,
  ask: Ask,
  topic: string,
  kinds: SearchDoc['kind'][],
  bonus?: (doc: SearchDoc) => number,
): Candidate[] {
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  return rank(
    topic,
    ctx.index,
    ctx.stats,
    (h: Hit) => ids.has(h.planId) && kinds.includes(h.kind),
    bonus,
    80,
    ids,
  );
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
