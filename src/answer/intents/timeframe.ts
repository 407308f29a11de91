/**
 * "Nhiệm vụ nào có thời gian thực hiện là năm 2024?", "nội dung nào ghi thời gian thực hiện là thường xuyên?":
 * the duties whose timeframe is the one asked, listed with their agencies and sources.
 */
import type { Task, Timeframe } from '../../schema/records';
import { fold } from '../../text/normalize';
import { clip } from '../../text/truncate';
import { dutyGist, fitBlocks, item, LIST_BUDGET, sourceLine } from '../compose';
import type { Ask, EngineContext } from '../context';
import { found, notFound } from '../reply';
import type { Answer } from '../types';

/** A timeframe the question asks duties by, as a test on a duty's timeframe; null when it asks none. */
export interface AskedTimeframe {
  label: string;
  fits: (t: Timeframe) => boolean;
}

// "(nhiệm vụ|nội dung|việc) nào … thời gian thực hiện (là) …", "… nào thực hiện (trong) năm 2024", "… nào phải
// làm xong trong năm 2024".
// (Not "… là việc của sở nào?", which asks who.)
const WHICH =
  /\b(?:nhiem vu|noi dung|viec|cong viec|hoat dong)\b[^?]{0,20}(?<!\b(?:so|co quan|don vi|nganh|ben) )\bnao\b/;
const WHEN =
  /\b(?:thoi gian thuc hien|thoi han|thuc hien (?:trong|vao|la)?|han|(?:lam|hoan thanh|trien khai)(?: xong)? (?:trong|vao|truoc))\b/;

/** The timeframe a "which duties …" question asks about: `askedTimeframe('nhiệm vụ nào … năm 2024')`. */
export function askedTimeframe(folded: string): AskedTimeframe | null {
  if (!WHICH.test(folded) || !WHEN.test(folded)) return null;
  if (/\bthuong xuyen\b/.test(folded)) return { label: 'thường xuyên', fits: (t) => t.kind === 'continuous' };
  if (/\b(?:hang|moi) nam\b/.test(folded)) return { label: 'hằng năm', fits: (t) => t.kind === 'yearly' };
  const quarter = /\bquy ([ivx]+|[1-4])\s*(?:\/|nam)?\s*((?:19|20)\d{2})\b/.exec(folded);
  if (quarter) {
    const q = quarter[1] ?? '';
    const year = quarter[2] ?? '';
    return {
      label: `quý ${q.toUpperCase()}/${year}`,
      fits: (t) => new RegExp(`\\bquy ${q}\\s*(?:\\/|nam)?\\s*${year}\\b`).test(fold(t.text)),
    };
  }
  const year = /\bnam ((?:19|20)\d{2})\b/.exec(folded)?.[1];
  if (year) {
    const y = Number(year);
    return {
      label: `năm ${year}`,
      // "Năm 2024", "Quý IV/2024", "trong năm 2024": a time within that year; not a period running past it.
      fits: (t) =>
        (t.kind === 'year' && t.year === y) ||
        (t.kind !== 'period' && new RegExp(`\\b${year}\\b`).test(fold(t.text))),
    };
  }
  return null;
}

/** Lists the duties in scope whose timeframe is the asked one. */
export function answerByTimeframe(ctx: EngineContext, ask: Ask, asked: AskedTimeframe): Answer {
  const ids = new Set(ask.scope.map((p) => p.plan.id));
  const duties = [...ctx.records.values()].filter(
    (f): f is Extract<typeof f, { kind: 'task' }> =>
      f.kind === 'task' && ids.has(f.plan.plan.id) && asked.fits(f.record.timeframe),
  );
  const where = ask.scope.length === 1 ? `KH ${ask.scope[0]?.plan.number}` : 'Các kế hoạch hiện có';
  if (!duties.length)
    return notFound(
      ctx,
      ask,
      'deadline',
      `${where} không có nhiệm vụ nào ghi thời gian thực hiện là ${asked.label}.`,
    );
  const provinces = new Set(duties.map((f) => f.plan.plan.province));
  const lines = [`${where}: ${duties.length} nhiệm vụ ghi thời gian thực hiện là ${asked.label}:`];
  const blocks = duties.map((f) => {
    const plan = f.plan.plan;
    const line = `${provinces.size > 1 ? `${plan.province}: ` : ''}${clip(dutyGist(f.record.text, f.record.partners, f.record.leads), 160)}${lead(f.record)}`;
    return {
      lines: [`• ${line}`, `  ${sourceLine(plan, f.record.source)}`],
      item: item('task', f.record.id, plan, line, f.record.source),
    };
  });
  const { shown, rest } = fitBlocks(lines, blocks, LIST_BUDGET);
  if (rest.length) lines.push(`… và ${rest.length} nhiệm vụ khác.`);
  return found('deadline', lines, shown, rest);
}

const lead = (t: Task) => (t.leads.length ? ` (chủ trì: ${t.leads.join(', ')})` : '');
