/**
 * `npm run webhook:zalo -- https://cam-ket.<account>.workers.dev`: points the Zalo bot at the deployed
 * Worker (`setWebhook` with the secret) and prints `getWebhookInfo`. Reads ZALO_BOT_TOKEN and
 * ZALO_WEBHOOK_SECRET (and ZALO_API_ROOT, if set) from the environment; prints neither.
 */
import { pathToFileURL } from 'node:url';
import { ZaloBotClient } from '../src/channels/zalo/client';
import { runWebhookScript } from './webhook-args';

/** Runs the script; returns the exit code. */
export function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  print: (line: string) => void,
): Promise<number> {
  return runWebhookScript(
    {
      token: 'ZALO_BOT_TOKEN',
      secret: 'ZALO_WEBHOOK_SECRET',
      path: 'zalo',
      checkSecret: (s) =>
        s.length >= 8 && s.length <= 256 ? null : 'ZALO_WEBHOOK_SECRET must be 8-256 characters long.',
      register: async ({ url, token, secret }, say) => {
        const zalo = new ZaloBotClient({ token, apiRoot: env.ZALO_API_ROOT, timeoutMs: 15_000 });
        const me = await zalo.getMe();
        await zalo.setWebhook(url, secret);
        say(`Webhook set for ${me.account_name ?? me.id}: ${url}`);
        say(JSON.stringify(await zalo.getWebhookInfo(), null, 2));
      },
    },
    argv,
    env,
    print,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env, (line) => console.log(line));
}
