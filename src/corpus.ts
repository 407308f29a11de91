/** The bundled corpus and the engine over it, once per isolate. */
import { corpus, prebuilt } from '../data/plans/index';
import { createEngine, type Engine } from './answer/engine';
import { NationalLibrary, type ShardBucket } from './library/national';

let engine: Engine | undefined;

/**
 * The engine over the bundled plans, made on first use from what ingest prebuilt (each plan's search
 * shard is read on the first question about it) and reused by later requests of the isolate.
 */
export function getEngine(): Engine {
  engine ??= createEngine(corpus, prebuilt);
  return engine;
}

let library: NationalLibrary | undefined;

/**
 * The national library over the `PLANS` bucket, once per isolate; undefined without the binding. Its
 * `answer` gives null while the bucket holds no manifest, and the bundled plans answer instead.
 */
export function nationalLibrary(bucket: ShardBucket | undefined): NationalLibrary | undefined {
  if (!bucket) return undefined;
  library ??= new NationalLibrary(bucket);
  return library;
}
