/**
 * The maintainers' report as data: rows read from D1 (checked with zod, bounded), then grouped by pure
 * functions the page and the CSV files share. `today` is a parameter; nothing here reads a clock.
 */
import * as z from 'zod/mini';
import { DELIVERY_RETENTION_DAYS, USAGE_RETENTION_DAYS } from './retention';

/** Rows read per list at most: the report is a summary, and the Worker has 128 MB. */
export const MAX_ROWS = 10_000;
/** Days of reminder deliveries the report shows. */
export const DELIVERY_DAYS = 7;
/** Topics shown per province. */
export const TOPICS_PER_PROVINCE = 10;

const UnansweredRow = z.object({
  day: z.string(),
  folded: z.string(),
  shown: z.string(),
  province: z.string(),
  channel: z.string(),
  count: z.number(),
});
export type UnansweredRow = z.infer<typeof UnansweredRow>;

const AskedRow = z.object({
  province: z.string(),
  intent: z.string(),
  topic: z.string(),
  count: z.number(),
});
export type AskedRow = z.infer<typeof AskedRow>;

const WrongRow = z.object({
  day: z.string(),
  channel: z.string(),
  verdict: z.enum(['wrong', 'report']),
  question: z.string(),
  comment: z.nullable(z.string()),
  records: z.string(),
  sources: z.string(),
});
export type WrongRow = z.infer<typeof WrongRow>;

const DeliveryRow = z.object({
  day: z.string(),
  channel: z.string(),
  chat: z.string(),
  reminder: z.string(),
  summary: z.string(),
  status: z.enum(['sent', 'failed']),
  reason: z.nullable(z.string()),
});
export type DeliveryRow = z.infer<typeof DeliveryRow>;

