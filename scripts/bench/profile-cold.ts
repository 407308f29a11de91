/**
 * `npx tsx scripts/bench/profile-cold.ts [--q "…"] [--runs 3] [--state DIR] [--out DIR] [--dir DIR]`: CPU profiles of
 * the first `/api/ask` of fresh isolates in workerd, taken through wrangler's inspector, and where the time
 * went: each run's CPU busy time, garbage collection, and the functions with the most time, callees
 * included (`--state`: a local R2 holding the national shards, as `data:upload --persist-to` wrote it).
 * The bundle is built unminified, so names stay readable; open the `.cpuprofile` files in Chrome DevTools.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type CpuProfile, summarize } from './cpu-profile';
import { startLocalWorker } from './local-worker';
import { REPO_ROOT } from './stage';
import { median } from './stats';
import { runWrangler } from './wrangler';

const { values } = parseArgs({
  options: {
    q: { type: 'string', default: 'Quảng Ninh phấn đấu tỷ lệ lao động qua đào tạo đạt bao nhiêu % vậy ạ?' },
    runs: { type: 'string', default: '3' },
    state: { type: 'string' },
    out: { type: 'string', default: join(tmpdir(), 'cam-ket-profiles') },
    /** Another working copy to build and profile (e.g. a baseline unpacked with checkout.ts). */
    dir: { type: 'string', default: REPO_ROOT },
    /** Functions to report by name, whatever their line (the same stages in two builds). */
    stages: {
      type: 'string',
      default: 'rank,termStats,plainTerms,understand,loadShard,frequency,current,finish,(garbage collector)',
    },
  },
});

/** The `ws` client that wrangler's miniflare installs (Node 20's own WebSocket cannot send an Origin). */
type Socket = {
  on(event: 'open' | 'error' | 'message', listener: (data: unknown) => void): void;
  send(text: string): void;
  close(): void;
};
const WebSocketClient = createRequire(import.meta.url)('ws') as new (url: string) => Socket;

/** One Chrome DevTools protocol session: `send(method, params)` resolves with the result. */
async function devtools(url: string) {
  const socket = new WebSocketClient(url);
  await new Promise((done, fail) => {
    socket.on('open', done);
    socket.on('error', fail);
  });
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return {
    send: <T>(method: string, params: object = {}) =>
      new Promise<T>((done) => {
        pending.set(++id, done as (result: unknown) => void);
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-profile-'));
try {
  const dist = join(tmp, 'dist');
  const dir = resolve(values.dir);
  await runWrangler(['deploy', '--dry-run', '--outdir', dist], dir);
  await mkdir(values.out, { recursive: true });
  const runs: ReturnType<typeof summarize>[] = [];
  for (let run = 1; run <= Number(values.runs); run++) {
    const state = values.state ? resolve(values.state) : undefined;
    const worker = await startLocalWorker(dir, join(dist, 'index.js'), 120_000, state);
    try {
      const session = await devtools(`ws://127.0.0.1:${worker.inspectorPort}/ws`);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
      const response = await fetch(`${worker.url}/api/ask?q=${encodeURIComponent(values.q)}`);
      await response.arrayBuffer();
      const { profile } = await session.send<{ profile: CpuProfile }>('Profiler.stop');
      session.close();
      if (!response.ok) throw new Error(`/api/ask answered ${response.status}`);
      const file = join(values.out, `first-ask-${run}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      const summary = summarize(profile);
      runs.push(summary);
      console.log(
        `run ${run}: busy ${summary.busyMs.toFixed(1)} ms, GC ${summary.gcMs.toFixed(1)} ms → ${file}`,
      );
    } finally {
      await worker.stop();
    }
  }
  console.log(
    `\nmedians of ${runs.length}: busy ${median(runs.map((r) => r.busyMs)).toFixed(1)} ms, GC ${median(runs.map((r) => r.gcMs)).toFixed(1)} ms`,
  );
  const names = [...new Set(runs.flatMap((r) => [...r.inclusive.keys()]))];
  const rows = names
    .map((name) => [name, median(runs.map((r) => r.inclusive.get(name) ?? 0))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30);
  console.log('\nms (median, with callees)  function');
  for (const [name, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  // By name: the longest of a name's places in each run (a function calling itself is not counted twice).
  const byName = (r: (typeof runs)[number], stage: string) =>
    Math.max(0, ...[...r.inclusive].filter(([k]) => k.split(' ')[0] === stage).map(([, ms]) => ms));
  console.log('\nstages (median ms, with callees)');
  for (const stage of values.stages.split(','))
    console.log(
      `${median(runs.map((r) => byName(r, stage)))
        .toFixed(1)
        .padStart(8)}  ${stage}`,
    );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
