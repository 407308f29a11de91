/** Warm answer latency in-process: the engine is built once, then the dev questions are replayed. */
import { createEngine } from '../../src/answer/engine';
import type { Corpus } from '../../src/schema/records';
import { type Distribution, distribution } from './stats';

/** The fixed "today" of every benchmark answer, so deadlines compare the same way on every run. */
export const BENCH_TODAY = '2026-11-23';

/** Latency of `engine.answer` over the questions, after one warm-up round. */
export interface LatencyResult extends Distribution {
  rounds: number;
  questions: number;
  /** Share of answers with `found: true`: a sanity check that the corpus is really searched. */
  foundShare: number;
}

/** Replays every question `rounds` times against one engine and times each answer. */
export function measureLatency(corpus: Corpus, questions: readonly string[], rounds: number): LatencyResult {
  const engine = createEngine(corpus);
  const ask = (q: string) => engine.answer(q, { today: BENCH_TODAY });
  let found = 0;
  for (const q of questions) if (ask(q).found) found++;
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const start = performance.now();
      ask(q);
      samples.push(performance.now() - start);
    }
  }
  return {
    ...distribution(samples),
    rounds,
    questions: questions.length,
    foundShare: found / Math.max(1, questions.length),
  };
}
