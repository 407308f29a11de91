/**
 * `npm run webhook:zalo -- https://cam-ket.<account>.workers.dev`: points the Zalo bot at the deployed
 * Worker (`setWebhook` with the secret) and prints `getWebhookInfo`. Reads ZALO_BOT_TOKEN and
 * ZALO_WEBHOOK_SECRET (and ZALO_API_ROOT, if set) from the environment; prints neither.
 */
import { ZaloBotClient } from '../src/channels/zalo/client';
import { runIfMain, webhookScript } from './webhook-args';

/** The script: `await main(argv, env, print)` → exit code. */
export const main = webhookScript({
  token: 'ZALO_BOT_TOKEN',
  secret: 'ZALO_WEBHOOK_SECRET',
  path: 'zalo',
  checkSecret: (s) =>
    s.length >= 8 && s.length <= 256 ? null : 'ZALO_WEBHOOK_SECRET must be 8-256 characters long.',
  register: async ({ url, token, secret, env }, say) => {
    const zalo = new ZaloBotClient({ token, apiRoot: env.ZALO_API_ROOT, timeoutMs: 15_000 });
    const me = await zalo.getMe();
    await zalo.setWebhook(url, secret);
    say(`Webhook set for ${me.account_name ?? me.id}: ${url}`);
    say(JSON.stringify(await zalo.getWebhookInfo(), null, 2));
    // Zalo groups address the bot by name ("@Cam Kết …"): the Worker must know the name the group sees.
    if (me.account_name)
      say(`In groups the bot answers "@<its name> …": set ZALO_BOT_NAME to its display name.`);
  },
});

await runIfMain(import.meta.url, main);
