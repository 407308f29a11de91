/**
 * `wrangler dev` as a real child process (local mode, loopback only), for tests that need what
 * `unstable_startWorker` cannot give: several Workers in one runtime, and a process to kill and restart
 * with its Durable Objects persisted on disk. Configs are written to a temporary directory with the
 * test's variables, so nothing is passed on the command line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/bench/local-worker';
import { REPO_ROOT as ROOT } from '../../scripts/bench/stage';
import { runWrangler, spawnWrangler } from '../../scripts/bench/wrangler';

export { freePort };

const toml = (value: string) => JSON.stringify(value);

/** `[vars]` lines for a config. */
function varsBlock(vars: Record<string, string>): string {
  return ['[vars]', ...Object.entries(vars).map(([k, v]) => `${k} = ${toml(v)}`)].join('\n');
}

/** The Worker as wrangler.toml has it (the CHATS object defined here), with `vars`. */
export function mainConfig(
  dir: string,
  vars: Record<string, string>,
  name = 'cam-ket',
  entry = 'src/index.ts',
): string {
  const file = join(dir, `${name}.toml`);
  writeFileSync(
    file,
    [
      `name = ${toml(name)}`,
      `main = ${toml(join(ROOT, entry))}`,
      'compatibility_date = "2026-04-01"',
      '[[durable_objects.bindings]]',
      'name = "CHATS"',
      'class_name = "ChatRoom"',
      '[[migrations]]',
      'tag = "v1"',
      'new_sqlite_classes = ["ChatRoom"]',
      '[[d1_databases]]',
      'binding = "DB"',
      'database_name = "cam-ket"',
      'database_id = "00000000-0000-0000-0000-000000000000"',
      `migrations_dir = ${toml(join(ROOT, 'migrations'))}`,
      varsBlock(vars),
    ].join('\n'),
  );
  return file;
}

/** A second copy of the Worker whose CHATS binding reaches the objects of `script`. */
export function secondConfig(dir: string, vars: Record<string, string>, script = 'cam-ket'): string {
  const file = join(dir, 'second.toml');
  writeFileSync(
    file,
    [
      'name = "cam-ket-second"',
      `main = ${toml(join(ROOT, 'src/index.ts'))}`,
      'compatibility_date = "2026-04-01"',
      '[[durable_objects.bindings]]',
      'name = "CHATS"',
      'class_name = "ChatRoom"',
      `script_name = ${toml(script)}`,
      varsBlock(vars),
    ].join('\n'),
  );
  return file;
}

/** The test-only front that forwards each request to the copy `x-front` names. */
export function frontConfig(dir: string): string {
  const file = join(dir, 'front.toml');
  writeFileSync(
    file,
    [
      'name = "cam-ket-front"',
      `main = ${toml(join(ROOT, 'test/channels/fixtures/two-fronts/front.ts'))}`,
      'compatibility_date = "2026-04-01"',
      '[[services]]',
      'binding = "FIRST"',
      'service = "cam-ket"',
      '[[services]]',
      'binding = "SECOND"',
      'service = "cam-ket-second"',
    ].join('\n'),
  );
  return file;
}

/** A running `wrangler dev`. */
export interface DevRuntime {
  url: string;
  /** Our JSON log lines, parsed, from every Worker of the runtime. */
  logs(): Array<Record<string, unknown>>;
  /** Kills the whole process group at once (`SIGKILL`: no chance to finish anything). */
  kill(): Promise<void>;
}

/** Every process below `pid`, read from `ps` (Linux). */
function descendants(pid: number): number[] {
  let table: Array<[number, number]> = [];
  try {
    table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  } catch {
    return [];
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of table)
      if (parent === p) {
        out.push(child);
        walk(child);
      }
  };
  walk(pid);
  return out;
}

/** A temporary directory for configs and persisted state, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cam-ket-dev-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Applies `migrations/` to the local D1 of `config`, persisted in `persistTo`. */
export async function applyMigrations(config: string, persistTo: string): Promise<void> {
  await runWrangler(
    ['d1', 'migrations', 'apply', 'DB', '--local', '-c', config, '--persist-to', persistTo],
    ROOT,
  );
}

