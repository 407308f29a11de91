/** "Sở Y tế được giao những gì?": every task and target the agency leads, grouped, capped. */
import { agencyKey, leadNames } from '../../ingest/agencies';
import { displayText, indicatorText, item, sourceLine } from '../compose';
import type { Ask, EngineContext, Found } from '../context';
import { search } from '../context';
import { found, notFound } from '../reply';
import { holdersToday, predecessorsOf } from '../today';
import { TUNING } from '../tuning';
import type { Answer, AnswerItem } from '../types';

const SHOWN = 5;

/** The words that place a record in a field, with its section's heading beside them. */
const textOf = (f: Found) => (f.kind === 'indicator' ? f.record.name : f.record.text);

/** Answers what an agency is assigned, optionally narrowed by a topic. */
export function answerAssignments(ctx: EngineContext, ask: Ask, agency: string): Answer {
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  // Co-leads lead too; what the agency must do comes before the targets it answers for.
  // A body of today ("Sở Nội vụ") also answers for the duties it took over, field by field, from the bodies
  // the plans name ("Sở Lao động - Thương binh và Xã hội": lao động, người có công …).
  const inherited = (f: Found) =>
    predecessorsOf(agency).length > 0 &&
    f.record.leads.some((lead) =>
      (holdersToday(lead, textOf(f), f.plan.plan.province, f.record.domain)?.rows ?? []).some(
        (r) => r.to === agency,
      ),
    );
  const led: Found[] = [...ctx.records.values()]
    .filter((f) => ids.has(f.plan.plan.id) && (leadNames(f.record).includes(agency) || inherited(f)))
    .sort((a, b) => Number(a.kind !== 'task') - Number(b.kind !== 'task'));
  if (!led.length) {
    return notFound(
      ctx,
      ask,
      'assignments',
      `Các kế hoạch hiện có không giao ${agency} chủ trì nhiệm vụ nào${ask.scope.length === 1 ? ` trong KH ${ask.scope[0]?.plan.number}` : ''}.`,
    );
  }
  // Narrow by what the question adds beyond the agency's name ("… nhiệm vụ nào về viện trợ?").
  const agencyWords = new Set(agencyKey(agency).split(' '));
  const topic = ask.q.topic
    .split(' ')
    .filter((w) => !agencyWords.has(w) && !/^(giao|lam|gi|viec|nhiem|vu|duoc|nhung|chi|tieu|so)$/.test(w))
    .join(' ');
  let ordered = led;
  if (topic.replace(/[^a-z]/g, '').length >= 4) {
    const ranked = search(ctx, ask, topic, ['indicator', 'task']).filter((c) =>
      leadNames(ctx.records.get(c.doc.id)?.record ?? { leads: [] }).includes(agency),
    );
    const strong = ranked
      .filter((c) => c.coverage >= TUNING.confident)
      .map((c) => ctx.records.get(c.doc.id) as Found);
    if (strong.length) ordered = [...strong, ...led.filter((f) => !strong.includes(f))];
  }
  const lines: string[] = [];
  const items: AnswerItem[] = [];
  const provinces = [...new Set(led.map((f) => f.plan.plan.province))];
  const count = (fs: Found[]) => {
    const tasks = fs.filter((f) => f.kind === 'task').length;
    const targets = fs.length - tasks;
    return [tasks ? `${tasks} nhiệm vụ` : '', targets ? `${targets} chỉ tiêu` : '']
      .filter(Boolean)
      .join(' và ');
  };
  const own = led.filter((f) => leadNames(f.record).includes(agency));
  const taken = led.filter((f) => !own.includes(f));
  // What the plan gives the body itself, and apart from it what the body took over in 2025 by field.
  const from = [...new Set(taken.flatMap((f) => f.record.leads))].join(', ');
  lines.push(
    [
      own.length ? `${agency} chủ trì ${count(own)}` : '',
      taken.length
        ? `${own.length ? 'và nay đảm nhận' : `${agency} nay đảm nhận`} ${count(taken)} mà kế hoạch giao cho ${from} (theo phân công lại năm 2025)`
        : '',
    ]
      .filter(Boolean)
      .join(', ') + ` (${provinces.join(', ')}):`,
  );
  for (const f of ordered.slice(0, SHOWN)) {
    const plan = f.plan.plan;
    const text = f.kind === 'indicator' ? indicatorText(f.record, ask.today) : displayText(f.record.text);
    const when = f.kind === 'task' && f.record.timeframe.text ? ` (${f.record.timeframe.text})` : '';
    const shown = text.length > 320 ? `${text.slice(0, 317)}…` : text;
    // A duty taken over from another body says whose it was in the plan's own words.
    const was = leadNames(f.record).includes(agency) ? '' : ` (theo kế hoạch: ${f.record.leads.join(', ')})`;
    const line = `${provinces.length > 1 ? `${plan.province}: ` : ''}${shown}${when}${was}`;
    lines.push(`• ${line}`, `  ${sourceLine(plan, f.record.source)}`);
    items.push(item(f.kind, f.record.id, plan, line, f.record.source));
  }
  if (ordered.length > SHOWN) lines.push(`… và ${ordered.length - SHOWN} mục khác.`);
  return found('assignments', lines, items);
}
