/**
 * The daily reminder run (Cron Trigger, 07:00 Asia/Ho_Chi_Minh): every subscription's due reminders go to
 * its chat's object, which sends each key once and retries like any reply. Running twice, or a retried
 * cron, sends nothing twice. One log line per run.
 */
import type { Engine } from '../../answer/engine';
import type { ChatRoom, ChatRoomBindings, RemindItem } from '../chat-room';
import { withTimeout } from '../delivery/timeout';
import { dueReminders } from './due';
import { allSubscriptions } from './store';

/** How long the run waits for one chat's object. */
const REMIND_TIMEOUT_MS = 5000;

/** Sends the reminders due on `today`; returns the run's counts (also logged). */
export async function runReminders(
  env: ChatRoomBindings,
  engine: Engine,
  today: string,
): Promise<{ chats: number; due: number; queued: number; failed: number }> {
  const counts = { chats: 0, due: 0, queued: 0, failed: 0 };
  const errors: string[] = [];
  const chats = env.CHATS;
  if (!env.DB || !chats) {
    console.log(JSON.stringify({ level: 'error', route: 'cron', error: 'DB or CHATS binding missing' }));
    return counts;
  }
  const byChat = new Map<string, RemindItem[]>();
  for (const sub of await allSubscriptions(env.DB)) {
    const items = byChat.get(sub.chat) ?? [];
    for (const r of dueReminders(engine.corpus, today, sub))
      if (!items.some((i) => i.key === r.key)) items.push(r);
    byChat.set(sub.chat, items);
  }
  for (const [chat, items] of byChat) {
    counts.chats++;
    if (!items.length) continue;
    counts.due += items.length;
    try {
      const stub = chats.get(chats.idFromName(chat)) as DurableObjectStub<ChatRoom>;
      counts.queued += await withTimeout(stub.remind(items), REMIND_TIMEOUT_MS, 'remind');
    } catch (error) {
      counts.failed++;
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  console.log(
    JSON.stringify({
      level: errors.length ? 'error' : 'info',
      route: 'cron',
      today,
      ...counts,
      ...(errors.length ? { error: errors.slice(0, 5).join('; ') } : {}),
    }),
  );
  return counts;
}
