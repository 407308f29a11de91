/** The Worker's entry: the HTTP app, the daily reminder run and the chat objects, which live in this script. */
import app from './app';
import type { ChatRoomBindings } from './channels/chat-room';
import { runReminders } from './channels/reminders/cron';
import { getEngine, warmUp } from './corpus';
import { todayIso } from './env';
import { pruneReport } from './web/admin/usage';

// A date the warm-up's answers are computed for; they are dropped, and no clock is read at start-up
// (workerd gives the global scope none).
warmUp('2026-01-01');

export default {
  fetch: app.fetch,
  /** The Cron Trigger (wrangler.toml): today's reminders, in Vietnam's date; the report's old rows go. */
  async scheduled(_event: ScheduledController, env: ChatRoomBindings, ctx: ExecutionContext): Promise<void> {
    ctx.waitUntil(runReminders(env, getEngine(), todayIso(env)));
    ctx.waitUntil(pruneReport(env.DB, todayIso(env)));
  },
} satisfies ExportedHandler<ChatRoomBindings>;

// Every webhook, in any isolate or location, reaches the one object of its chat.
export { ChatRoom } from './channels/chat-room';
