/**
 * `npx tsx scripts/bench/national-compare.ts [--baseline <git ref>] [--now <dir>] [--runs 5]`: the national
 * service's first `/api/ask` in fresh workerd isolates, for this tree (or `--now`) and for `baseline`, in
 * the same run and taking turns. Each tree writes its own shards from `bench/national/corpus.json`
 * (`npm run gen:national`) with its own ingest and uploads them to its own local R2.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundle } from './bundle';
import { checkout } from './checkout';
import { startLocalWorker } from './local-worker';
import { REPO_ROOT } from './stage';
import { median } from './stats';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', default: 'HEAD' },
    now: { type: 'string', default: REPO_ROOT },
    runs: { type: 'string', default: '5' },
    corpus: { type: 'string', default: resolve(REPO_ROOT, 'bench/national/corpus.json') },
  },
});
const QUESTIONS = {
  'named province (one shard)': 'Tỷ lệ bao phủ BHYT của Quảng Ninh đạt bao nhiêu?',
  'no province (summary)': 'tỷ lệ BHYT mục tiêu bao nhiêu',
};

const tsx = (dir: string, args: string[]) =>
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-national-compare-'));
try {
  const trees = { before: await checkout(values.baseline, join(tmp, 'before')), now: resolve(values.now) };
  const built = new Map<string, { script: string; state: string }>();
  const samples = new Map<string, number[]>();
  for (const [name, dir] of Object.entries(trees)) {
    const shards = join(tmp, `${name}-shards`);
    const state = join(tmp, `${name}-state`);
    tsx(dir, ['scripts/ingest-national.ts', '--in', values.corpus, '--out', shards, '--version', 'bench']);
    tsx(dir, ['scripts/data-upload.ts', '--dir', shards, '--persist-to', state]);
    const bundle = await measureBundle(dir, join(tmp, `${name}-dist`));
    built.set(name, { script: bundle.mainPath, state });
  }
  for (let run = 0; run < Number(values.runs); run++) {
    const names = Object.keys(trees) as (keyof typeof trees)[];
    for (const name of run % 2 ? names.reverse() : names)
      for (const [label, q] of Object.entries(QUESTIONS)) {
        const { script, state } = built.get(name) ?? { script: '', state: '' };
        const worker = await startLocalWorker(trees[name], script, 120_000, state);
        try {
          const start = performance.now();
          const r = await fetch(`${worker.url}/api/ask?q=${encodeURIComponent(q)}`);
          await r.arrayBuffer();
          if (!r.ok) throw new Error(`${name}, ${q}: ${r.status}`);
          const key = `${name}|${label}`;
          samples.set(key, [...(samples.get(key) ?? []), performance.now() - start]);
        } finally {
          await worker.stop();
        }
      }
    console.log(`run ${run + 1}`, JSON.stringify(Object.fromEntries(samples)));
  }
  const rows = ['| first /api/ask, national | before | now | now / before |', '|---|---|---|---|'];
  for (const label of Object.keys(QUESTIONS)) {
    const [b, n] = ['before', 'now'].map((name) => median(samples.get(`${name}|${label}`) ?? []));
    rows.push(
      `| ${label} | ${b?.toFixed(1)} ms | ${n?.toFixed(1)} ms | ${((n ?? 0) / (b ?? 1)).toFixed(2)} |`,
    );
  }
  console.log(
    `\nbaseline ${values.baseline}, ${values.runs} fresh starts each, interleaved (medians)\n${rows.join('\n')}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
