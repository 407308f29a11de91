/**
 * `npm run webhook:telegram -- https://cam-ket.<account>.workers.dev`: points the Telegram bot at the
 * deployed Worker (`setWebhook` with the secret), sets its command menu, prints `getWebhookInfo` and the
 * bot's `getMe` JSON to store as TELEGRAM_BOT_INFO. Reads TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET
 * (and TELEGRAM_API_ROOT, if set) from the environment; prints neither secret.
 */
import { pathToFileURL } from 'node:url';
import { Api } from 'grammy';
import { webhookArgs } from './webhook-args';

/** Telegram's rule for `secret_token`: 1–256 characters of A–Z, a–z, 0–9, `_` and `-`. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{1,256}$/;

/** The commands Telegram shows in the bot's menu. */
const COMMANDS = [
  { command: 'start', description: 'Giới thiệu và câu hỏi mẫu' },
  { command: 'help', description: 'Hướng dẫn sử dụng' },
  { command: 'tinh', description: 'Chọn tỉnh mặc định' },
  { command: 'nguon', description: 'Xem nguồn của câu trả lời vừa rồi' },
];

/** Runs the script; returns the exit code. */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  print: (line: string) => void,
): Promise<number> {
  const args = webhookArgs(argv, env, {
    token: 'TELEGRAM_BOT_TOKEN',
    secret: 'TELEGRAM_WEBHOOK_SECRET',
    path: 'telegram',
  });
  if (!args.ok) {
    print(args.message);
    return 2;
  }
  if (!SECRET_SHAPE.test(args.secret)) {
    print('TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -.');
    return 2;
  }
  const api = new Api(args.token, env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : undefined);
  try {
    const me = await api.getMe();
    await api.setWebhook(args.url, {
      secret_token: args.secret,
      allowed_updates: ['message', 'callback_query', 'inline_query'],
      max_connections: 40,
    });
    await api.setMyCommands(COMMANDS);
    const info = await api.getWebhookInfo();
    print(`Webhook set for @${me.username}: ${args.url}`);
    print(JSON.stringify(info, null, 2));
    print('So that a cold start needs no getMe, run `npx wrangler secret put TELEGRAM_BOT_INFO` and paste:');
    print(JSON.stringify(me));
    return 0;
  } catch (error) {
    // grammY's messages name the method and Telegram's description, never the token.
    print(`Telegram refused: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env, (line) => console.log(line));
}
