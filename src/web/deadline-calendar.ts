/**
 * The deadlines as calendar events: a yearly reporting date ("trước ngày 10/12 hằng năm") repeats every
 * year until the plan's last year, a dated task or a target year ("Năm 2025") is one day, and each has a
 * reminder a week before and a link back to its row in the plan.
 */
import type { Agency, Corpus } from '../schema/records';
import { agenciesIn } from './agencies';
import type { Deadline } from './deadlines';
import { formatLocation } from './format';
import type { IcsEvent } from './ics';
import { recordUrl } from './links';

/** A week: time to write a report before it is due. */
export const ALARM_DAYS_BEFORE = 7;

/**
 * The UID of a deadline's event, from its record id and kind alone, so it is the same in every export
 * and on every day: `uidOf({ kind: 'duty', id: 'thanh-hoa-68-2024/r1' })` → `'duty:thanh-hoa-68-2024/r1@cam-ket'`.
 */
export function uidOf(deadline: Pick<Deadline, 'kind' | 'id'>): string {
  return `${deadline.kind}:${deadline.id}@cam-ket`;
}

/** `Các sở, ban, ngành: Báo cáo UBND tỉnh (Thanh Hóa)`: who owes what, as the plan writes it, and where. */
function summaryOf(d: Deadline): string {
  return `${d.who ? `${d.who}: ` : ''}${d.what} (${d.province})`;
}

/** When, in the plan's words, then where it says so: plan number, section, lines, the quote, the link. */
function descriptionOf(d: Deadline, url: string): string {
  return [
    `Thời hạn: ${d.when}`,
    `Kế hoạch ${d.planNumber} (${d.province}), ${formatLocation(d.source)}`,
    `Trích dẫn: “${d.source.quote}”`,
    `Tệp nguồn: ${d.source.file}`,
    `Xem: ${url}`,
  ].join('\n');
}

/** One deadline as an event; null when the plan names no date for it ("Thường xuyên"). */
export function eventOf(d: Deadline, origin: string): IcsEvent | null {
  const date = d.firstDate ?? d.date;
  if (!date) return null;
  const url = recordUrl(origin, d.planId, d.id);
  const until = d.lastYear !== null ? `${d.lastYear}${date.slice(4)}` : null;
  return {
    uid: uidOf(d),
    date,
    summary: summaryOf(d),
    description: descriptionOf(d, url),
    url,
    ...(d.recurring ? { yearly: { until } } : {}),
    alarmDaysBefore: ALARM_DAYS_BEFORE,
  };
}

/** The events of every dated deadline, earliest first; `origin` (`https://…`) makes the links absolute. */
export function deadlineEvents(list: Deadline[], origin: string): IcsEvent[] {
  return list
    .map((d) => eventOf(d, origin))
    .filter((e) => e !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The deadlines that name `agency`: tasks it leads or takes part in, reports it sends or gathers. */
export function deadlinesOf(corpus: Corpus, agency: Agency, list: Deadline[]): Deadline[] {
  return list.filter((d) => d.bodies.some((body) => agenciesIn(corpus, body).includes(agency)));
}
