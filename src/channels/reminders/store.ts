/**
 * Subscriptions in D1 (`migrations/0001_subscriptions.sql`). A chat is its keyed hash; rows read back are
 * checked with zod, so a hand-edited row cannot crash the cron.
 */
import * as z from 'zod/mini';
import type { Subscription } from './due';

/** A subscription of one chat, with the name the user chose. */
export interface Followed extends Subscription {
  label: string;
}

/** One chat's subscriptions. */
export interface SubscriptionStore {
  add(s: Followed): Promise<'added' | 'exists' | 'full'>;
  remove(s: Subscription): Promise<boolean>;
  list(): Promise<Followed[]>;
  clear(): Promise<void>;
}

/** Subscriptions a chat may hold: enough for an office, bounded so one chat cannot fill the table. */
export const MAX_SUBSCRIPTIONS = 20;

const Row = z.object({
  chat: z.string(),
  kind: z.enum(['agency', 'province']),
  target: z.string(),
  label: z.string(),
});
export type SubscriptionRow = z.infer<typeof Row>;

const rows = (results: unknown[]): SubscriptionRow[] =>
  results.flatMap((r) => {
    const parsed = Row.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });

/** The store of chat `chat` over the `DB` binding. */
export function d1Subscriptions(db: D1Database, chat: string): SubscriptionStore {
  return {
    async add(s) {
      const count = await db
        .prepare('SELECT COUNT(*) AS n FROM subscriptions WHERE chat = ?')
        .bind(chat)
        .first<{ n: number }>();
      if ((count?.n ?? 0) >= MAX_SUBSCRIPTIONS) return 'full';
      const res = await db
        .prepare(
          'INSERT INTO subscriptions (chat, kind, target, label, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
        )
        .bind(chat, s.kind, s.target, s.label, new Date().toISOString())
        .run();
      return res.meta.changes > 0 ? 'added' : 'exists';
    },
    async remove(s) {
      const res = await db
        .prepare('DELETE FROM subscriptions WHERE chat = ? AND kind = ? AND target = ?')
        .bind(chat, s.kind, s.target)
        .run();
      return res.meta.changes > 0;
    },
    async list() {
      const res = await db
        .prepare('SELECT chat, kind, target, label FROM subscriptions WHERE chat = ? ORDER BY created')
        .bind(chat)
        .all();
      return rows(res.results);
    },
    async clear() {
      await db.prepare('DELETE FROM subscriptions WHERE chat = ?').bind(chat).run();
    },
  };
}

/** Every subscription, for the daily cron. */
export async function allSubscriptions(db: D1Database): Promise<SubscriptionRow[]> {
  const res = await db.prepare('SELECT chat, kind, target, label FROM subscriptions ORDER BY chat').all();
  return rows(res.results);
}