/** Rows that pass `schema`; a hand-edited row that does not is left out rather than crash the page. */
function valid<T>(schema: z.ZodMiniType<T>, results: unknown[]): T[] {
  return results.flatMap((r) => {
    const parsed = schema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Everything the report shows, read at once. */
export interface ReportData {
  unanswered: UnansweredRow[];
  asked: AskedRow[];
  wrong: WrongRow[];
  deliveries: DeliveryRow[];
}

/** Reads the report's rows for `today`: the retention window, the last week of deliveries. */
export async function readReport(db: D1Database, today: string): Promise<ReportData> {
  const since = (days: number) => [today, `-${days} days`];
  const [unanswered, asked, wrong, deliveries] = await db.batch([
    db
      .prepare(
        'SELECT day, folded, shown, province, channel, count FROM unanswered WHERE day >= date(?, ?) ORDER BY day DESC LIMIT ?',
      )
      .bind(...since(USAGE_RETENTION_DAYS), MAX_ROWS),
    db
      .prepare(
        'SELECT province, intent, topic, SUM(count) AS count FROM asked WHERE day >= date(?, ?) GROUP BY province, intent, topic ORDER BY count DESC LIMIT ?',
      )
      .bind(...since(USAGE_RETENTION_DAYS), MAX_ROWS),
    db
      .prepare(
        "SELECT day, channel, verdict, question, comment, records, sources FROM feedback WHERE verdict IN ('wrong', 'report') AND day >= date(?, ?) ORDER BY id DESC LIMIT ?",
      )
      .bind(...since(USAGE_RETENTION_DAYS), MAX_ROWS),
    db
      .prepare(
        'SELECT day, channel, chat, reminder, summary, status, reason FROM reminder_deliveries WHERE day > date(?, ?) ORDER BY id DESC LIMIT ?',
      )
      .bind(...since(Math.min(DELIVERY_DAYS, DELIVERY_RETENTION_DAYS)), MAX_ROWS),
  ]);
  return {
    unanswered: valid(UnansweredRow, unanswered?.results ?? []),
    asked: valid(AskedRow, asked?.results ?? []),
    wrong: valid(WrongRow, wrong?.results ?? []),
    deliveries: valid(DeliveryRow, deliveries?.results ?? []),
  };
}

/** One not-found question over every day, channel and province it was asked on. */
export interface UnansweredGroup {
  folded: string;
  /** The wording of the latest day it was asked. */
  shown: string;
  count: number;
  lastDay: string;
  provinces: string[];
  channels: string[];
}

/**
 * Not-found questions grouped by their folded text, most asked first (then most recent):
 * `[{folded: 'ti le bhyt', count: 2, day: '…'}, {folded: 'ti le bhyt', count: 1, …}]` → one group of 3.
 */
export function groupUnanswered(rows: readonly UnansweredRow[]): UnansweredGroup[] {
  const groups = new Map<string, UnansweredGroup>();
  for (const r of rows) {
    const g = groups.get(r.folded);
    if (!g) {
      groups.set(r.folded, {
        folded: r.folded,
        shown: r.shown,
        count: r.count,
        lastDay: r.day,
        provinces: r.province ? [r.province] : [],
        channels: [r.channel],
      });
      continue;
    }
    g.count += r.count;
    if (r.day > g.lastDay) {
      g.lastDay = r.day;
      g.shown = r.shown;
    }
    if (r.province && !g.provinces.includes(r.province)) g.provinces.push(r.province);
    if (!g.channels.includes(r.channel)) g.channels.push(r.channel);
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || b.lastDay.localeCompare(a.lastDay) || a.folded.localeCompare(b.folded),
  );
}

/** A province's most asked topics. */
export interface ProvinceTopics {
  /** `''` for questions about no province in particular. */
  province: string;
  total: number;
  topics: AskedRow[];
}

/**
 * Asked-topic counts per province, provinces with most questions first, each with its `perProvince` most
 * asked topics (an intent and the answer's first record).
 */
export function topTopics(rows: readonly AskedRow[], perProvince = TOPICS_PER_PROVINCE): ProvinceTopics[] {
  const byProvince = new Map<string, Map<string, AskedRow>>();
  for (const r of rows) {
    const topics = byProvince.get(r.province) ?? new Map<string, AskedRow>();
    byProvince.set(r.province, topics);
    const key = `${r.intent}\u0000${r.topic}`;
    const seen = topics.get(key);
    topics.set(key, seen ? { ...seen, count: seen.count + r.count } : { ...r });
  }
  return [...byProvince]
    .map(([province, topics]) => {
      const list = [...topics.values()].sort(
        (a, b) => b.count - a.count || a.intent.localeCompare(b.intent) || a.topic.localeCompare(b.topic),
      );
      return { province, total: list.reduce((n, t) => n + t.count, 0), topics: list.slice(0, perProvince) };
    })
    .sort((a, b) => b.total - a.total || a.province.localeCompare(b.province, 'vi'));
}

/** One reminder on one day: how many chats got it, how many did not. */
export interface DeliveryGroup {
  day: string;
  reminder: string;
  summary: string;
  channels: string[];
  sent: number;
  failed: number;
  /** Why it failed, distinct reasons. */
  reasons: string[];
}

/** Deliveries grouped by day and reminder, latest day first: what the cron sent this week. */
export function groupDeliveries(rows: readonly DeliveryRow[]): DeliveryGroup[] {
  const groups = new Map<string, DeliveryGroup>();
  for (const r of rows) {
    const key = `${r.day}\u0000${r.reminder}`;
    const g = groups.get(key) ?? {
      day: r.day,
      reminder: r.reminder,
      summary: r.summary,
      channels: [],
      sent: 0,
      failed: 0,
      reasons: [],
    };
    groups.set(key, g);
    if (r.status === 'sent') g.sent++;
    else g.failed++;
    if (!g.channels.includes(r.channel)) g.channels.push(r.channel);
    if (r.reason && !g.reasons.includes(r.reason)) g.reasons.push(r.reason);
  }
  return [...groups.values()].sort(
    (a, b) => b.day.localeCompare(a.day) || a.summary.localeCompare(b.summary, 'vi'),
  );
}
