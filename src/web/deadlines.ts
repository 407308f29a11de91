/**
 * Every date the plans set (reporting duties and task timeframes) as one list, measured from `today`.
 * Pure: `today` is a parameter, so the deadlines page is testable for a fixed day.
 */
import type { Corpus, Plan, PlanRecords, Source, Timeframe } from '../schema/records';
import { dutyId } from './links';

/** One dated (or undated) commitment: `Sở LĐTBXH báo cáo UBND tỉnh`, due `trước ngày 30/11 hằng năm`. */
export interface Deadline {
  kind: 'duty' | 'task';
  /** The task's record id, or the duty's id from `dutyId()`: with `kind`, what a calendar event is keyed by. */
  id: string;
  planId: string;
  province: string;
  planNumber: string;
  /** What is due, as the plan says it. */
  what: string;
  /** Who owes it, when the plan says. */
  who: string | null;
  /** When, as the plan writes it: `trước ngày 30/11 hằng năm`, `Năm 2025`. */
  when: string;
  /** The next (or last) date it falls on, ISO; null when the plan names no date. */
  date: string | null;
  /** Days from today to `date`: negative once past. */
  daysLeft: number | null;
  /** A yearly date: `date` is its next occurrence within the plan's horizon. */
  recurring: boolean;
  /** A yearly date's first occurrence once the plan was signed (or its period began); else `date`. */
  firstDate: string | null;
  /** The plan's last year (`lastYearOf`): a yearly date falls due no later. */
  lastYear: number | null;
  /** Every body the plan names for it, in its words: a task's lead and partners, a duty's reporters and the body reports pass through. */
  bodies: string[];
  source: Source;
}

/** The deadlines split as the page shows them: upcoming (soonest first), past (latest first), undated. */
export interface DeadlineList {
  upcoming: Deadline[];
  past: Deadline[];
  undated: Deadline[];
}

const DAY_MS = 86_400_000;

/** Whole days from ISO `from` to ISO `to`: `daysBetween('2026-11-23', '2026-11-30')` → `7`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The date a yearly `--MM-DD` falls on next, from `today`; once the plan's last horizon year is over,
 * its last occurrence instead (a 2021–2025 plan asks for no report in 2026).
 */
export function nextYearly(monthDay: string, today: string, lastYear: number | null): string {
  const year = Number(today.slice(0, 4));
  let date = `${year}${monthDay.slice(1)}`;
  if (date < today) date = `${year + 1}${monthDay.slice(1)}`;
  if (lastYear !== null && Number(date.slice(0, 4)) > lastYear) date = `${lastYear}${monthDay.slice(1)}`;
  return date;
}

/**
 * The last year a plan's yearly dates fall in: the end of its period ("giai đoạn 2021-2025") when it names
 * one, else its last milestone year; null when it names neither.
 */
export function lastYearOf(plan: Plan): number | null {
  if (plan.period) return plan.period.to;
  return plan.horizon.length > 0 ? Math.max(...plan.horizon) : null;
}

/** The day a plan starts to count from: signed (`2024-07-02`), else the first day of its period. */
function startOf(plan: Plan): string | null {
  if (plan.signedDate) return plan.signedDate;
  return plan.period ? `${plan.period.from}-01-01` : null;
}

interface When {
  date: string | null;
  recurring: boolean;
}

function resolve(dueDate: string | null | undefined, today: string, lastYear: number | null): When {
  if (dueDate && /^--\d{2}-\d{2}$/.test(dueDate)) {
    return { date: nextYearly(dueDate, today, lastYear), recurring: true };
  }
  if (dueDate && /^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return { date: dueDate, recurring: false };
  return { date: null, recurring: false };
}

function timeframeWhen(t: Timeframe, today: string, lastYear: number | null): When {
  if (t.date) return resolve(t.date, today, lastYear);
  // "Năm 2025" and "2021–2025" are due by the end of their last year.
  if (t.kind === 'year' && t.year !== undefined) return { date: `${t.year}-12-31`, recurring: false };
  if (t.kind === 'period' && t.to !== undefined) return { date: `${t.to}-12-31`, recurring: false };
  return { date: null, recurring: false };
}

function ofPlan(records: PlanRecords, today: string): Deadline[] {
  const { plan } = records;
  const lastYear = lastYearOf(plan);
  const start = startOf(plan);
  const base = { planId: plan.id, province: plan.province, planNumber: plan.number, lastYear };
  /** Where a yearly date starts: its first occurrence from the plan's start (`date` when the start is unknown). */
  const first = (when: When, dueDate: string | null | undefined) =>
    when.recurring && dueDate && start ? nextYearly(dueDate, start, lastYear) : when.date;
  const duties = plan.reportingDuties.map((d, index): Deadline => {
    const when = resolve(d.dueDate, today, lastYear);
    const what = d.to ? `Báo cáo ${d.to}` : 'Báo cáo';
    return {
      ...base,
      kind: 'duty',
      id: dutyId(plan.id, index),
      what,
      who: d.who || null,
      when: d.due,
      ...when,
      firstDate: first(when, d.dueDate),
      bodies: [...d.reporters, ...(d.via ? [d.via] : [])],
      daysLeft: null,
      source: d.source,
    };
  });
  const tasks = records.tasks
    .filter((t) => t.timeframe.kind !== 'unspecified' || t.timeframe.text)
    .map((t): Deadline => {
      const when = timeframeWhen(t.timeframe, today, lastYear);
      return {
        ...base,
        kind: 'task',
        id: t.id,
        what: t.text,
        who: t.leadAgency,
        when: t.timeframe.text,
        ...when,
        firstDate: first(when, t.timeframe.date),
        bodies: [...(t.leadAgency ? [t.leadAgency] : []), ...t.partners],
        daysLeft: null,
        source: t.source,
      };
    });
  return [...duties, ...tasks].map((d) => ({ ...d, daysLeft: d.date ? daysBetween(today, d.date) : null }));
}

/** Every deadline in the corpus, plan by plan, duties first: `deadlines()` before it is split and ordered. */
export function allDeadlines(corpus: Corpus, today: string): Deadline[] {
  return corpus.plans.flatMap((records) => ofPlan(records, today));
}

/** Every deadline in the corpus from `today`'s point of view, ordered as the deadlines page lists them. */
export function deadlines(corpus: Corpus, today: string): DeadlineList {
  const all = allDeadlines(corpus, today);
  const byDate = (a: Deadline, b: Deadline) => (a.date ?? '').localeCompare(b.date ?? '');
  return {
    upcoming: all.filter((d) => d.daysLeft !== null && d.daysLeft >= 0).sort(byDate),
    past: all.filter((d) => d.daysLeft !== null && d.daysLeft < 0).sort((a, b) => byDate(b, a)),
    undated: all.filter((d) => d.date === null),
  };
}
