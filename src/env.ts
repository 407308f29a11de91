/** Worker bindings and configuration, validated once per isolate. */
import * as z from 'zod/mini';

const optionalText = z.optional(z.string());

/** The variables and secrets the Worker reads (`wrangler.toml` [vars] and `wrangler secret put`). */
export const EnvVars = z.object({
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  TELEGRAM_API_ROOT: z._default(z.string(), 'https://api.telegram.org'),
  /** JSON of the bot's `getMe` result, so a cold start does not call the network. */
  TELEGRAM_BOT_INFO: optionalText,
  ZALO_BOT_TOKEN: optionalText,
  ZALO_WEBHOOK_SECRET: optionalText,
  ZALO_API_ROOT: z._default(z.string(), 'https://bot-api.zaloplatforms.com'),
  /** Fixed "today" (YYYY-MM-DD) for tests and demos; the real date otherwise. */
  TODAY: optionalText,
  /** Hotline number and hours per province, JSON: `{"Đồng Nai": {"phone": "…", "hours": "…"}}`. */
  HOTLINES: optionalText,
});
export type EnvVars = z.infer<typeof EnvVars>;

/** Bindings as the Worker receives them. */
export interface Bindings extends Partial<Record<keyof EnvVars, string>> {
  /** The national corpus as per-province shards (`npm run data:upload`); without it, the bundled plans. */
  PLANS?: R2Bucket;
}

/** Today's date as YYYY-MM-DD, from `TODAY` when set. */
export function todayIso(env: Pick<Bindings, 'TODAY'>, now: Date = new Date()): string {
  const fixed = env.TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  // Vietnam is UTC+7 all year: a question at 06:00 local time on the 1st is still the 1st.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
