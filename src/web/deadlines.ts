/**
 * Every date the plans set (reporting duties and task timeframes) as one list, measured from `today`.
 * Pure: `today` is a parameter, so the deadlines page is testable for a fixed day.
 */
import type { Corpus, PlanRecords, Source, Timeframe } from '../schema/records';

/** One dated (or undated) commitment: `Sở LĐTBXH báo cáo UBND tỉnh`, due `trước ngày 30/11 hằng năm`. */
export interface Deadline {
  kind: 'duty' | 'task';
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
  const lastYear = plan.horizon.length > 0 ? Math.max(...plan.horizon) : null;
  const base = { planId: plan.id, province: plan.province, planNumber: plan.number };
  const duties = plan.reportingDuties.map((d): Deadline => {
    const when = resolve(d.dueDate, today, lastYear);
    const what = d.to ? `Báo cáo ${d.to}` : 'Báo cáo';
    return {
      ...base,
      kind: 'duty',
      what,
      who: d.who || null,
      when: d.due,
      ...when,
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
        what: t.text,
        who: t.leadAgency,
        when: t.timeframe.text,
        ...when,
        daysLeft: null,
        source: t.source,
      };
    });
  return [...duties, ...tasks].map((d) => ({ ...d, daysLeft: d.date ? daysBetween(today, d.date) : null }));
}

/** Every deadline in the corpus from `today`'s point of view, ordered as the deadlines page lists them. */
export function deadlines(corpus: Corpus, today: string): DeadlineList {
  const all = corpus.plans.flatMap((records) => ofPlan(records, today));
  const byDate = (a: Deadline, b: Deadline) => (a.date ?? '').localeCompare(b.date ?? '');
  return {
    upcoming: all.filter((d) => d.daysLeft !== null && d.daysLeft >= 0).sort(byDate),
    past: all.filter((d) => d.daysLeft !== null && d.daysLeft < 0).sort((a, b) => byDate(b, a)),
    undated: all.filter((d) => d.date === null),
  };
}
