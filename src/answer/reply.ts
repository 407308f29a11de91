/** Building the `Answer` value from items, and the not-found reply with what the plans do hold. */

import { clip } from '../text/truncate';
import { sourceRef } from './compose';
import type { Ask, EngineContext } from './context';
import type { Candidate } from './rank';
import { TUNING } from './tuning';
import type { Answer, AnswerItem, Intent, Suggestion } from './types';

/** A found answer: header line(s) then the items' lines, with their sources; `rest`, what was left out. */
export function found(intent: Intent, lines: string[], items: AnswerItem[], rest: AnswerItem[] = []): Answer {
  return {
    text: lines.filter(Boolean).join('\n'),
    found: true,
    intent,
    items,
    ...(rest.length ? { rest } : {}),
    sources: items.map((i) => i.source),
    provinces: [...new Set(items.map((i) => i.province))],
  };
}

/**
 * One reply to a question asked in two parts ("ai chủ trì … và báo cáo khi nào?", "văn bản nào …, ai ký?"):
 * the first answer's intent and scope, `firstText` (its text by default) then the second's, both sets of
 * items and sources.
 */
export function joinAnswers(first: Answer, second: Answer, firstText = first.text): Answer {
  return {
    ...first,
    text: `${firstText}\n${second.text}`,
    items: [...first.items, ...second.items],
    sources: [...first.sources, ...second.sources],
  };
}

/** Longest suggestion line in a reply, in characters: a phrase, not a paragraph. */
const SUGGESTION_LINE = 110;
/** Longest suggested question (it becomes a button label and the question asked when tapped). */
const SUGGESTION_QUESTION = 90;
/** How many suggestions a not-found reply offers. */
const MAX_SUGGESTIONS = 3;

/** What a record is about, as a phrase: an indicator's name, a task's text without its list marker. */
function phraseOf(f: NonNullable<ReturnType<EngineContext['records']['get']>>): string {
  // A clause of the text keeps its figures as written; a table row is named by its row name.
  const text =
    f.kind === 'task'
      ? f.record.text
      : f.record.source.section.startsWith('PL')
        ? f.record.name
        : f.record.source.quote;
  return text.replace(/^(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s+/u, '').replace(/[;,.\s]+$/, '');
}

/** "Kế hoạch không nêu …", then "Có thể bạn muốn hỏi:" with up to three close records as whole phrases. */
export function notFound(
  ctx: EngineContext,
  ask: Ask,
  intent: Intent,
  reason: string,
  near: Candidate[] = [],
): Answer {
  const seen = new Set<string>();
  const lines: string[] = [];
  const suggestions: Suggestion[] = [];
  for (const c of near) {
    const f = ctx.records.get(c.doc.id);
    if (!f || c.coverage < TUNING.suggestionMin) continue;
    const phrase = phraseOf(f);
    const province = f.plan.plan.province;
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    // The plan's words as written, figures included; cut only between words.
    lines.push(`• ${province}: ${clip(phrase, SUGGESTION_LINE)}`);
    suggestions.push({
      question: `${clip(phrase, SUGGESTION_QUESTION - province.length - 3)} ở ${province}`,
      source: sourceRef(f.plan.plan, f.record.source),
    });
    if (lines.length === MAX_SUGGESTIONS) break;
  }
  const text = [reason];
  if (lines.length) text.push('Có thể bạn muốn hỏi:', ...lines);
  else
    text.push(
      `Bạn có thể hỏi về chỉ tiêu, cơ quan chủ trì hoặc thời hạn trong kế hoạch của: ${ask.scope.map((p) => p.plan.province).join(', ') || ctx.corpus.plans.map((p) => p.plan.province).join(', ')}.`,
    );
  return {
    text: text.join('\n'),
    found: false,
    intent,
    items: [],
    sources: [],
    // The provinces the question named: a not-found reply offers their hotlines, not the chat's default's.
    provinces: ask.q.provinces.length ? [...new Set(ask.scope.map((p) => p.plan.province))] : [],
    suggestions,
  };
}
