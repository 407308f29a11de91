/** A Worker under `wrangler dev --local` on 127.0.0.1, with the timings of its cold start. */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { spawnWrangler, stopGroup } from './wrangler';

/** A started local Worker. */
export interface LocalWorker {
  url: string;
  child: ChildProcess;
  /** Spawn → first `GET /health` 200: wrangler and workerd starting, then the script's global scope. */
  readyMs: number;
  /** wrangler's inspector (Chrome DevTools protocol at `ws://127.0.0.1:<port>/ws`), for CPU profiles. */
  inspectorPort: number;
  /** Resident memory of the workerd process (all of its isolates), bytes. */
  rss(): Promise<number>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const direct = text.split(/\s+/).filter(Boolean).map(Number);
  const nested = await Promise.all(direct.map(childrenOf));
  return [...direct, ...nested.flat()];
}

async function workerdRss(root: number): Promise<number> {
  let total = 0;
  for (const pid of await childrenOf(root)) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    if (!/^Name:\s+workerd/m.test(status)) continue;
    total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

/** Polls `url` until it answers 200; resolves with the time it took from `since`. */
async function waitFor200(
  url: string,
  since: number,
  child: ChildProcess,
  timeoutMs: number,
): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited ${child.exitCode} before serving`);
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - since;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/**
 * Starts `wrangler dev --local --no-bundle` on an already built `script` with `projectDir`'s config, and
 * waits until `/health` answers. Not rebundling keeps wrangler's esbuild time out of the start-up.
 */
export async function startLocalWorker(
  projectDir: string,
  script: string,
  timeoutMs = 120_000,
  /** wrangler's local state (R2, D1) to serve from, as `npm run data:upload -- --persist-to` wrote it. */
  persistTo?: string,
): Promise<LocalWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const since = performance.now();
  const child = spawnWrangler(
    [
      'dev',
      script,
      '--config',
      'wrangler.toml',
      '--no-bundle',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--log-level',
      'error',
      '--show-interactive-dev-session=false',
      '--var',
      'TODAY:2026-11-23',
      ...(persistTo ? ['--persist-to', persistTo] : []),
    ],
    projectDir,
  );
  let log = '';
  child.stderr?.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  child.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  try {
    const readyMs = await waitFor200(`${url}/health`, since, child, timeoutMs);
    return {
      url,
      child,
      readyMs,
      inspectorPort,
      rss: () => workerdRss(child.pid as number),
      stop: () => stopGroup(child),
    };
  } catch (error) {
    await stopGroup(child);
    throw new Error(`${String(error)}\n${log}`);
  }
}
