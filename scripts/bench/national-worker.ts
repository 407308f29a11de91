/**
 * `npx tsx scripts/bench/national-worker.ts [--dir bench/national/shards] [--runs 3] [--state DIR]`: the national
 * service in workerd. Uploads the shards (`npm run ingest:national`) to a fresh local R2, then, in fresh
 * isolates, times the first `/api/ask` naming no province (answered from the summary) and naming one
 * (its shard read and loaded), and lists what each read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundle } from './bundle';
import { startLocalWorker } from './local-worker';
import { REPO_ROOT } from './stage';
import { median } from './stats';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: resolve(REPO_ROOT, 'bench/national/shards') },
    runs: { type: 'string', default: '3' },
    /** wrangler state already holding the shards (a previous upload's --persist-to): no upload then. */
    state: { type: 'string' },
  },
});
const QUESTIONS = {
  'no province (summary)': 'tỷ lệ BHYT mục tiêu bao nhiêu',
  'named province (one shard)': 'Tỷ lệ bao phủ BHYT của Quảng Ninh đạt bao nhiêu?',
};

const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-national-bench-'));
try {
  const state = values.state ? resolve(values.state) : join(tmp, 'state');
  if (!values.state)
    execFileSync(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/data-upload.ts',
        '--dir',
        values.dir,
        '--persist-to',
        state,
      ],
      { cwd: REPO_ROOT, stdio: 'inherit' },
    );
  const bundle = await measureBundle(REPO_ROOT, join(tmp, 'dist'));
  for (const [label, q] of Object.entries(QUESTIONS)) {
    const times: number[] = [];
    let reads: unknown;
    for (let run = 0; run < Number(values.runs); run++) {
      const worker = await startLocalWorker(REPO_ROOT, bundle.mainPath, 120_000, state);
      try {
        const start = performance.now();
        const r = await fetch(`${worker.url}/api/ask?q=${encodeURIComponent(q)}`);
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`${q}: ${r.status}`);
        times.push(performance.now() - start);
        reads = ((await (await fetch(`${worker.url}/api/shards`)).json()) as { reads: string[] }).reads;
      } finally {
        await worker.stop();
      }
    }
    console.log(
      `first /api/ask, ${label}: median ${median(times).toFixed(1)} ms of [${times.map((t) => t.toFixed(0)).join(', ')}]; read ${JSON.stringify(reads)}`,
    );
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
