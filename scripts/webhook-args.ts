/** What both `npm run webhook:*` scripts share: reading the Worker's URL and secrets, exit codes, errors. */
import { pathToFileURL } from 'node:url';

type Env = Readonly<Record<string, string | undefined>>;

/** The inputs of a webhook script, or the message saying what is missing. */
export type WebhookArgs =
  | { ok: true; url: string; token: string; secret: string }
  | { ok: false; message: string };

/** A channel's names and rules. */
export interface WebhookChannel {
  token: string;
  secret: string;
  path: string;
  /** Why the platform would refuse this secret, or `null` when it is fine. */
  checkSecret: (secret: string) => string | null;
  /** Registers the webhook and prints what the user needs; throws the platform's refusal. */
  register: (
    args: { url: string; token: string; secret: string; env: Env },
    print: (line: string) => void,
  ) => Promise<void>;
}

/**
 * Reads the Worker's base URL (first argument, else `WORKER_URL`) and the channel's token and secret,
 * and builds the webhook URL: `https://cam-ket.example.workers.dev` + `/telegram`.
 */
export function webhookArgs(
  argv: readonly string[],
  env: Env,
  names: Pick<WebhookChannel, 'token' | 'secret' | 'path'>,
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

/** A webhook script's entry point: 0 when registered, 1 when the platform refused, 2 for bad input. */
export type WebhookScript = (
  argv: readonly string[],
  env: Env,
  print: (line: string) => void,
) => Promise<number>;

/** Builds a channel's script: `export const main = webhookScript({ token: 'ZALO_BOT_TOKEN', … })`. */
export function webhookScript(channel: WebhookChannel): WebhookScript {
  return async (argv, env, print) => {
    const args = webhookArgs(argv, env, channel);
    if (!args.ok) {
      print(args.message);
      return 2;
    }
    const problem = channel.checkSecret(args.secret);
    if (problem) {
      print(problem);
      return 2;
    }
    try {
      await channel.register({ ...args, env }, print);
      return 0;
    } catch (error) {
      // grammY's and ZaloApiError's messages name the method and the platform's reason, never the token.
      print(`Refused: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  };
}

/** Runs `main` when the file is the one node was started with (not when a test imports it). */
export async function runIfMain(moduleUrl: string, main: WebhookScript): Promise<void> {
  if (process.argv[1] && moduleUrl === pathToFileURL(process.argv[1]).href) {
    process.exitCode = await main(process.argv.slice(2), process.env, (line) => console.log(line));
  }
}
