/**
 * What the maintainers' report counts, written as questions are answered and reminders sent
 * (`migrations/0003_usage.sql`): not-found questions, asked topics per province, reminder deliveries.
 * Every write is best effort: it runs beside the reply (`waitUntil`), and a failure is logged and
 * swallowed, never a reply's problem.
 */
import type { Answer } from '../../answer/types';
import { understand } from '../../answer/understand';
import { maskDigits } from '../../channels/delivery/privacy';
import { afterResponse, runBeside, type WithExecutionContext } from '../../middleware/after-response';
import { describeError } from '../../middleware/request-log';
import type { Corpus } from '../../schema/records';
import { MAX_QUESTION_LENGTH } from '../../text/limits';
import { tokens } from '../../text/normalize';
import { clip } from '../../text/truncate';
import { DELIVERY_RETENTION_DAYS, USAGE_RETENTION_DAYS } from './retention';

/** Where a question came from. */
export type UsageChannel = 'telegram' | 'zalo' | 'web' | 'api';

/** One answered question, as the report keeps it: no chat, no time finer than the day. */
export interface Asked {
  channel: UsageChannel;
  day: string;
  /** As asked; masked and folded before it is stored, and only when not found. */
  question: string;
  intent: string;
  found: boolean;
  /** The province the answer is about, or the one chosen; a name from the plans, never free text. */
  province: string | null;
  /** The answer's first record id: what was asked about. */
  topic: string | null;
}

/**
 * Distinct not-found questions kept per day: beyond it a flood of made-up questions only adds to the
 * counts of those already kept, so the table stays small whatever is sent.
 */
export const MAX_UNANSWERED_PER_DAY = 5000;

/**
 * The question as the search folds it, phone-like digits masked first:
 * `foldQuestion('Tỷ lệ BHYT, gọi 0912 345 678?')` → `'ti le bhyt goi'`.
 */
export function foldQuestion(question: string): string {
  return tokens(maskDigits(question)).join(' ').slice(0, MAX_QUESTION_LENGTH);
}

/** The question as a maintainer reads it: one line, phone-like digits masked, at most the question limit. */
export function shownQuestion(question: string): string {
  return clip(maskDigits(question), MAX_QUESTION_LENGTH);
}

/** Where a question was answered: the plans it was answered from, and the province chosen (page, chat). */
export interface AskScope {
  corpus: Corpus;
  chosen?: string;
}

/**
 * The province a question was about when its answer names none (a not-found answer never does): the
 * first the question names, else the one chosen; only a province the plans are for, never free text.
 */
export function provinceAsked(question: string, { corpus, chosen }: AskScope): string | null {
  const named = understand(question, corpus).provinces[0];
  if (named) return named;
  return chosen && corpus.plans.some((p) => p.plan.province === chosen) ? chosen : null;
}

/**
 * What the report keeps of an answer; `scope` finds the province of an answer that names none (without
 * it, as for the national shards, such an answer is about no province in particular).
 */
export function askedOf(
  answer: Pick<Answer, 'found' | 'intent' | 'provinces' | 'items'>,
  base: Pick<Asked, 'channel' | 'day' | 'question'>,
  scope?: AskScope,
): Asked {
  return {
    ...base,
    found: answer.found,
    intent: answer.intent,
    province: answer.provinces[0] ?? (scope ? provinceAsked(base.question, scope) : null),
    topic: answer.items[0]?.id ?? null,
  };
}

/** Adds one to a not-found question's count, or keeps it when the day has room (`?6` is the cap). */
export const UPSERT_UNANSWERED = `INSERT INTO unanswered (day, folded, shown, province, channel, count)
SELECT ?1, ?2, ?3, ?4, ?5, 1
WHERE (SELECT COUNT(*) FROM unanswered WHERE day = ?1) < ?6
   OR EXISTS (SELECT 1 FROM unanswered WHERE day = ?1 AND folded = ?2 AND province = ?4 AND channel = ?5)
ON CONFLICT (day, folded, province, channel) DO UPDATE SET count = count + 1, shown = excluded.shown`;

const UPSERT_ASKED = `INSERT INTO asked (day, province, intent, topic, channel, count) VALUES (?, ?, ?, ?, ?, 1)
ON CONFLICT (day, province, intent, topic, channel) DO UPDATE SET count = count + 1`;

