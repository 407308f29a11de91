/** What both `npm run webhook:*` scripts read: the deployed Worker's URL and the channel's secrets. */

/** The inputs of a webhook script, or the message saying what is missing. */
export type WebhookArgs =
  | { ok: true; url: string; token: string; secret: string }
  | { ok: false; message: string };

/**
 * Reads the Worker's base URL (first argument, else `WORKER_URL`) and the token and secret variables
 * named by the channel, and builds the webhook URL: `https://cam-ket.example.workers.dev` + `/telegram`.
 */
export function webhookArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  names: { token: string; secret: string; path: string },
): WebhookArgs {
  const base = argv.find((a) => !a.startsWith('-')) ?? env.WORKER_URL;
  const missing = [
    !base && 'the Worker URL (argument or WORKER_URL)',
    !env[names.token] && names.token,
    !env[names.secret] && names.secret,
  ].filter(Boolean);
  if (missing.length || !base) return { ok: false, message: `Missing: ${missing.join(', ')}.` };
  let url: URL;
  try {
    url = new URL(names.path, base.endsWith('/') ? base : `${base}/`);
  } catch {
    return { ok: false, message: `Not a URL: ${base}` };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'The webhook URL must be https.' };
  return { ok: true, url: url.href, token: env[names.token] ?? '', secret: env[names.secret] ?? '' };
}
