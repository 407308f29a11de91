/** Lines up one indicator across plans for the compare page, by the topics in `compare-topics.ts`. */
import type { Corpus, Indicator, Plan } from '../schema/records';
import { COMPARE_TOPICS, type CompareTopic } from './compare-topics';
import { foldWords } from './fold';

/** One plan's indicators on a topic (usually one; a plan may split it by group or area). */
export interface CompareEntry {
  plan: Plan;
  indicators: Indicator[];
}

/** A topic with what every plan says about it. */
export interface Comparison {
  topic: CompareTopic;
  entries: CompareEntry[];
}

/** Whether a folded indicator name is on `topic`: `onTopic('ty le dan so tham gia bhyt', bhyt)` → true. */
export function onTopic(name: string, topic: CompareTopic): boolean {
  const text = ` ${foldWords(name)} `;
  const has = (phrase: string) => text.includes(` ${phrase} `);
  return topic.any.some(has) && !(topic.none ?? []).some(has);
}

/** Every topic with its matching indicators plan by plan; only plans that have one are listed. */
export function comparisons(corpus: Corpus): Comparison[] {
  return COMPARE_TOPICS.map((topic) => ({
    topic,
    entries: corpus.plans
      .map(({ plan, indicators }) => ({ plan, indicators: indicators.filter((i) => onTopic(i.name, topic)) }))
      .filter((e) => e.indicators.length > 0),
  }));
}

const shared = new WeakMap<Corpus, Comparison[]>();

/** Topics at least two plans share: the only ones worth a side-by-side view (worked out once per corpus). */
export function sharedComparisons(corpus: Corpus): Comparison[] {
  let list = shared.get(corpus);
  if (!list) {
    list = comparisons(corpus).filter((c) => c.entries.length >= 2);
    shared.set(corpus, list);
  }
  return list;
}

/**
 * The comparison an answer's figures belong to, for its "Xem bảng so sánh" link: the first shared topic
 * holding one of the answer's indicators (`['quang-ninh-91-2021/i1', …]` → the BHYT comparison).
 */
export function comparisonOf(corpus: Corpus, indicatorIds: readonly string[]): Comparison | null {
  const ids = new Set(indicatorIds);
  return (
    sharedComparisons(corpus).find((c) => c.entries.some((e) => e.indicators.some((i) => ids.has(i.id)))) ??
    null
  );
}
