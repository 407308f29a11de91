/** The bundled corpus and the engine built from it, once per isolate. */
import { corpus } from '../data/plans/index';
import { createEngine, type Engine } from './answer/engine';

let engine: Engine | undefined;

/** The engine over the bundled plans, built on first use and reused by later requests of the isolate. */
export function getEngine(): Engine {
  engine ??= createEngine(corpus);
  return engine;
}
