/** "Sở nào chủ trì …?": the agency first, then what the plan says and where. */
import { agencyText, indicatorText, item, sourceLine } from '../compose';
import type { Ask, EngineContext } from '../context';
import { found, notFound } from '../reply';
import type { Answer, AnswerItem } from '../types';
import { pick } from './pick';

/** Answers who leads (and who takes part in) a target or task. */
export function answerAgency(ctx: EngineContext, ask: Ask): Answer {
  const withAgency = (c: { doc: { id: string } }) => {
    const f = ctx.records.get(c.doc.id);
    return Boolean(f?.record.leadAgency);
  };
  const { chosen, ranked } = pick(ctx, ask, ['indicator', 'task'], withAgency, (d) =>
    d.kind === 'task' ? 0.03 : 0,
  );
  if (!chosen.length) {
    return notFound(
      ctx,
      ask,
      'agency',
      'Các kế hoạch hiện có không nêu cơ quan phụ trách nội dung này.',
      ranked,
    );
  }
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  for (const c of chosen.slice(0, 4)) {
    const f = ctx.records.get(c.doc.id);
    if (!f?.record.leadAgency) continue;
    const plan = f.plan.plan;
    const what = f.kind === 'indicator' ? indicatorText(f.record) : f.record.text;
    const shown = what.length > 300 ? `${what.slice(0, 297)}…` : what;
    const head = `${plan.province}: ${agencyText(f.record, 4)}`;
    lines.push(
      chosen.length > 1 ? `• ${head}` : head,
      `  Nội dung: ${shown}`,
      `  ${sourceLine(plan, f.record.source)}`,
    );
    items.push(item(f.kind, f.record.id, plan, head, f.record.source));
  }
  return found('agency', lines, items);
}
