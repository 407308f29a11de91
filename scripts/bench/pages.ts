/**
 * `npx tsx scripts/bench/pages.ts [--baseline <git ref>] [--runs 30]`: CPU per request of every page type
 * after warm-up (the Workers Free plan allows 10 ms), for this tree and for `baseline` (its tree, run
 * right after), so the ratio holds on a busy machine. CPU is `process.cpuUsage()` around
 * `app.request()`: a page renders synchronously, so it is the page's own time, not the machine's.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkout } from './checkout';
import { REPO_ROOT } from './stage';
import { median, percentile } from './stats';

/** One path per page type; the heaviest of each (the Đồng Nai plan, the agency named in most plans). */
export const PAGES = {
  '/': '/',
  '/ke-hoach': '/ke-hoach',
  '/ke-hoach/<id> (Đồng Nai)': '/ke-hoach/dong-nai-230-2024',
  '/co-quan': '/co-quan',
  '/co-quan/<id> (các sở, ban, ngành)': '/co-quan/cac-so-ban-nganh',
  '/han': '/han',
  '/so-sanh': '/so-sanh',
} as const;

/** The Free plan's CPU per request. */
export const CPU_TARGET_MS = 10;

type App = { request: (path: string, init?: RequestInit, env?: object) => Response | Promise<Response> };

async function cpuMs(app: App, path: string): Promise<number> {
  // The request log line goes to a terminal here, which costs far more than in workerd: left out.
  const log = console.log;
  console.log = () => {};
  const start = process.cpuUsage();
  const r = await app.request(path, {}, { TODAY: '2026-11-23' });
  await r.text();
  if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  const used = process.cpuUsage(start);
  console.log = log;
  return (used.user + used.system) / 1000;
}

/** Median and p90 of CPU ms. */
export interface Figures {
  p50: number;
  p90: number;
}

/** CPU ms per page type after `warm` requests of it: `{ '/han': { cpu: { p50, p90 } } }`. */
export async function measurePages(app: App, runs: number, warm = 5) {
  const out: Record<string, Record<'cpu', Figures>> = {};
  for (const [label, path] of Object.entries(PAGES)) {
    for (let i = 0; i < warm; i++) await cpuMs(app, path);
    const s: number[] = [];
    for (let i = 0; i < runs; i++) s.push(await cpuMs(app, path));
    const sorted = [...s].sort((a, b) => a - b);
    out[label] = { cpu: { p50: median(s), p90: percentile(sorted, 90) } };
  }
  return out;
}

/** This script run in another tree (the baseline's), its figures read back as JSON. */
async function measureIn(root: string, runs: number): Promise<Record<string, Record<string, Figures>>> {
  // Run from that tree, with its tsconfig: tsx compiles a tree's JSX only under its own project.
  for (const f of ['pages.ts', 'checkout.ts'])
    await copyFile(join(REPO_ROOT, 'scripts/bench', f), join(root, 'scripts/bench', f));
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
  const out = execFileSync(
    process.execPath,
    [tsx, 'scripts/bench/pages.ts', '--json', '--runs', String(runs)],
    {
      cwd: root,
      maxBuffer: 1e8,
    },
  );
  return JSON.parse(out.toString());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'string' },
      runs: { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const now = await measurePages((await import(join(REPO_ROOT, 'src/app.ts'))).default as App, runs);
  if (values.json) {
    process.stdout.write(JSON.stringify(now));
    process.exit(0);
  }
  const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-pages-'));
  try {
    const before = values.baseline
      ? await measureIn(await checkout(values.baseline, join(tmp, 'before')), runs)
      : null;
    const head = ['page', 'now p50 / p90 (ms)'];
    if (before) head.push(`${values.baseline} p50 / p90 (ms)`, 'now / before (p50)');
    console.log(`| ${head.join(' | ')} | target |\n|${head.map(() => '---').join('|')}|---|`);
    for (const [label, row] of Object.entries(now)) {
      const cell = (f?: Figures) => `${f?.p50.toFixed(2)} / ${f?.p90.toFixed(2)}`;
      const cells = [cell(row.cpu)];
      const old = before?.[label]?.cpu;
      if (old) cells.push(cell(old), ((row.cpu?.p50 ?? 0) / old.p50).toFixed(2));
      console.log(`| ${label} | ${cells.join(' | ')} | < ${CPU_TARGET_MS} ms |`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
