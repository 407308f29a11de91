/**
 * `npm run webhook:telegram -- https://cam-ket.<account>.workers.dev`: points the Telegram bot at the
 * deployed Worker (`setWebhook` with the secret), sets its command menu, its description and short
 * description (what a new user reads before /start, and on the bot's profile), and a menu button that
 * opens the web pages; prints `getWebhookInfo` and the bot's `getMe` JSON to store as TELEGRAM_BOT_INFO. Reads TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET
 * (and TELEGRAM_API_ROOT, if set) from the environment; prints neither secret.
 */
import { Api } from 'grammy';
import { runIfMain, webhookScript } from './webhook-args';

/** The commands Telegram shows in the bot's menu. */
const COMMANDS = [
  { command: 'start', description: 'Giới thiệu và câu hỏi mẫu' },
  { command: 'help', description: 'Hướng dẫn sử dụng' },
  { command: 'tinh', description: 'Chọn tỉnh mặc định' },
  { command: 'moi', description: 'Bắt đầu chủ đề mới' },
  { command: 'nguon', description: 'Xem nguồn của câu trả lời vừa rồi' },
  { command: 'theodoi', description: 'Nhắc trước hạn của một cơ quan hoặc tỉnh' },
  { command: 'riengtu', description: 'Cam Kết lưu gì và trong bao lâu' },
  { command: 'privacy', description: 'Chính sách riêng tư (như /riengtu)' },
];

/** What a new user reads in the empty chat, before pressing Start (at most 512 characters). */
export const DESCRIPTION =
  'Cam Kết trả lời câu hỏi về kế hoạch của UBND các tỉnh: chỉ tiêu, thời hạn, cơ quan chủ trì — luôn kèm số kế hoạch, mục và dòng trích dẫn. Hỏi bằng tiếng Việt, có dấu hay không dấu đều được.';
/** The bot's profile line and what a shared link shows (at most 120 characters). */
export const SHORT_DESCRIPTION =
  'Hỏi đáp kế hoạch của UBND tỉnh: chỉ tiêu, thời hạn, cơ quan chủ trì — kèm nguồn.';
/** The menu button beside the text field: opens the web pages. */
export const MENU_BUTTON_TEXT = 'Trang Cam Kết';

/** The update kinds the bot handles; `my_chat_member` brings the welcome when it is added to a group. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

/** The script: `await main(argv, env, print)` → exit code. */
export const main = webhookScript({
  token: 'TELEGRAM_BOT_TOKEN',
  secret: 'TELEGRAM_WEBHOOK_SECRET',
  path: 'telegram',
  checkSecret: (s) =>
    /^[A-Za-z0-9_-]{1,256}$/.test(s)
      ? null
      : 'TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -.',
  register: async ({ url, token, secret, env }, say) => {
    const api = new Api(token, env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : undefined);
    const me = await api.getMe();
    await api.setWebhook(url, {
      secret_token: secret,
      allowed_updates: [...ALLOWED_UPDATES],
      max_connections: 40,
    });
    await api.setMyCommands(COMMANDS);
    await api.setMyDescription(DESCRIPTION);
    await api.setMyShortDescription(SHORT_DESCRIPTION);
    // The web pages are served by the same Worker, at its root.
    const site = new URL('/', url).href;
    await api.setChatMenuButton({
      menu_button: { type: 'web_app', text: MENU_BUTTON_TEXT, web_app: { url: site } },
    });
    say(`Webhook set for @${me.username}: ${url}`);
    say(JSON.stringify(await api.getWebhookInfo(), null, 2));
    say('So that a cold start needs no getMe, run `npx wrangler secret put TELEGRAM_BOT_INFO` and paste:');
    say(JSON.stringify(me));
    say(`So that answers link to their rows on the web, set PUBLIC_URL = "${site}" in wrangler.toml [vars].`);
  },
});

await runIfMain(import.meta.url, main);
