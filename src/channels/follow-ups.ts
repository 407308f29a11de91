/**
 * The follow-up buttons under an answer ("Cơ quan chủ trì", "Mục tiêu 2030", "Các tỉnh khác", "Xem nguồn",
 * "Xem thêm", "Theo dõi"), shown only where the records behind the answer have something more to say, and
 * the replies the record-based ones give. Each acts on the answer it sits under (`…@<answer id>`).
 */
import { sourceLine } from '../answer/compose';
import type { Engine } from '../answer/engine';
import type { Answer, SourceRef } from '../answer/types';
import type { Corpus, Indicator, Plan, Task } from '../schema/records';
import { clip } from '../text/truncate';
import type { KeptAnswer } from './chat-state';
import { sourceLabel } from './format';
import { onAnswer } from './kept-answers';
import { corpusProvinces } from './provinces';

/** A button under a reply; `action` is what comes back when it is pressed (Telegram callback data). */
export interface ReplyButton {
  label: string;
  action: string;
  /** A link instead of an action (Telegram opens it; Zalo shows it). */
  url?: string;
  /** What to type instead, where a channel has no buttons (Zalo): `'Gõ «theo dõi Sở Y tế» để …'`. */
  typed?: string;
}

/** Kinds of follow-up, with their labels and the question each asks given the conversation so far. */
export const FOLLOW_UPS = {
  agency: { label: 'Cơ quan chủ trì' },
  y2030: { label: 'Mục tiêu 2030', question: () => 'Còn năm 2030?' },
  others: { label: 'Các tỉnh khác', question: (province: string) => `Còn ${province} thì sao?` },
} as const;
/** `agency`, `y2030` or `others`. */
export type FollowUp = keyof typeof FOLLOW_UPS;

/** Label of the button that subscribes the chat to an answer's agency. */
export const FOLLOW_LABEL = '🔔 Theo dõi hạn';

/** «Theo dõi hạn» under answer `id`, about `agency`: `/theodoi <agency>` as a button. */
export function followButton(agency: string, id: number): ReplyButton {
  return {
    label: FOLLOW_LABEL,
    action: onAnswer('fl', id),
    typed: `Gõ «theo dõi ${agency}» để được nhắc trước các hạn.`,
  };
}
/** Label of the button that shows the next page of what an answer left out. */
export const MORE_LABEL = 'Xem thêm';

/** «Xem thêm» under answer `id`, for page `page`; typed on Zalo as "xem thêm". */
export function moreButton(page: number, id: number): ReplyButton {
  return { label: MORE_LABEL, action: onAnswer(`more:${page}`, id), typed: 'Gõ «xem thêm» để xem tiếp.' };
}

type Found = { record: Indicator | Task; plan: Plan };
const recordIndex = new WeakMap<Corpus, Map<string, Found>>();

/** The indicators and tasks with these ids, with their plans, in the order given. */
export function recordsById(corpus: Corpus, ids: readonly string[]): Found[] {
  let index = recordIndex.get(corpus);
  if (!index) {
    index = new Map();
    for (const p of corpus.plans)
      for (const record of [...p.indicators, ...p.tasks]) index.set(record.id, { record, plan: p.plan });
    recordIndex.set(corpus, index);
  }
  const found = index;
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** "Nguồn: KH 91/KH-UBND (26/04/2021), mục I.2.6, dòng 202–203." for a source, as the engine writes it. */
export function sourceLineOf(corpus: Corpus, source: SourceRef): string {
  const plan = corpus.plans.find((p) => p.plan.id === source.planId)?.plan;
  return plan ? sourceLine(plan, source) : `Nguồn: ${sourceLabel(source)}.`;
}

/** Provinces with plans that the answer did not speak about. */
export function otherProvinces(engine: Pick<Engine, 'corpus'>, spoken: readonly string[]): string[] {
  return corpusProvinces(engine).filter((p) => !spoken.includes(p));
}

/**
 * The body an answer about who does what is about: the lead its records share most ("Sở Y tế"), for
 * «Theo dõi». Only answers that name bodies (`agency`, `assignments`) have one.
 */
export function answerAgency(engine: Pick<Engine, 'corpus'>, answer: Answer): string | undefined {
  if (answer.intent !== 'agency' && answer.intent !== 'assignments') return undefined;
  const counts = new Map<string, number>();
  for (const { record } of recordsById(
    engine.corpus,
    answer.items.map((i) => i.id),
  ))
    for (const lead of record.leads) counts.set(lead, (counts.get(lead) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Buttons worth showing under `answer` (kept as `kept`): the lead agency when a record names one the reply
 * does not show, the 2030 target when a record has one the text does not show, the other provinces when
 * the answer is about one, «Xem thêm» when it left items out, «Theo dõi» when it is about a body the chat
 * can follow, and the sources when there are any.
 */
export function followUpButtons(
  engine: Pick<Engine, 'corpus'>,
  answer: Answer,
  kept: KeptAnswer,
): ReplyButton[][] {
  if (!answer.found) return [];
  const records = recordsById(engine.corpus, kept.records).map((f) => f.record);
  const row: ReplyButton[] = [];
  // An answer by agency (`assignments`) or about the leads (`agency`) already says who leads.
  const namesLeads =
    answer.intent === 'agency' || answer.intent === 'assignments' || answer.text.includes('Chủ trì');
  if (!namesLeads && records.some((r) => r.leads.length)) row.push(button('agency', kept.id));
  const has2030 = records.some((r) => 'targets' in r && r.targets.some((t) => t.year === 2030));
  if (has2030 && !answer.text.includes('2030')) row.push(button('y2030', kept.id));
  if (kept.provinces.length === 1 && otherProvinces(engine, kept.provinces).length)
    row.push(button('others', kept.id));
  if (kept.more?.length) row.push(moreButton(1, kept.id));
  if (kept.agency) row.push(followButton(kept.agency, kept.id));
  if (answer.sources.length) row.push({ label: 'Xem nguồn', action: onAnswer('src', kept.id) });
  return pairs(row);
}

/** Buttons two per row: four labels side by side are cut off on a phone. */
export function pairs(buttons: readonly ReplyButton[]): ReplyButton[][] {
  const rows: ReplyButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

function button(kind: FollowUp, id: number): ReplyButton {
  return { label: FOLLOW_UPS[kind].label, action: onAnswer(`f:${kind}`, id) };
}

/** Longest statement shown before its leads in «Cơ quan chủ trì». */
const STATEMENT = 110;
/** Records listed by «Cơ quan chủ trì». */
export const AGENCY_ROWS = 6;

/**
 * «Cơ quan chủ trì» of an answer, from its records alone: who leads and who takes part in each, with the
 * line it comes from. Built from the records, not asked again, so it never answers with itself.
 */
export function leadsText(engine: Pick<Engine, 'corpus'>, kept: KeptAnswer): string | undefined {
  const found = recordsById(engine.corpus, kept.records).slice(0, AGENCY_ROWS);
  if (!found.length) return undefined;
  const lines = ['Cơ quan chủ trì, phối hợp theo kế hoạch:'];
  for (const { record, plan } of found) {
    const what = 'name' in record ? record.name : record.text;
    const leads = record.leads.length ? record.leads.join(', ') : 'kế hoạch không nêu';
    const partners = record.partners.length ? `; phối hợp: ${record.partners.slice(0, 4).join(', ')}` : '';
    lines.push(
      `• ${clip(what, STATEMENT)} — Chủ trì: ${leads}${partners}.`,
      `  ${sourceLine(plan, record.source)}`,
    );
  }
  return lines.join('\n');
}
