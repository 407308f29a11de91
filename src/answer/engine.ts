/**
 * The answer engine: pure, no I/O. `createEngine(corpus).answer('ty le bhyt quang ninh', { today })`
 * → `{ text: 'Quảng Ninh: Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% …', found: true, … }`.
 */
import type { Corpus } from '../schema/records';
import { buildIndex, loadIndex, type SearchIndex } from '../search/index';
import { fold } from '../text/normalize';
import { type Ask, type EngineContext, lookups } from './context';
import { cueMatcher } from './cue-match';
import { REPORTING_CUES } from './cues';
import { mergeFollowUp } from './follow-up';
import { answerAgency } from './intents/agency';
import { answerAssignments } from './intents/assignments';
import { answerHelp } from './intents/help';
import { answerList } from './intents/list';
import { answerMeta } from './intents/meta';
import { answerEnglish, answerSmallTalk } from './intents/small-talk';
import { answerTarget } from './intents/target';
import { termStats } from './rank';
import { notFound } from './reply';
import type { Answer, AskOptions } from './types';
import { smallTalkKind, understand } from './understand';

export { isElliptical, mergeFollowUp } from './follow-up';

const asksReporting = cueMatcher(REPORTING_CUES);

/** An engine over one corpus. */
export interface Engine {
  corpus: Corpus;
  index: SearchIndex;
  answer(question: string, options: AskOptions): Answer;
}

/** Longest question the engine reads; the channels and the API refuse longer ones politely. */
export const MAX_QUESTION = 1000;

/** Builds an engine over `corpus`, from a prebuilt index JSON when one is given. */
export function createEngine(corpus: Corpus, prebuiltIndex?: string): Engine {
  const index = prebuiltIndex ? loadIndex(corpus, prebuiltIndex) : buildIndex(corpus);
  const found = lookups(corpus);
  // An indicator is about its name; its quote also holds the table's figures and agencies.
  const nameOf = (id: string) => {
    const f = found.records.get(id);
    return f?.kind === 'indicator' ? f.record.name : undefined;
  };
  const ctx: EngineContext = { corpus, index, stats: termStats(index, nameOf), ...found };
  return { corpus, index, answer: (question, options) => answer(ctx, question, options) };
}

function answer(ctx: EngineContext, question: string, options: AskOptions): Answer {
  let text = question
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .slice(0, MAX_QUESTION)
    .trim();
  if (options.previousQuestion) text = mergeFollowUp(options.previousQuestion, text, ctx.corpus);
  const q = understand(text, ctx.corpus, ctx.stats.known);
  if (q.intent === 'smalltalk') return answerSmallTalk(ctx.corpus, smallTalkKind(q.folded) ?? 'ack');
  if (q.intent === 'english') return answerEnglish(ctx.corpus);
  if (!text || q.intent === 'help' || !/[a-z]{2}/.test(q.folded)) return answerHelp(ctx.corpus);

  // Scope: the plans named by number, else by province, else the chat's province, else all.
  let scope = ctx.corpus.plans.filter((p) => q.planIds.includes(p.plan.id));
  if (!scope.length && q.provinces.length)
    scope = ctx.corpus.plans.filter((p) => q.provinces.includes(p.plan.province));
  const ask: Ask = { q, scope, today: options.today };
  if (!scope.length && q.missingProvince) {
    return notFound(
      ctx,
      { ...ask, scope: ctx.corpus.plans },
      q.intent,
      `Chưa có kế hoạch của ${q.missingProvince} trong dữ liệu. Hiện có kế hoạch của: ${ctx.corpus.plans.map((p) => p.plan.province).join(', ')}.`,
    );
  }
  // A comparison or "tỉnh nào …?" is about every province, whatever the chat's default.
  if (!scope.length && options.province && !q.allProvinces && q.intent !== 'compare')
    scope = ctx.corpus.plans.filter((p) => fold(p.plan.province) === fold(options.province ?? ''));
  if (!scope.length) scope = ctx.corpus.plans;
  ask.scope = scope;

  // "… thì báo cáo qua đâu / cho ai?": the plan's reporting duties answer it, whatever else the words suggest.
  if (asksReporting(q.folded) && scope.some((p) => p.plan.reportingDuties.length))
    return answerMeta(ctx, ask, ['reporting']);
  switch (q.intent) {
    case 'plan_meta':
      return answerMeta(ctx, ask);
    case 'assignments':
      // "… có những nhiệm vụ gì?" without an agency asks what the plan says to do.
      return q.agency ? answerAssignments(ctx, ask, q.agency) : answerTarget(ctx, ask, 'target');
    case 'agency':
      return answerAgency(ctx, ask);
    case 'list':
      return answerList(ctx, ask);
    case 'deadline':
      // "báo cáo … trước ngày nào?" is about the plan's reporting duties.
      if (/bao cao/.test(q.folded) && scope.some((p) => p.plan.reportingDuties.some((d) => d.dueDate)))
        return answerMeta(ctx, ask, ['reporting']);
      return answerTarget(ctx, ask, 'deadline');
    default:
      return answerTarget(ctx, ask, q.intent === 'compare' ? 'compare' : 'target');
  }
}
