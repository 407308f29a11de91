/**
 * The answer engine: pure, no I/O. `createEngine(corpus).answer('ty le bhyt quang ninh', { today })`
 * → `{ text: 'Quảng Ninh: Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% …', found: true, … }`.
 */
import type { Corpus } from '../schema/records';
import { buildIndex, loadIndex, type SearchIndex } from '../search/index';
import { fold } from '../search/normalize';
import { type Ask, type EngineContext, lookups } from './context';
import { answerAgency } from './intents/agency';
import { answerAssignments } from './intents/assignments';
import { answerHelp } from './intents/help';
import { answerMeta } from './intents/meta';
import { answerTarget } from './intents/target';
import { termStats } from './rank';
import { notFound } from './reply';
import type { Answer, AskOptions } from './types';
import { understand } from './understand';

/** An engine over one corpus. */
export interface Engine {
  corpus: Corpus;
  index: SearchIndex;
  answer(question: string, options: AskOptions): Answer;
}

/** Longest question the engine reads; the channels and the API refuse longer ones politely. */
export const MAX_QUESTION = 1000;

const FOLLOW_UP = /^(?:(?:the|vay|con)\s+)*con\b|thi sao\??$|the nao\??$/;

/** "còn Thanh Hóa thì sao?" after "tỷ lệ BHYT Quảng Ninh": the topic of the first, the new place or year. */
export function mergeFollowUp(previous: string, question: string, corpus: Corpus): string {
  const f = fold(question).trim();
  const q = understand(question, corpus);
  if (!FOLLOW_UP.test(f) && q.topic.split(' ').filter(Boolean).length > 2) return question;
  if (!q.provinces.length && !q.years.length && !q.area) return question;
  let base = fold(previous);
  const p = understand(previous, corpus);
  if (q.provinces.length) for (const name of p.provinces) base = base.replaceAll(fold(name), ' ');
  if (q.years.length) base = base.replace(/\b(?:19|20)\d{2}\b/g, ' ');
  const extra = f.replace(/^(?:(?:the|vay|con)\s+)+/, '').replace(/thi sao\??$|the nao\??$/, '');
  return `${base} ${extra}`.replace(/\s+/g, ' ').trim();
}

/** Builds an engine over `corpus`, from a prebuilt index JSON when one is given. */
export function createEngine(corpus: Corpus, prebuiltIndex?: string): Engine {
  const index = prebuiltIndex ? loadIndex(corpus, prebuiltIndex) : buildIndex(corpus);
  const ctx: EngineContext = { corpus, index, stats: termStats(index), ...lookups(corpus) };
  return { corpus, index, answer: (question, options) => answer(ctx, question, options) };
}

function answer(ctx: EngineContext, question: string, options: AskOptions): Answer {
  let text = question
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .slice(0, MAX_QUESTION)
    .trim();
  if (options.previousQuestion) text = mergeFollowUp(options.previousQuestion, text, ctx.corpus);
  const q = understand(text, ctx.corpus);
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
  if (!scope.length && options.province)
    scope = ctx.corpus.plans.filter((p) => fold(p.plan.province) === fold(options.province ?? ''));
  if (!scope.length) scope = ctx.corpus.plans;
  ask.scope = scope;

  switch (q.intent) {
    case 'plan_meta':
      return answerMeta(ctx, ask);
    case 'assignments':
      return q.agency ? answerAssignments(ctx, ask, q.agency) : answerAgency(ctx, ask);
    case 'agency':
      return answerAgency(ctx, ask);
    case 'deadline':
      return answerTarget(ctx, ask, 'deadline');
    default:
      return answerTarget(ctx, ask, q.intent === 'compare' ? 'compare' : 'target');
  }
}