/** Counts the question; a not-found one is also kept, folded and masked. Throws on a D1 error. */
export async function recordAsked(db: D1Database, a: Asked): Promise<void> {
  const province = a.province ?? '';
  const statements = [db.prepare(UPSERT_ASKED).bind(a.day, province, a.intent, a.topic ?? '', a.channel)];
  const folded = a.found ? '' : foldQuestion(a.question);
  if (folded) {
    statements.push(
      db
        .prepare(UPSERT_UNANSWERED)
        .bind(a.day, folded, shownQuestion(a.question), province, a.channel, MAX_UNANSWERED_PER_DAY),
    );
  }
  await db.batch(statements);
}

/** A question a chat's turn put to the engine, its answer, and where it was asked. */
export interface EngineCall {
  question: string;
  answer: Answer;
  scope: AskScope;
}

/** One reminder a chat's object sent, or gave up on. */
export interface Delivery {
  day: string;
  channel: 'telegram' | 'zalo';
  /** The chat's short hash, as its log lines have it. */
  chat: string;
  /** The reminder's key: the deadline, its date and how many days before. */
  reminder: string;
  /** The reminder's text; its first line is kept. */
  text: string;
  status: 'sent' | 'failed';
  reason?: string;
}

/** Logs one reminder delivery. Throws on a D1 error. */
export async function recordDelivery(db: D1Database, d: Delivery): Promise<void> {
  await db
    .prepare(
      'INSERT INTO reminder_deliveries (day, channel, chat, reminder, summary, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(
      d.day,
      d.channel,
      d.chat,
      d.reminder.slice(0, MAX_QUESTION_LENGTH),
      clip(d.text.split('\n')[0] ?? '', 200),
      d.status,
      d.reason ? clip(d.reason, 200) : null,
    )
    .run();
}

/**
 * Runs a write beside the reply: `wait` is the request's or object's `waitUntil` (absent in unit tests),
 * failures go to `onError`. Never throws, never rejects, and the caller never awaits D1.
 */
export function besideReply(
  write: () => Promise<void>,
  onError: (error: unknown) => void,
  wait?: (p: Promise<unknown>) => void,
): void {
  runBeside(write, onError, wait);
}

/** What a write beside a reply needs of Hono's context: the bindings and the request's `waitUntil`. */
interface RequestContext extends WithExecutionContext {
  env: unknown;
}

/** A write that failed: one log line, no question text in it. */
export function logUsageError(error: unknown): void {
  console.log(JSON.stringify({ level: 'warn', route: 'usage', error: describeError(error) }));
}

/**
 * Counts a web or API answer beside the reply, when the database is bound (`c.env.DB`):
 * `noteAsked(c, askedOf(answer, { channel: 'api', day, question }))`.
 */
export function noteAsked(c: RequestContext, asked: Asked): void {
  const db = (c.env as { DB?: D1Database } | undefined)?.DB;
  if (db) afterResponse(c, () => recordAsked(db, asked), logUsageError);
}

/** Deletes what is past its retention (daily cron); returns the rows deleted per table. */
export async function pruneUsage(
  db: D1Database,
  today: string,
): Promise<{ unanswered: number; asked: number; deliveries: number }> {
  const older = (table: string, days: number) =>
    db.prepare(`DELETE FROM ${table} WHERE day < date(?, ?)`).bind(today, `-${days} days`);
  const [u, a, d] = await db.batch([
    older('unanswered', USAGE_RETENTION_DAYS),
    older('asked', USAGE_RETENTION_DAYS),
    older('reminder_deliveries', DELIVERY_RETENTION_DAYS),
  ]);
  return {
    unanswered: u?.meta.changes ?? 0,
    asked: a?.meta.changes ?? 0,
    deliveries: d?.meta.changes ?? 0,
  };
}

/** The daily cron's pruning, logged; a missing database or a D1 error is a log line, not a failed run. */
export async function pruneReport(db: D1Database | undefined, today: string): Promise<void> {
  if (!db) return;
  try {
    const deleted = await pruneUsage(db, today);
    console.log(JSON.stringify({ level: 'info', route: 'report', event: 'prune', today, ...deleted }));
  } catch (error) {
    console.log(
      JSON.stringify({ level: 'error', route: 'report', event: 'prune', error: describeError(error) }),
    );
  }
}
