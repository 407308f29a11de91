/** Building the `Answer` value from items, and the not-found reply with what the plans do hold. */

import type { Ask, EngineContext } from './context';
import type { Candidate } from './rank';
import { TUNING } from './tuning';
import type { Answer, AnswerItem, Intent } from './types';

/** A found answer: header line(s) then the items' lines, with their sources. */
export function found(intent: Intent, lines: string[], items: AnswerItem[]): Answer {
  return {
    text: lines.filter(Boolean).join('\n'),
    found: true,
    intent,
    items,
    sources: items.map((i) => i.source),
    provinces: [...new Set(items.map((i) => i.province))],
  };
}

// Suggestions name what the plans hold without quoting a figure from a weak match.
const withoutFigures = (s: string) =>
  s
    .replace(/[<>≥≤]?\s*\d+(?:[.,]\d+)*\s*(?:%0|%|‰)?/g, '…')
    .replace(/(…\s*)+/g, '… ')
    .replace(/\s+/g, ' ')
    .trim();

/** "Các kế hoạch hiện có không nêu …", with up to three close records as suggestions. */
export function notFound(
  ctx: EngineContext,
  ask: Ask,
  intent: Intent,
  reason: string,
  near: Candidate[] = [],
): Answer {
  const seen = new Set<string>();
  const suggestions: string[] = [];
  for (const c of near) {
    const f = ctx.records.get(c.doc.id);
    if (!f || c.coverage < TUNING.suggestionMin) continue;
    const name = withoutFigures(f.kind === 'indicator' ? f.record.name : f.record.text).slice(0, 140);
    const line = `• ${f.plan.plan.province}: ${name}`;
    if (seen.has(line)) continue;
    seen.add(line);
    suggestions.push(line);
    if (suggestions.length === 3) break;
  }
  const lines = [reason];
  if (suggestions.length) lines.push('Các kế hoạch có nói về:', ...suggestions);
  else
    lines.push(
      `Bạn có thể hỏi về chỉ tiêu, cơ quan chủ trì hoặc thời hạn trong kế hoạch của: ${ask.scope.map((p) => p.plan.province).join(', ') || ctx.corpus.plans.map((p) => p.plan.province).join(', ')}.`,
    );
  return { text: lines.join('\n'), found: false, intent, items: [], sources: [], provinces: [] };
}
