/**
 * The national corpus split by province, as a Worker would keep it in KV or R2: one value per province
 * (its plans, and the index prebuilt over them), fetched on the first question about that province.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../src/answer/engine';
import { corpusOf } from '../../src/library/shards';
import type { Corpus } from '../../src/schema/records';
import { buildIndex } from '../../src/search/index';
import { BENCH_TODAY, type LatencyResult, measureLatency } from './latency';
import { measureNodeCold } from './node-cold';
import type { ProbeResult } from './probe';
import type { DevQuestion } from './questions';
import { sizes } from './stats';

/** The shards' sizes, and the costs of the largest one. */
export interface ShardResult {
  shards: number;
  /** All shards together, as stored (corpus JSON + index JSON per province). */
  stored: { raw: number; gzip: number };
  largest: {
    province: string;
    plans: number;
    corpus: { raw: number; gzip: number };
    index: { raw: number; gzip: number };
  };
  /** Each question answered by the engine over its provinces' shard(s), warm. */
  latency: LatencyResult;
  /** A fresh process reads the largest shard (corpus + prebuilt index), loads it and answers. */
  cold: ProbeResult;
  /** The same without the prebuilt index: the engine builds it. */
  coldBuild: ProbeResult;
}

/** The plans of some provinces, with the agencies that name them (one shard's corpus). */
export const shardOf = corpusOf;

/** Splits, stores under `dir`, and measures the shards of `corpus`. */
export async function measureShards(
  corpus: Corpus,
  questions: readonly DevQuestion[],
  options: { dir: string; rounds: number; coldRuns: number; probePath: string; enginePath: string },
): Promise<ShardResult> {
  const provinces = [...new Set(corpus.plans.map((p) => p.plan.province))];
  let stored = { raw: 0, gzip: 0 };
  let largest: ShardResult['largest'] | undefined;
  let largestFiles = { corpusPath: '', indexPath: '' };
  await mkdir(options.dir, { recursive: true });
  for (const [i, province] of provinces.entries()) {
    const shard = shardOf(corpus, [province]);
    const corpusJson = JSON.stringify(shard);
    const indexJson = JSON.stringify(buildIndex(shard).toJSON());
    const [c, x] = [sizes(corpusJson), sizes(indexJson)];
    stored = { raw: stored.raw + c.raw + x.raw, gzip: stored.gzip + c.gzip + x.gzip };
    if (!largest || c.raw + x.raw > largest.corpus.raw + largest.index.raw) {
      largest = { province, plans: shard.plans.length, corpus: c, index: x };
      largestFiles = {
        corpusPath: join(options.dir, `${i}.json`),
        indexPath: join(options.dir, `${i}.index.txt`),
      };
      await writeFile(largestFiles.corpusPath, corpusJson);
      await writeFile(largestFiles.indexPath, indexJson);
    }
  }
  if (!largest) throw new Error('no shards: the corpus has no plans');

  const engines = new Map<string, Engine>();
  const engineFor = ({ provinces: names }: DevQuestion) => {
    const key = [...names].sort().join('|');
    let engine = engines.get(key);
    if (!engine) {
      engine = createEngine(shardOf(corpus, names));
      engines.set(key, engine);
    }
    return engine;
  };
  for (const question of questions) engineFor(question);
  const about = questions.find((q) => q.provinces.includes(largest.province)) ?? questions[0];
  const probe = (indexPath?: string) =>
    measureNodeCold(
      options.probePath,
      {
        mode: 'files',
        modulePath: options.enginePath,
        ...largestFiles,
        indexPath,
        question: about?.q ?? 'BHYT',
        today: BENCH_TODAY,
      },
      options.coldRuns,
    );
  return {
    shards: provinces.length,
    stored,
    largest,
    latency: measureLatency(questions, options.rounds, engineFor),
    cold: await probe(largestFiles.indexPath),
    coldBuild: await probe(),
  };
}
