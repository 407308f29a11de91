/** The bundled corpus and the engine over it, once per isolate. */
import { corpus, prebuilt } from '../data/plans/index';
import { createEngine, type Engine } from './answer/engine';

let engine: Engine | undefined;

/**
 * The engine over the bundled plans, made on first use from what ingest prebuilt (each plan's search
 * shard is read on the first question about it) and reused by later requests of the isolate.
 */
export function getEngine(): Engine {
  engine ??= createEngine(corpus, prebuilt);
  return engine;
}
