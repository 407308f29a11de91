/**
 * The follow-up buttons under an answer ("Cơ quan chủ trì", "Mục tiêu 2030", "Các tỉnh khác", "Xem nguồn"),
 * shown only where the records behind the answer have something more to say.
 */
import type { Engine } from '../answer/engine';
import type { Answer } from '../answer/types';
import type { Corpus, Indicator, Task } from '../schema/records';
import { corpusProvinces } from './provinces';

/** A button under a reply; `action` is what comes back when it is pressed (Telegram callback data). */
export interface ReplyButton {
  label: string;
  action: string;
}

/** Kinds of follow-up, with their labels and the question each asks given the conversation so far. */
export const FOLLOW_UPS = {
  agency: { label: 'Cơ quan chủ trì', question: (context: string) => `Cơ quan nào chủ trì ${context}?` },
  y2030: { label: 'Mục tiêu 2030', question: () => 'Còn năm 2030?' },
  others: {
    label: 'Các tỉnh khác',
    question: (_context: string, others: readonly string[]) => `Còn ${others.join(', ')} thì sao?`,
  },
} as const;
/** `agency`, `y2030` or `others`. */
export type FollowUp = keyof typeof FOLLOW_UPS;

const recordIndex = new WeakMap<Corpus, Map<string, Indicator | Task>>();

function recordsOf(corpus: Corpus, answer: Answer): Array<Indicator | Task> {
  let index = recordIndex.get(corpus);
  if (!index) {
    index = new Map();
    for (const p of corpus.plans) for (const r of [...p.indicators, ...p.tasks]) index.set(r.id, r);
    recordIndex.set(corpus, index);
  }
  const found = index;
  return answer.items.flatMap((item) => found.get(item.id) ?? []);
}

/** Provinces with plans that the answer did not speak about. */
export function otherProvinces(engine: Pick<Engine, 'corpus'>, spoken: readonly string[]): string[] {
  return corpusProvinces(engine).filter((p) => !spoken.includes(p));
}

/**
 * Buttons worth showing under `answer`: the lead agency when a record names one the text does not show,
 * the 2030 target when a record has one the text does not show, the other provinces when the answer is
 * about one, and the sources when there are any.
 */
export function followUpButtons(engine: Pick<Engine, 'corpus'>, answer: Answer): ReplyButton[][] {
  if (!answer.found) return [];
  const records = recordsOf(engine.corpus, answer);
  const row: ReplyButton[] = [];
  if (answer.intent !== 'agency' && !answer.text.includes('Chủ trì') && records.some((r) => r.leadAgency)) {
    row.push(button('agency'));
  }
  const has2030 = records.some((r) => 'targets' in r && r.targets.some((t) => t.year === 2030));
  if (has2030 && !answer.text.includes('2030')) row.push(button('y2030'));
  if (answer.provinces.length === 1 && otherProvinces(engine, answer.provinces).length)
    row.push(button('others'));
  if (answer.sources.length) row.push({ label: 'Xem nguồn', action: 'src' });
  // Two per row: four labels side by side are cut off on a phone.
  const rows: ReplyButton[][] = [];
  for (let i = 0; i < row.length; i += 2) rows.push(row.slice(i, i + 2));
  return rows;
}

function button(kind: FollowUp): ReplyButton {
  return { label: FOLLOW_UPS[kind].label, action: `f:${kind}` };
}
