/**
 * Which reminders a subscription gets on a day: the deadlines of its agency or province falling due in
 * exactly 14, 7 or 1 days (yearly reporting dates, dated tasks, target years), each with its source and a
 * key that names the deadline and the day it falls on, so one reminder is sent once however often the
 * cron runs. Pure: the corpus and today are parameters.
 */
import { holdersToday, keyOf } from '../../answer/today';
import { agencyKey } from '../../ingest/agencies';
import type { Corpus } from '../../schema/records';
import { formatDate } from '../../text/dates';
import { fold } from '../../text/normalize';
import { ellipsize } from '../../text/truncate';
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

/** Whether the plan's words for who owes a deadline name the agency `target` (its canonical name). */
export function owes(who: string | null, target: string): boolean {
  if (!who) return false;
  const key = agencyKey(target);
  return (
    who.split(/[,;]| và /).some((part) => agencyKey(part.trim()) === key) || fold(who).includes(fold(target))
  );
}

/** A deadline another body owes in the plan that `target` holds today, with how it came to hold it. */
export interface TakenOver {
  /** The body as the plan names it: "Sở Lao động - Thương binh và Xã hội". */
  was: string;
  /** The field words of the duty that moved it ("người có công"); empty for the body's other duties. */
  fields: string[];
  /** The document the move rests on: "Nghị định 45/2025/NĐ-CP". */
  basis: string;
}

/**
 * Whether `target` (a body of today: "Sở Nội vụ") holds a deadline the plan gives `who` (its words), by a
 * confirmed row of the succession table for the duty's field (`words`, `heading`); null otherwise. An
 * unconfirmed move sends no reminder: a reminder is an instruction, and it must rest on a document.
 */
export function takenOver(
  who: string | null,
  target: string,
  words: string,
  province: string,
  heading = '',
): TakenOver | null {
  if (!who) return null;
  // The whole phrase first: "và" also sits inside names ("Thương binh và Xã hội").
  const parts = new Set([who, ...who.split(/[,;]/), ...who.split(/[,;]| và /)].map((p) => p.trim()));
  for (const was of parts) {
    const h = was ? holdersToday(was, words, province, heading) : null;
    const i = h?.byField
      ? h.rows.findIndex((r) => keyOf(r.to) === keyOf(target) && r.status === 'confirmed')
      : -1;
    const row = h?.rows[i];
    if (h && row) {
      const source = row.sources[0];
      return { was, fields: h.named[i] ?? [], basis: source ? `${source.kind} ${source.number}` : '' };
    }
  }
  return null;
}

/** "Theo kế hoạch: Sở Lao động - Thương binh và Xã hội; nay thuộc Sở Nội vụ (người có công; Nghị định 45/2025/NĐ-CP)". */
function takenLine(t: TakenOver, target: string): string {
  const why = [t.fields.slice(0, 3).join(', '), t.basis].filter(Boolean).join('; ');
  return `Theo kế hoạch: ${t.was}; nay thuộc ${target}${why ? ` (${why})` : ''}`;
}

/**
 * Who holds today, by confirmed rows, a duty the plan gives `body` (an old body a chat follows by its old
 * name): `['Sở Nội vụ']`, or `[]` when the body did not change or no confirmed row says where it went.
 */
export function nowHeldBy(body: string, words: string, province: string, heading = ''): string[] {
  const h = holdersToday(body, words, province, heading);
  return [...new Set(h?.byField ? h.rows.filter((r) => r.status === 'confirmed').map((r) => r.to) : [])];
}

/** The reminders of `sub` for `today`, soonest deadline first. */
export function dueReminders(corpus: Corpus, today: string, sub: Subscription): Reminder[] {
  const reminders: Array<Reminder & { days: number }> = [];
  // A body of today also gets the deadlines of the duties it took over, each saying the plan's own words.
  const taken = (province: string, who: string | null, words: string, heading?: string) =>
    sub.kind === 'agency' && !owes(who, sub.target)
      ? takenOver(who, sub.target, words, province, heading)
      : null;
  const mine = (province: string, who: string | null, t: TakenOver | null) =>
    sub.kind === 'province' ? province === sub.target : owes(who, sub.target) || t !== null;
  // Following an old name ("Sở LĐTBXH") still works; its reminders say who holds the duty today.
  // " (nay: Sở Nội vụ)" after the plan's words, or " (Sở LĐTBXH nay: …)" when they name several bodies.
  const now = (who: string, province: string, words: string, heading?: string) => {
    const to = sub.kind === 'agency' ? nowHeldBy(sub.target, words, province, heading) : [];
    if (!to.length) return '';
    const alone = agencyKey(who) === agencyKey(sub.target);
    return ` (${alone ? '' : `${sub.target} `}nay: ${to.join(', ')})`;
  };
  const records = new Map(corpus.plans.flatMap((p) => p.tasks.map((t) => [t.id, t] as const)));
  const remind = (days: number) => (REMIND_AT_DAYS as readonly number[]).includes(days);
  for (const d of deadlines(corpus, today).upcoming) {
    if (d.daysLeft === null || !remind(d.daysLeft) || !d.date) continue;
    const heading = d.kind === 'task' ? records.get(d.id)?.domain : undefined;
    const moved = taken(d.province, d.who, d.what, heading);
    if (!mine(d.province, d.who, moved)) continue;
    const due = d.recurring ? `${d.when} (lần tới: ${formatDate(d.date)})` : formatDate(d.date);
    reminders.push({
      days: d.daysLeft,
      key: `${d.source.file}:${d.source.lineStart}:${d.kind}:${d.date}:${d.daysLeft}`,
      text: [
        `⏰ Còn ${d.daysLeft} ngày — ${d.province}: ${ellipsize(d.what, 300)}`,
        moved
          ? takenLine(moved, sub.target)
          : d.who
            ? `Thực hiện: ${d.who}${now(d.who, d.province, d.what, heading)}`
            : '',
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
        if (!remind(days)) continue;
        const who = i.leads.join(', ') || null;
        const moved = taken(p.plan.province, who, i.name, i.domain);
        if (!mine(p.plan.province, who, moved)) continue;
        reminders.push({
          days,
          key: `${i.source.file}:${i.source.lineStart}:target:${date}:${days}:${t.scope}:${t.area}`,
          text: [
            `⏰ Còn ${days} ngày đến hết năm ${t.year} — ${p.plan.province}: ${ellipsize(i.name, 200)} ${t.text}`,
            moved
              ? takenLine(moved, sub.target)
              : i.leads.length
                ? `Chủ trì: ${i.leads.join(', ')}${now(i.leads.join(', '), p.plan.province, i.name, i.domain)}`
                : '',
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
