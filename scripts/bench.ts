/**
 * `npm run bench`: index, answer latency, bundle, cold start (Node and workerd) and loopback HTTP load,
 * on the real plans and on the synthetic national corpus. Prints a table, writes bench/results.json.
 * Not part of `npm test`: it takes a few minutes and its numbers depend on the machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureBundle } from './bench/bundle';
import { type BenchCorpus, nationalBenchCorpus, realBenchCorpus } from './bench/corpora';
import { bundleProbe } from './bench/node-cold';
import { type BenchOptions, parseBenchOptions, USAGE } from './bench/options';
import { CPU_TARGET_MS, measurePages } from './bench/pages';
import { readQuestions } from './bench/questions';
import { type BenchResults, formatTable, machine, writeResults } from './bench/report';
import { runCorpus } from './bench/run-corpus';
import { stageWorker } from './bench/stage';
import { measureWorker } from './bench/workerd';

let parsed: BenchOptions | null;
try {
  parsed = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (!parsed) {
  console.log(USAGE);
  process.exit(0);
}
const options = parsed;
const questions = await readQuestions(options.questionsPath);
const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-bench-'));
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: machine(),
  options: { ...options, sections: [...options.sections], corpora: [...options.corpora] },
  corpora: {},
};

try {
  const ctx = { tmp, probePath: await bundleProbe(tmp), questions, options };
  if (options.sections.has('worker')) {
    console.log(`[empty] baseline wrangler dev, ${options.workerRuns} start(s)…`);
    const dir = await stageWorker(join(tmp, 'stage-empty'), { plans: [], agencies: [] });
    const bundle = await measureBundle(dir, join(tmp, 'dist-empty'));
    results.baseline = await measureWorker(dir, bundle.mainPath, questions, { runs: options.workerRuns });
  }
  const corpora: BenchCorpus[] = [];
  if (options.corpora.has('real')) corpora.push(realBenchCorpus());
  if (options.corpora.has('national')) corpora.push(await nationalBenchCorpus());
  for (const bc of corpora) results.corpora[bc.name] = await runCorpus(bc, ctx);
  if (options.sections.has('pages')) {
    console.log('[real] CPU per page type…');
    results.pages = await measurePages((await import('../src/app')).default, 30);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

const { cpu, cores, load } = results.machine;
console.log(`\n${cpu} × ${cores}, load average at start ${load.join(' / ')}\n${formatTable(results)}\n`);
for (const [page, { cpu: f }] of Object.entries(results.pages ?? {}))
  console.log(
    `CPU ${page}: p50 ${f.p50.toFixed(2)} ms, p90 ${f.p90.toFixed(2)} ms (target < ${CPU_TARGET_MS} ms)`,
  );
await writeResults(resolve(options.out), results);
console.log(`Wrote ${options.out}`);
