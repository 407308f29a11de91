/** "Tỷ lệ BHYT mục tiêu bao nhiêu?": the figure as the plan writes it, its year, agency and source. */
import { agencyText, indicatorText, item, sourceLine, timeStatus } from '../compose';
import type { Ask, EngineContext } from '../context';
import { CONFIDENT } from '../context';
import { found, notFound } from '../reply';
import type { Answer, AnswerItem, Intent } from '../types';
import { pick, preferences, yearFits } from './pick';

const HAS_FIGURE = /\d/;

/** Answers a question about targets (and, with `intent` 'deadline', about when). */
export function answerTarget(ctx: EngineContext, ask: Ask, intent: Intent): Answer {
  const { q } = ask;
  const accept = (c: { doc: { kind: string; text: string } }) =>
    c.doc.kind === 'indicator' || HAS_FIGURE.test(c.doc.text) || intent === 'deadline';
  const { chosen, ranked } = pick(ctx, ask, ['indicator', 'task'], accept, preferences(ctx, ask));
  const fitting = chosen.filter((c) => yearFits(ctx, c.doc, q.years));
  if (!fitting.length) {
    const where = ask.scope.length === 1 ? ` của ${ask.scope[0]?.plan.province}` : '';
    if (chosen.length && q.years.length) {
      return notFound(
        ctx,
        ask,
        intent,
        `Kế hoạch${where} không đặt mục tiêu năm ${q.years.join(', ')} cho nội dung này.`,
        chosen,
      );
    }
    return notFound(ctx, ask, intent, `Các kế hoạch hiện có${where} không nêu chỉ tiêu này.`, ranked);
  }
  const items: AnswerItem[] = [];
  const lines: string[] = [];
  const many = new Set(fitting.map((c) => c.doc.planId)).size > 1 || fitting.length > 1;
  for (const c of fitting) {
    const f = ctx.records.get(c.doc.id);
    if (!f) continue;
    const plan = f.plan.plan;
    const what = f.kind === 'indicator' ? indicatorText(f.record) : f.record.text;
    const when =
      f.kind === 'task' && intent === 'deadline' && f.record.timeframe.text
        ? ` Thời gian: ${f.record.timeframe.text}${timeStatus(f.record, ask.today) ? ` — ${timeStatus(f.record, ask.today)}` : ''}.`
        : '';
    const line = `${plan.province}: ${what}.${when}`.replace(/\.\./g, '.');
    const who = agencyText(f.record);
    lines.push(many ? `• ${line}` : line);
    if (who) lines.push(`  ${who}`);
    lines.push(`  ${sourceLine(plan, f.record.source)}`);
    items.push(item(f.kind, f.record.id, plan, line, f.record.source));
  }
  return found(intent, lines, items);
}

/** Used by other handlers to decide whether a match is strong enough. */
export const isConfident = (coverage: number) => coverage >= CONFIDENT;
