/**
 * The national summary: every indicator name of the national corpus once, with the plans that hold it and,
 * where a plan commits to one figure, that figure and its source. Ingest writes it beside the shards, so a
 * question naming no province ("tỷ lệ BHYT mục tiêu bao nhiêu") is answered without reading 63 shards.
 * `summaryOf(corpus, 'v1').topics[0]` → `{ name: 'Tỷ lệ bao phủ bảo hiểm y tế', figures: [{ planId, target, source }, …] }`.
 */
import { type CompactPlan, compactPlan, indicatorNames } from '../answer/prebuilt';
import {
  type Corpus,
  type Indicator,
  type PlanRecords,
  type Source,
  type Target,
  targetNumber,
} from '../schema/records';
import { fold } from '../text/normalize';
import { planOf } from './plan-head';

/** The summary format's version: a reader refuses another (2: its search shard in the compact form). */
export const SUMMARY_FORMAT = 2;

/** One plan's single figure for a topic, as the plan writes it, with where it says so. */
export interface SummaryFigure {
  planId: string;
  /** The indicator the figure is read from, for the answer's items. */
  indicatorId: string;
  /** The indicator's own name in that plan ("Độ bao phủ BHYT toàn dân"), when not the topic's. */
  name?: string;
  target: Target;
  source: Source;
}

/** An indicator name, the plans that hold it, and the figures of those that commit to exactly one. */
export interface SummaryTopic {
  id: string;
  name: string;
  /** Plans holding the indicator without one single figure (several years, a range, words). */
  plans: string[];
  figures: SummaryFigure[];
}

/** What `v/<version>/summary.json` holds: the topics, and a search shard over their names. */
export interface NationalSummary {
  format: typeof SUMMARY_FORMAT;
  version: string;
  topics: SummaryTopic[];
  /** Per topic, the first record of its name under the topic's id: what the search ranks (`topicPlan`). */
  records: Indicator[];
  /** The records' search shard and frequencies, prebuilt (`fromCompact` reads them back). */
  search: CompactPlan;
}

/** The plan id of the summary's pseudo-plan. */
export const SUMMARY_PLAN_ID = 'summary';

/**
 * The plan's one figure for an indicator: its only province-wide target, when that target is a number
 * ("đạt trên 99%" → 99). Several years, an area's row, a range or words are no single figure.
 */
export function singleTarget(i: Indicator): Target | null {
  const own = i.targets.filter((t) => t.scope === 'province' && t.area === 'all');
  const [t] = own;
  return own.length === 1 && t && Number.isFinite(targetNumber(t)) ? t : null;
}

/** One name for every spelling of an indicator that differs only in case, tones or punctuation. */
const topicKey = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The pseudo-plan whose indicators stand for the topics: each the first record of its name (own words,
 * heading, a figure), under the topic's id, so the engine's own search and statistics rank them.
 */
export function topicPlan(records: readonly Indicator[]): PlanRecords {
  const plan = planOf({ id: SUMMARY_PLAN_ID, province: '', number: '', title: '', signedDate: null });
  return { plan, indicators: [...records], tasks: [] };
}

/** What the search reads of an indicator (name, heading, own words), under the topic's id. */
const topicRecord = (i: Indicator, id: string): Indicator => ({
  id,
  planId: SUMMARY_PLAN_ID,
  domain: i.domain,
  name: i.name,
  unit: i.unit,
  targets: [],
  leads: [],
  leadAgency: null,
  partners: [],
  source: { ...i.source, file: '', quote: i.source.quote },
});

/** Builds the summary of a national corpus (pure; ingest stores it as JSON). */
export function summaryOf(corpus: Corpus, version: string): NationalSummary {
  const byKey = new Map<string, { topic: SummaryTopic; record: Indicator }>();
  for (const p of corpus.plans)
    for (const i of p.indicators) {
      const key = topicKey(i.name);
      let entry = byKey.get(key);
      if (!entry) {
        const id = `t${byKey.size}`;
        entry = { topic: { id, name: i.name, plans: [], figures: [] }, record: topicRecord(i, id) };
        byKey.set(key, entry);
      }
      const target = singleTarget(i);
      if (target)
        entry.topic.figures.push({
          planId: p.plan.id,
          indicatorId: i.id,
          ...(i.name === entry.topic.name ? {} : { name: i.name }),
          target,
          source: i.source,
        });
      else if (!entry.topic.plans.includes(p.plan.id)) entry.topic.plans.push(p.plan.id);
    }
  const entries = [...byKey.values()];
  const plan = topicPlan(entries.map((e) => e.record));
  return {
    format: SUMMARY_FORMAT,
    version,
    topics: entries.map((e) => e.topic),
    records: plan.indicators,
    search: compactPlan(plan, indicatorNames({ plans: [plan], agencies: [] })),
  };
}