/** Rows of a query on the local D1 of `config` (read beside a running dev server). */
export async function d1Query(
  config: string,
  persistTo: string,
  sql: string,
): Promise<Array<Record<string, unknown>>> {
  const args = [
    'd1',
    'execute',
    'DB',
    '--local',
    '-c',
    config,
    '--persist-to',
    persistTo,
    '--json',
    '--command',
    sql,
  ];
  // A read from this second process can fail while the dev server holds the database (seen once in CI: wrangler
  // exiting 1 with its own assertion, "false == true"); a SELECT is safe to repeat, a write is not.
  const tries = /^\s*select\b/i.test(sql) ? 3 : 1;
  let out = '';
  for (let attempt = 1; ; attempt++) {
    try {
      out = await runWrangler(args, ROOT);
      break;
    } catch (err) {
      if (attempt >= tries) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  // The JSON result is the array that opens a line; anything wrangler printed around it is not.
  const start = out.search(/^\[/m);
  const end = out.lastIndexOf(']');
  const parsed = JSON.parse(out.slice(start, end + 1)) as Array<{ results: Array<Record<string, unknown>> }>;
  return parsed[0]?.results ?? [];
}

/**
 * Starts `wrangler dev` with `configs` (the first is the one on `port`), persisting to `persistTo`;
 * `extra` are more flags (`--test-scheduled`).
 */
export async function startDev(
  configs: string[],
  port: number,
  persistTo: string,
  extra: string[] = [],
): Promise<DevRuntime> {
  // A port found free can be taken by another test file's Worker before this one binds it (test files run in
  // parallel): started again on fresh ports, a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDevOnce(configs, attempt === 1 ? port : await freePort(), persistTo, extra);
    } catch (e) {
      if (attempt >= 3 || !/Address already in use/.test(String(e))) throw e;
    }
  }
}

async function startDevOnce(
  configs: string[],
  port: number,
  persistTo: string,
  extra: string[],
): Promise<DevRuntime> {
  const args = ['dev', ...configs.flatMap((c) => ['-c', c]), ...extra];
  args.push('--local', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo);
  args.push('--inspector-port', String(await freePort()), '--show-interactive-dev-session=false');
  const child = spawnWrangler(args, ROOT);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const until = Date.now() + 60_000;
  while (!/Ready on http/.test(output)) {
    if (Date.now() > until || child.exitCode !== null || /Address already in use/.test(output)) {
      for (const pid of [-(child.pid ?? 0), ...descendants(child.pid ?? 0)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      throw new Error(`wrangler dev did not start:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    logs: () => {
      const lines: Array<Record<string, unknown>> = [];
      for (const line of output.split('\n')) {
        const start = line.indexOf('{"level"');
        if (start < 0) continue;
        try {
          lines.push(JSON.parse(line.slice(start)) as Record<string, unknown>);
        } catch {
          // Not one of ours, or cut.
        }
      }
      return lines;
    },
    kill: async () => {
      // workerd may not stay in wrangler's process group: every descendant is killed by pid too.
      const all = [child.pid ?? 0, ...descendants(child.pid ?? 0)];
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // Already gone.
      }
      for (const pid of all) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) done();
        else child.once('exit', () => done());
      });
      // SIGKILL is delivered asynchronously: on a loaded machine workerd can still send a request after wrangler
      // has exited. Killed means gone, so wait until no process of the tree is left (at most 10 s).
      const deadline = Date.now() + 10_000;
      const alive = (pid: number) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      while (all.some((pid) => pid > 0 && alive(pid)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    },
  };
}

/** A running Worker whose local D1 has `migrations/` applied, with the paths a test reads it back by. */
export interface DatabaseRuntime {
  dev: DevRuntime;
  temp: ReturnType<typeof tempDir>;
  config: string;
  state: string;
}

/**
 * The main Worker with `vars`, its D1 migrated, started on a free port: what every end-to-end test that stores
 * something (subscriptions, feedback, the report's counts) needs first. `extra` are more flags.
 */
export async function startWithDatabase(
  vars: Record<string, string>,
  extra: string[] = [],
): Promise<DatabaseRuntime> {
  const temp = tempDir();
  const config = mainConfig(temp.dir, vars);
  const state = `${temp.dir}/state`;
  await applyMigrations(config, state);
  const dev = await startDev([config], await freePort(), state, extra);
  return { dev, temp, config, state };
}
