/** The bundled corpus and the engine over it, once per isolate. */
import { corpus, prebuilt } from '../data/plans/index';
import { createEngine, type Engine } from './answer/engine';
import { NationalLibrary, type ShardBucket } from './library/national';
import type { Corpus } from './schema/records';

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

/**
 * Questions the isolate asks itself while it starts, about the smallest bundled plan: the first target it
 * sets, and who leads it. They run the code of understanding, ranking and composing once and read every
 * plan's term frequencies (the idf is corpus-wide), which any first question needs; the answers are
 * dropped (the engine keeps no answers, only loaded shards and the terms of texts it ranked).
 */
function warmUpQuestions(plans: Corpus['plans']): string[] {
  const size = (p: Corpus['plans'][number]) => p.indicators.length + p.tasks.length;
  const smallest = [...plans].sort((a, b) => size(a) - size(b))[0];
  const target = smallest?.indicators[0]?.name;
  if (!smallest || !target) return [];
  return [
    `${smallest.plan.province}: ${target} đạt bao nhiêu?`,
    `${smallest.plan.province}: ai chủ trì ${target}?`,
  ];
}

/**
 * Prepares the bundled engine during the isolate's start-up (the Worker's global scope): its code has run
 * once and every plan's term frequencies are read, so the first question pays mostly its own work.
 * Cloudflare evaluates the global scope while the TLS handshake runs and allows it 1 s. Kept small on
 * purpose: loading every plan's shard here too made the first answer naming no province 17 ms faster but
 * the start-up 50 ms longer, more than a handshake hides (docs/scale.md). A failure here is left to the
 * first request, which reports it.
 */
export function warmUp(today: string): void {
  try {
    const ready = getEngine();
    for (const q of warmUpQuestions(ready.corpus.plans)) ready.answer(q, { today });
  } catch {
    // The first request builds the engine again and logs the error with its question.
    engine = undefined;
  }
}
