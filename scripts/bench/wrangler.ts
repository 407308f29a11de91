/** Running wrangler offline from the benchmark: no metrics, no network, no interactive session. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './stage';

const WRANGLER = join(REPO_ROOT, 'node_modules/wrangler/bin/wrangler.js');

/** The environment TOOLCHAIN.md gives for an offline wrangler. */
export const OFFLINE_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CI: '1',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** Starts `wrangler <args>` in `cwd` as the leader of its own process group, so it can be stopped whole. */
export function spawnWrangler(args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [WRANGLER, ...args], {
    cwd,
    env: OFFLINE_ENV,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs wrangler to completion; resolves with its output, rejects on a non-zero exit. */
export function runWrangler(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawnWrangler(args, cwd);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(output) : fail(new Error(`wrangler ${args[0]} exited ${code}:\n${output}`)),
    );
  });
}

/** Stops a process group started by `spawnWrangler`: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
