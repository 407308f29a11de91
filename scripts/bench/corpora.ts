/** The two corpora every section runs on: the real plans in data/plans, and the synthetic national one. */
import { access } from 'node:fs/promises';
import { corpus as realCorpus } from '../../data/plans/index';
import type { Corpus } from '../../src/schema/records';
import { PROVINCES } from '../../src/text/vocabulary';
import { generateNational, NATIONAL_DEFAULTS } from '../national/generate';
import { NATIONAL_PATH, readNational, writeNational } from '../national/store';

/** A corpus under test with the counts the report prints. */
export interface BenchCorpus {
  name: 'real' | 'national';
  corpus: Corpus;
  plans: number;
  records: number;
  /** Size of the corpus as compact JSON, i.e. what a bundle or a KV value would carry. */
  jsonBytes: number;
  /** A file holding the corpus as JSON (national only; the real one is bundled from data/plans). */
  path?: string;
}

function describe(name: BenchCorpus['name'], corpus: Corpus, path?: string): BenchCorpus {
  return {
    name,
    corpus,
    plans: corpus.plans.length,
    records: corpus.plans.reduce((n, p) => n + p.indicators.length + p.tasks.length, 0),
    jsonBytes: Buffer.byteLength(JSON.stringify(corpus)),
    path,
  };
}

/** The real corpus, as the Worker bundles it. */
export function realBenchCorpus(): BenchCorpus {
  return describe('real', realCorpus);
}

/**
 * The national corpus from `bench/national/corpus.json`; generated with the defaults
 * (63 provinces × 3 plans) when the file is not there yet.
 */
export async function nationalBenchCorpus(): Promise<BenchCorpus> {
  const exists = await access(NATIONAL_PATH).then(
    () => true,
    () => false,
  );
  if (!exists) {
    console.log('bench/national/corpus.json missing: generating 63 provinces × 3 plans…');
    await writeNational(generateNational(realCorpus, { provinces: PROVINCES, ...NATIONAL_DEFAULTS }));
  }
  const national = await readNational();
  return describe('national', { plans: national.plans, agencies: national.agencies }, NATIONAL_PATH);
}
