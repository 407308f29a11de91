/**
 * Runs the real Worker in workerd (wrangler's `unstable_startWorker`, local mode, in-memory Durable Objects) on a free
 * loopback port, with variables pointing the Bot API roots at fakes, and captures its log lines.
 */
import { unstable_startWorker } from 'wrangler';

/** A running Worker. */
export interface TestWorker {
  url: URL;
  /** JSON log lines the Worker printed, parsed. */
  logs: Array<Record<string, unknown>>;
  /** Everything the Worker printed, raw, to check that no secret leaks. */
  output: string[];
  /** POSTs `body` (an object is sent as JSON, a string as is) to `path`. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  dispose(): Promise<void>;
}

// Workerd's console output reaches this process through wrangler's logger, which writes with console.*;
// tap those once per test file (vitest gives each file its own process). They are kept for assertions
// and printed only with DEBUG_WORKER=1, so a test run stays readable.
const output: string[] = [];
const echo = process.env.DEBUG_WORKER === '1';
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    output.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    if (echo) original(...args);
  };
}

function parseLogs(): Array<Record<string, unknown>> {
  const lines = output.join('\n').split('\n');
  const logs: Array<Record<string, unknown>> = [];
  for (const line of lines) {
    const start = line.indexOf('{"level"');
    if (start < 0) continue;
    try {
      logs.push(JSON.parse(line.slice(start)) as Record<string, unknown>);
    } catch {
      // Not one of our lines.
    }
  }
  return logs;
}

/** Starts the Worker with `vars`; `chats: false` leaves out the CHATS binding. */
export async function startWorker(
  vars: Record<string, string>,
  options: { chats?: boolean } = {},
): Promise<TestWorker> {
  process.env.WRANGLER_SEND_METRICS = 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
  // Secrets as secret_text, so wrangler's binding table prints them hidden, as a deployed Worker would.
  const bindings = Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      /SECRET|TOKEN/.test(name)
        ? { type: 'secret_text' as const, value }
        : { type: 'plain_text' as const, value },
    ]),
  );
  const worker = await unstable_startWorker({
    // Without a config wrangler would find wrangler.toml (and its CHATS binding) by itself.
    config: options.chats === false ? 'test/channels/fixtures/wrangler-no-chats.toml' : 'wrangler.toml',
    bindings,
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      persist: false,
      watch: false,
      logLevel: 'log',
    },
  });
  await worker.ready;
  const url = await worker.url;
  return {
    url,
    get logs() {
      return parseLogs();
    },
    output,
    post: (path, body, headers = {}) =>
      fetch(new URL(path, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    dispose: () => worker.dispose(),
  };
}
