/** Runs the chosen sections on one corpus, for each way the index can reach the Worker. */
import { join } from 'node:path';
import { createEngine } from '../../src/answer/engine';
import { type BundleResult, measureBundle } from './bundle';
import type { BenchCorpus } from './corpora';
import { type IndexResult, measureIndex } from './index-bench';
import { BENCH_TODAY, type LatencyResult, measureLatency } from './latency';
import { bundleForNode, measureNodeCold } from './node-cold';
import type { BenchOptions } from './options';
import type { ProbeRequest, ProbeResult } from './probe';
import type { DevQuestion } from './questions';
import { measureShards, type ShardResult } from './shards';
import { REPO_ROOT, stageWorker } from './stage';
import { measureWorker, type WorkerResult } from './workerd';

/** One way of shipping the index: its bundle, cold start in Node and in workerd. */
export interface DeliveryResult {
  bundle?: BundleResult;
  /** The core (src/corpus.ts bundled, corpus inside): import → first answer, heap after it. */
  core?: ProbeResult;
  /** The whole deployable Worker script, asked through `fetch`. */
  workerScript?: ProbeResult;
  worker?: WorkerResult;
}

/** Everything measured on one corpus. */
export interface CorpusResult {
  corpus: { name: string; plans: number; records: number; jsonBytes: number };
  index?: Omit<IndexResult, 'json'>;
  latency?: LatencyResult;
  /** Index built in the isolate on first use (what src/corpus.ts does today). */
  built?: DeliveryResult;
  /** Index prebuilt at deploy time and bundled as text. */
  prebuilt?: DeliveryResult;
  /** The corpus split by province (national only). */
  shards?: ShardResult;
}

/** What every corpus run shares: a scratch directory, the bundled probe and the questions. */
export interface RunContext {
  tmp: string;
  probePath: string;
  questions: DevQuestion[];
  options: BenchOptions;
}

async function deliver(dir: string, name: string, ctx: RunContext, http: boolean): Promise<DeliveryResult> {
  const { sections, coldRuns, workerRuns, durationS, connections } = ctx.options;
  const log = (what: string) => console.log(`[${name}] ${what}…`);
  const result: DeliveryResult = {};
  if (!['bundle', 'cold', 'worker', 'http'].some((s) => sections.has(s as never))) return result;
  log('bundle (wrangler deploy --dry-run --minify)');
  const bundle = await measureBundle(dir, join(ctx.tmp, `dist-${name}`));
  result.bundle = bundle;
  const question = ctx.questions[0]?.q ?? 'BHYT';
  const probe = (request: Pick<ProbeRequest, 'mode' | 'modulePath'>) =>
    measureNodeCold(ctx.probePath, { ...request, question, today: BENCH_TODAY }, coldRuns);
  if (sections.has('cold')) {
    log(`cold start in Node, ${coldRuns} fresh processes each`);
    const core = await bundleForNode(join(dir, 'src/corpus.ts'), join(ctx.tmp, `node-${name}/core.mjs`));
    result.core = await probe({ mode: 'core', modulePath: core });
    result.workerScript = await probe({ mode: 'worker', modulePath: bundle.mainPath });
  }
  const load = http && sections.has('http') ? { durationS, connections } : undefined;
  if (sections.has('worker') || load) {
    const runs = sections.has('worker') ? workerRuns : 1;
    log(`workerd (wrangler dev --no-bundle), ${runs} start(s)${load ? ', then HTTP load' : ''}`);
    result.worker = await measureWorker(dir, bundle.mainPath, ctx.questions, { runs, load });
  }
  return result;
}

/** Runs the sections of `ctx.options` on `bc`, logging progress. */
export async function runCorpus(bc: BenchCorpus, ctx: RunContext): Promise<CorpusResult> {
  const { sections, rounds, coldRuns } = ctx.options;
  const log = (what: string) => console.log(`[${bc.name}] ${what}…`);
  const result: CorpusResult = {
    corpus: { name: bc.name, plans: bc.plans, records: bc.records, jsonBytes: bc.jsonBytes },
  };
  let prebuiltIndex: string | undefined;
  if (sections.has('index')) {
    log('index build, serialize, load');
    const { json, ...index } = measureIndex(bc.corpus, ctx.options.indexRuns);
    result.index = index;
    prebuiltIndex = json;
  }
  if (sections.has('latency')) {
    log(`answer latency, ${rounds} rounds`);
    const engine = createEngine(bc.corpus);
    result.latency = measureLatency(ctx.questions, rounds, () => engine);
  }
  // The real corpus is deployed from the repository itself; any other corpus from a staged copy.
  const builtDir =
    bc.name === 'real' ? REPO_ROOT : await stageWorker(join(ctx.tmp, `stage-${bc.name}`), bc.corpus);
  result.built = await deliver(builtDir, bc.name, ctx, true);
  if (prebuiltIndex !== undefined) {
    const dir = await stageWorker(join(ctx.tmp, `stage-${bc.name}-prebuilt`), bc.corpus, true);
    result.prebuilt = await deliver(dir, `${bc.name}-prebuilt`, ctx, false);
  }
  if (bc.name === 'national' && sections.has('shards')) {
    log('per-province shards');
    const enginePath = await bundleForNode(
      join(REPO_ROOT, 'src/answer/engine.ts'),
      join(ctx.tmp, 'node-shards/engine.mjs'),
    );
    result.shards = await measureShards(bc.corpus, ctx.questions, {
      dir: join(ctx.tmp, 'shards'),
      rounds,
      coldRuns,
      probePath: ctx.probePath,
      enginePath,
    });
  }
  return result;
}
