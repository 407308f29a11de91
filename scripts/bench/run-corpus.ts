/** Runs the chosen sections on one corpus. */
import { join } from 'node:path';
import { type BundleResult, measureBundle } from './bundle';
import type { BenchCorpus } from './corpora';
import { BENCH_TODAY, type LatencyResult, measureLatency } from './latency';
import { bundleForNode, measureNodeCold } from './node-cold';
import type { BenchOptions } from './options';
import type { ProbeRequest, ProbeResult } from './probe';
import { REPO_ROOT, stageWorker } from './stage';
import { measureWorker, type WorkerResult } from './workerd';

/** Cold start in Node, by how the corpus reaches the engine. */
export interface NodeColdResult {
  /** The core (src/corpus.ts bundled, corpus inside): import → first answer. */
  core?: ProbeResult;
  /** The whole deployable Worker script, asked through `fetch`. */
  workerScript?: ProbeResult;
  /** The engine bundled alone, the corpus read from a JSON file (as from KV or R2, minus the network). */
  corpusFile?: ProbeResult;
}

/** Everything measured on one corpus. */
export interface CorpusResult {
  corpus: { name: string; plans: number; records: number; jsonBytes: number };
  latency?: LatencyResult;
  bundle?: BundleResult;
  cold?: NodeColdResult;
  worker?: WorkerResult;
}

/** What every corpus run shares: a scratch directory, the bundled probe and the questions. */
export interface RunContext {
  tmp: string;
  probePath: string;
  questions: string[];
  options: BenchOptions;
}

async function cold(bc: BenchCorpus, dir: string, ctx: RunContext, bundle?: BundleResult) {
  const [question = 'BHYT'] = ctx.questions;
  const probe = (request: Omit<ProbeRequest, 'question' | 'today'>) =>
    measureNodeCold(ctx.probePath, { ...request, question, today: BENCH_TODAY }, ctx.options.coldRuns);
  const out = join(ctx.tmp, `node-${bc.name}`);
  const result: NodeColdResult = {
    core: await probe({
      mode: 'core',
      modulePath: await bundleForNode(join(dir, 'src/corpus.ts'), join(out, 'core.mjs')),
    }),
  };
  if (bundle) result.workerScript = await probe({ mode: 'worker', modulePath: bundle.mainPath });
  if (bc.path) {
    const engine = await bundleForNode(join(REPO_ROOT, 'src/answer/engine.ts'), join(out, 'engine.mjs'));
    result.corpusFile = await probe({ mode: 'corpus-file', modulePath: engine, corpusPath: bc.path });
  }
  return result;
}

/** The Worker project for a corpus: the repository itself for the real one, a staged copy otherwise. */
export function projectFor(bc: BenchCorpus, tmp: string): Promise<string> {
  if (bc.name === 'real') return Promise.resolve(REPO_ROOT);
  return stageWorker(join(tmp, `stage-${bc.name}`), bc.corpus);
}

/** Runs the sections of `ctx.options` on `bc`, logging progress. */
export async function runCorpus(bc: BenchCorpus, ctx: RunContext): Promise<CorpusResult> {
  const { sections } = ctx.options;
  const log = (what: string) => console.log(`[${bc.name}] ${what}…`);
  const result: CorpusResult = {
    corpus: { name: bc.name, plans: bc.plans, records: bc.records, jsonBytes: bc.jsonBytes },
  };
  const dir = await projectFor(bc, ctx.tmp);
  if (sections.has('latency')) {
    log(`answer latency, ${ctx.options.rounds} rounds`);
    result.latency = measureLatency(bc.corpus, ctx.questions, ctx.options.rounds);
  }
  const needsBundle = ['bundle', 'cold', 'worker', 'http'] as const;
  if (needsBundle.some((section) => sections.has(section))) {
    log('bundle (wrangler deploy --dry-run --minify)');
    result.bundle = await measureBundle(dir, join(ctx.tmp, `dist-${bc.name}`));
  }
  if (sections.has('cold')) {
    log(`cold start in Node, ${ctx.options.coldRuns} fresh processes each`);
    result.cold = await cold(bc, dir, ctx, result.bundle);
  }
  if (result.bundle && (sections.has('worker') || sections.has('http'))) {
    log(`workerd via wrangler dev, ${sections.has('worker') ? ctx.options.workerRuns : 1} start(s)`);
    const { durationS, connections } = ctx.options;
    result.worker = await measureWorker(dir, result.bundle.mainPath, ctx.questions, {
      runs: sections.has('worker') ? ctx.options.workerRuns : 1,
      load: sections.has('http') ? { durationS, connections } : undefined,
    });
  }
  return result;
}
