/**
 * `npm run webhook:telegram -- https://cam-ket.<account>.workers.dev`: points the Telegram bot at the
 * deployed Worker (`setWebhook` with the secret), sets its command menu, prints `getWebhookInfo` and the
 * bot's `getMe` JSON to store as TELEGRAM_BOT_INFO. Reads TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET
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
  { command: 'riengtu', description: 'Cam Kết lưu gì và trong bao lâu' },
];

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
      allowed_updates: ['message', 'callback_query', 'inline_query'],
      max_connections: 40,
    });
    await api.setMyCommands(COMMANDS);
    say(`Webhook set for @${me.username}: ${url}`);
    say(JSON.stringify(await api.getWebhookInfo(), null, 2));
    say('So that a cold start needs no getMe, run `npx wrangler secret put TELEGRAM_BOT_INFO` and paste:');
    say(JSON.stringify(me));
  },
});

await runIfMain(import.meta.url, main);
