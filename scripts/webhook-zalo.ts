/**
 * `npm run webhook:zalo -- https://cam-ket.<account>.workers.dev`: points the Zalo bot at the deployed
 * Worker (`setWebhook` with the secret) and prints `getWebhookInfo`. Reads ZALO_BOT_TOKEN and
 * ZALO_WEBHOOK_SECRET (and ZALO_API_ROOT, if set) from the environment; prints neither.
 */
import { pathToFileURL } from 'node:url';
import { ZaloBotClient } from '../src/channels/zalo/client';
import { webhookArgs } from './webhook-args';

/** Runs the script; returns the exit code. */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  print: (line: string) => void,
): Promise<number> {
  const args = webhookArgs(argv, env, {
    token: 'ZALO_BOT_TOKEN',
    secret: 'ZALO_WEBHOOK_SECRET',
    path: 'zalo',
  });
  if (!args.ok) {
    print(args.message);
    return 2;
  }
  // Zalo's rule for `secret_token`.
  if (args.secret.length < 8 || args.secret.length > 256) {
    print('ZALO_WEBHOOK_SECRET must be 8-256 characters long.');
    return 2;
  }
  const zalo = new ZaloBotClient({ token: args.token, apiRoot: env.ZALO_API_ROOT, timeoutMs: 15_000 });
  try {
    const me = await zalo.getMe();
    await zalo.setWebhook(args.url, args.secret);
    const info = await zalo.getWebhookInfo();
    print(`Webhook set for ${me.account_name ?? me.id}: ${args.url}`);
    print(JSON.stringify(info, null, 2));
    return 0;
  } catch (error) {
    // ZaloApiError messages name the method, never the token.
    print(`Zalo refused: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env, (line) => console.log(line));
}
