/** The bot's own `getMe` facts, from configuration, so a cold start never waits on the network. */
import type { UserFromGetMe } from 'grammy/types';
import * as z from 'zod/mini';

const GetMe = z.looseObject({ id: z.number(), username: z.string(), first_name: z.optional(z.string()) });

/** Username assumed when `TELEGRAM_BOT_INFO` is not set; group mentions need the real one. */
export const DEFAULT_BOT_USERNAME = 'cam_ket_bot';

/**
 * `TELEGRAM_BOT_INFO` (the JSON `npm run webhook:telegram` prints) over defaults built from the token,
 * whose part before the colon is the bot's id: `botInfoFrom('123:abc', undefined).id` → `123`.
 */
export function botInfoFrom(token: string, json: string | undefined): UserFromGetMe {
  const defaults: UserFromGetMe = {
    id: Number(token.split(':')[0]) || 0,
    is_bot: true,
    first_name: 'Cam Kết',
    username: DEFAULT_BOT_USERNAME,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  if (!json) return defaults;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return defaults;
  }
  const parsed = GetMe.safeParse(raw);
  return parsed.success ? ({ ...defaults, ...parsed.data, is_bot: true } as UserFromGetMe) : defaults;
}
