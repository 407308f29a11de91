/** Warm answer latency in-process: engines are built first, then the dev questions are replayed. */
import type { Engine } from '../../src/answer/engine';
import type { DevQuestion } from './questions';
import { again, type Distribution, distribution } from './stats';

/** The fixed "today" of every benchmark answer, so deadlines compare the same way on every run. */
export const BENCH_TODAY = '2026-11-23';

/** Latency of `engine.answer` over the questions, after one warm-up round. */
export interface LatencyResult extends Distribution {
  rounds: number;
  questions: number;
  /** Share of answers with `found: true`: a sanity check that the corpus is really searched. */
  foundShare: number;
}

/**
 * Replays every question up to `rounds` times (fewer past 60 s) and times each answer; `engineFor` picks the engine of a
 * question (one engine for a whole corpus, or the shard of the question's province).
 */
export function measureLatency(
  questions: readonly DevQuestion[],
  rounds: number,
  engineFor: (question: DevQuestion) => Engine,
): LatencyResult {
  const ask = (question: DevQuestion) => engineFor(question).answer(question.q, { today: BENCH_TODAY });
  let found = 0;
  for (const question of questions) if (ask(question).found) found++;
  const samples: number[] = [];
  const since = performance.now();
  let done = 0;
  for (; again(done, rounds, since, 60_000); done++) {
    for (const question of questions) {
      const start = performance.now();
      ask(question);
      samples.push(performance.now() - start);
    }
  }
  return {
    ...distribution(samples),
    rounds: done,
    questions: questions.length,
    foundShare: found / Math.max(1, questions.length),
  };
}
