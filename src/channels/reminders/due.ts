/**
 * Which reminders a subscription gets on a day: the deadlines of its agency or province falling due in
 * exactly 14, 7 or 1 days (yearly reporting dates, dated tasks, target years), each with its source and a
 * key that names the deadline and the day it falls on, so one reminder is sent once however often the
 * cron runs. Pure: the corpus and today are parameters.
 */
import { agencyKey } from '../../ingest/agencies';
import type { Corpus } from '../../schema/records';
import { formatDate } from '../../text/dates';
import { fold } from '../../text/normalize';
import { daysBetween, deadlines } from '../../web/deadlines';

/** Days before a deadline on which it is recalled. */
export const REMIND_AT_DAYS = [14, 7, 1] as const;

/** A subscription: an agency (canonical name) or a province. */
export interface Subscription {
  kind: 'agency' | 'province';
  target: string;
}

/** One reminder to send. */
export interface Reminder {
  /** Stable: the deadline's source, its date and how many days before; the chat's object sends a key once. */
  key: string;
  text: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Whether the plan's words for who owes a deadline name the agency `target` (its canonical name). */
export function owes(who: string | null, target: string): boolean {
  if (!who) return false;
  const key = agencyKey(target);
  return (
    who.split(/[,;]| và /).some((part) => agencyKey(part.trim()) === key) || fold(who).includes(fold(target))
  );
}

/** The reminders of `sub` for `today`, soonest deadline first. */
export function dueReminders(corpus: Corpus, today: string, sub: Subscription): Reminder[] {
  const reminders: Array<Reminder & { days: number }> = [];
  const mine = (province: string, who: string | null) =>
    sub.kind === 'province' ? province === sub.target : owes(who, sub.target);
  const remind = (days: number) => (REMIND_AT_DAYS as readonly number[]).includes(days);
  for (const d of deadlines(corpus, today).upcoming) {
    if (d.daysLeft === null || !remind(d.daysLeft) || !mine(d.province, d.who) || !d.date) continue;
    const due = d.recurring ? `${d.when} (lần tới: ${formatDate(d.date)})` : formatDate(d.date);
    reminders.push({
      days: d.daysLeft,
      key: `${d.source.file}:${d.source.lineStart}:${d.kind}:${d.date}:${d.daysLeft}`,
      text: [
        `⏰ Còn ${d.daysLeft} ngày — ${d.province}: ${clip(d.what, 300)}`,
        d.who ? `Thực hiện: ${d.who}` : '',
        `Hạn: ${due}`,
        `Nguồn: KH ${d.planNumber}, dòng ${d.source.lineStart}${d.source.lineEnd > d.source.lineStart ? `–${d.source.lineEnd}` : ''}.`,
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  // Target years: a target "đến năm 2030" is due at the end of 2030.
  for (const p of corpus.plans) {
    for (const i of p.indicators) {
      for (const t of i.targets) {
        if (t.year === null) continue;
        const date = `${t.year}-12-31`;
        const days = daysBetween(today, date);
        if (!remind(days) || !mine(p.plan.province, i.leads.join(', ') || null)) continue;
        reminders.push({
          days,
          key: `${i.source.file}:${i.source.lineStart}:target:${date}:${days}:${t.scope}:${t.area}`,
          text: [
            `⏰ Còn ${days} ngày đến hết năm ${t.year} — ${p.plan.province}: ${clip(i.name, 200)} ${t.text}`,
            i.leads.length ? `Chủ trì: ${i.leads.join(', ')}` : '',
            `Nguồn: KH ${p.plan.number}, dòng ${i.source.lineStart}.`,
          ]
            .filter(Boolean)
            .join('\n'),
        });
      }
    }
  }
  return reminders.sort((a, b) => a.days - b.days).map(({ key, text }) => ({ key, text }));
}
