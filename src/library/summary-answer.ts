/**
 * A question naming no province, answered from the national summary: the range of the plans' figures for
 * the indicator asked about, the plans at each end with their figures and sources, and an invitation to
 * name a province. Every figure is a plan's own target text, quoted with its source line.
 * `summaryAnswerer(summary, catalog)(q, 'tỷ lệ BHYT mục tiêu bao nhiêu')` → "«Tỷ lệ bao phủ bảo hiểm y tế»: …".
 */
import { sourceLine, sourceRef } from '../answer/compose';
import { fromCompact, prebuiltStats } from '../answer/prebuilt';
import { type Candidate, rank } from '../answer/rank';
import { found } from '../answer/reply';
import { TUNING } from '../answer/tuning';
import type { Answer, AnswerItem } from '../answer/types';
import type { Question } from '../answer/understand';
import { type Corpus, type Plan, targetNumber } from '../schema/records';
import { prebuiltIndex } from '../search/index';
import { type NationalSummary, type SummaryFigure, type SummaryTopic, topicPlan } from './summary';

/** Plans quoted at each end of the range; the rest at the same figure are counted. */
const PER_END = 2;
/** Topics ranked for a question: more than enough to find every plan's spelling of one indicator. */
const TOPICS_RANKED = 40;

/** What the answer is built from: per plan, the best topic it holds, and that topic's figure when single. */
interface Reading {
  /** The best-ranked topic with a figure (else the best): the name the answer gives. */
  best: SummaryTopic;
  figures: Required<SummaryFigure>[];
  /** Plans holding the indicator with no single figure. */
  others: string[];
}

/**
 * Per plan, the best-ranked topic it holds, among topics covering the question (`TUNING.confident`)
 * and close to the best (`TUNING.provinceClose`): the engine's own rule for which provinces answer.
 */
function read(summary: NationalSummary, ranked: Candidate[]): Reading | null {
  const top = ranked[0];
  if (!top || top.coverage < TUNING.confident) return null;
  const topics = new Map(summary.topics.map((t) => [t.id, t]));
  const seen = new Set<string>();
  let best: SummaryTopic | undefined;
  const figures: Required<SummaryFigure>[] = [];
  const others: string[] = [];
  for (const c of ranked) {
    const topic = topics.get(c.doc.id);
    if (!topic || c.coverage < TUNING.confident || c.rank < top.rank * TUNING.provinceClose) continue;
    if (!best || (!best.figures.length && topic.figures.length)) best = topic;
    for (const f of topic.figures)
      if (!seen.has(f.planId) && seen.add(f.planId)) figures.push({ ...f, name: f.name ?? topic.name });
    for (const id of topic.plans) if (!seen.has(id) && seen.add(id)) others.push(id);
  }
  return best ? { best, figures, others } : null;
}

/** "- An Giang: Tỷ lệ bao phủ bảo hiểm y tế đạt trên 99% (năm 2025). Nguồn: KH 12/KH-UBND …, mục I.2.6, dòng 202–203." */
function figureItem(f: Required<SummaryFigure>, plan: Plan): AnswerItem {
  const year = f.target.year && !f.name.includes(String(f.target.year)) ? ` (năm ${f.target.year})` : '';
  // A name that holds its figure ("Tỷ lệ hộ nghèo … còn dưới 1%") is not followed by it again.
  const figure = f.name.includes(f.target.text) ? '' : ` ${f.target.text}`;
  return {
    kind: 'indicator',
    id: f.indicatorId,
    planId: plan.id,
    province: plan.province,
    line: `- ${plan.province}: ${f.name}${figure}${year}. ${sourceLine(plan, f.source)}`,
    source: sourceRef(plan, f.source),
  };
}

/** The plans at one end of the range (lowest or highest figure), at most `PER_END` of them quoted. */
function end(figures: Required<SummaryFigure>[], value: number) {
  const at = figures.filter((f) => targetNumber(f.target) === value);
  return { quoted: at.slice(0, PER_END), more: Math.max(0, at.length - PER_END) };
}

/**
 * An answerer over one summary, built once per data version: the topics' search shard is loaded and its
 * statistics summed on the first question. It gives null when no indicator answers the question.
 */
export function summaryAnswerer(summary: NationalSummary, catalog: Corpus) {
  const plans = new Map(catalog.plans.map((p) => [p.plan.id, p.plan]));
  const corpus: Corpus = { plans: [topicPlan(summary.records)], agencies: [] };
  const search = fromCompact(summary.search.docs, summary.search.shard);
  const index = prebuiltIndex(corpus, new Map([[corpus.plans[0]?.plan.id ?? '', () => search.index]]));
  const names = new Map(summary.records.map((r) => [r.id, r.name]));
  const stats = prebuiltStats(index, [search], (id) => names.get(id));
  return (q: Question, question: string): Answer | null => {
    const ranked = rank(q.topic, index, stats, (h) => h.kind === 'indicator', undefined, TOPICS_RANKED);
    // The summary holds each plan's province-wide figure only: a question about an area ("ở nông thôn")
    // is for a province's own rows.
    const reading = q.area ? null : read(summary, ranked);
    if (!reading) return null;
    const { best, others } = reading;
    // A year asked ("năm 2030") keeps only the figures for that year; none, and a province must be named.
    const asked = (f: SummaryFigure) =>
      !q.years.length || (f.target.year !== null && q.years.includes(f.target.year));
    const figures = reading.figures.filter((f) => plans.has(f.planId) && asked(f));
    if (q.years.length && !figures.length) return null;
    // Figures compare only in one unit: the unit of the named topic's first figure.
    const unit = (f: SummaryFigure) => f.target.unit ?? '';
    const first = best.figures[0] ?? figures[0];
    const comparable = first ? figures.filter((f) => unit(f) === unit(first)) : [];
    const holding = new Set([...figures.map((f) => f.planId), ...others].map((id) => plans.get(id)?.province))
      .size;
    const header = `«${best.name}»: kế hoạch của ${holding} tỉnh, thành phố có chỉ tiêu này`;
    const ask = (province: string) =>
      `Bạn hỏi lại kèm tên tỉnh để xem đầy đủ, ví dụ: "${question.trim()} ở ${province}".`;
    if (!comparable.length) {
      const example = plans.get(others[0] ?? '')?.province ?? '';
      return {
        ...found(q.intent, [`${header}, nhưng không nêu một con số duy nhất.`, ask(example)], []),
        found: false,
      };
    }
    const values = comparable.map((f) => targetNumber(f.target));
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const ends = (high === low ? [low] : [low, high]).map((v) => end(comparable, v));
    const items = ends.map((e) =>
      e.quoted.flatMap((f) => {
        const plan = plans.get(f.planId);
        return plan ? [figureItem(f, plan)] : [];
      }),
    );
    const more = (n: number) => (n ? `  (và ${n} kế hoạch khác cùng mức)` : '');
    const [lows, highs] = ends;
    const range =
      high === low
        ? `; ${comparable.length} kế hoạch nêu một con số, cùng một mức:`
        : `; ${comparable.length} kế hoạch nêu một con số: thấp nhất ${lows?.quoted[0]?.target.text}, cao nhất ${highs?.quoted[0]?.target.text}.`;
    const lines = [
      `${header}${range}`,
      ...ends.flatMap((e, n) => [
        ...(ends.length > 1 ? [n ? 'Cao nhất:' : 'Thấp nhất:'] : []),
        ...(items[n] ?? []).map((i) => i.line),
        more(e.more),
      ]),
      ask(items.at(-1)?.[0]?.province ?? ''),
    ];
    return found(q.intent, lines, items.flat());
  };
}
