/** The search index: built from the corpus vs loaded from a prebuilt JSON, its size in memory and on disk. */
import { createEngine } from '../../src/answer/engine';
import { prebuiltOf } from '../../src/answer/prebuilt';
import type { Corpus } from '../../src/schema/records';
import { buildIndex, loadIndex } from '../../src/search/index';
import { retained } from './memory';
import { again, median, sizes } from './stats';

/** Index and engine costs on one corpus (times are medians, heap is what stays reachable). */
export interface IndexResult {
  /** Repetitions asked for (fewer when one takes long: at most 30 s per measurement). */
  runs: number;
  docs: number;
  /** `buildIndex(corpus)`: documents analyzed and added to MiniSearch. */
  buildMs: number;
  /** `loadIndex(corpus, json)`: `MiniSearch.loadJSON` of the prebuilt index. */
  loadMs: number;
  /** `createEngine(corpus)`: the index plus the engine's own tables (term stats, lookups). */
  engineBuildMs: number;
  /** `createEngine(corpus, prebuilt)`: the same from the prebuilt shards and frequencies (loaded lazily). */
  engineLoadMs: number;
  heap: { index: number; loadedIndex: number; engine: number };
  /** `JSON.stringify(index.toJSON())`, raw and gzip. */
  serialized: { raw: number; gzip: number };
  /** The prebuilt index, for the stages that bundle it (not written to results.json). */
  json: string;
}

function timed<T>(runs: number, make: () => T): number {
  const samples: number[] = [];
  const since = performance.now();
  while (again(samples.length, runs, since, 30_000)) {
    const start = performance.now();
    make();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Measures build, serialization and load of the index, and of the engine around it. */
export function measureIndex(corpus: Corpus, runs: number): IndexResult {
  const built = retained(() => buildIndex(corpus));
  const json = JSON.stringify(built.value.toJSON());
  const loaded = retained(() => loadIndex(corpus, json));
  const engine = retained(() => createEngine(corpus));
  const prebuilt = prebuiltOf(corpus);
  return {
    runs,
    docs: built.value.docs.size,
    buildMs: timed(runs, () => buildIndex(corpus)),
    loadMs: timed(runs, () => loadIndex(corpus, json)),
    engineBuildMs: timed(runs, () => createEngine(corpus)),
    engineLoadMs: timed(runs, () => createEngine(corpus, prebuilt)),
    heap: { index: built.bytes, loadedIndex: loaded.bytes, engine: engine.bytes },
    serialized: sizes(json),
    json,
  };
}
