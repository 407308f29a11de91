/**
 * Asking and scoring eval-format JSON lines, shared by `npm run robustness` and `npm run sweep`:
 * `{ id, q, previous?, province? }` in, the shared scorer's counts out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Engine } from '../src/answer/engine';

/** The day every eval answer is computed for, so day counts do not change from run to run. */
export const EVAL_TODAY = '2026-11-23';

/** A non-empty string, else undefined: cross-province eval items carry a list where a province would be. */
export const textOf = (x: unknown) => (typeof x === 'string' && x.trim() ? x : undefined);

/** Answers every line of `evalFile` into `answersFile`, with each line's previous question and province. */
export function answerFile(engine: Engine, evalFile: string, answersFile: string): void {
  const answers = readFileSync(evalFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const it = JSON.parse(l) as { id: string; q: string; previous?: unknown; province?: unknown };
      const a = engine.answer(it.q, {
        today: EVAL_TODAY,
        province: textOf(it.province),
        previousQuestion: textOf(it.previous),
      });
      return JSON.stringify({ id: it.id, q: it.q, answer: a.text, found: a.found });
    });
  writeFileSync(answersFile, `${answers.join('\n')}\n`);
}

/** What score.mjs says of one file: its report, passed and total items, figures found in no plan. */
export function scoreFile(scorer: string, evalFile: string, answersFile: string, plans: string) {
  const report = execFileSync('node', [scorer, evalFile, answersFile, '--plans', plans], {
    encoding: 'utf8',
  });
  const m = /score [\d.]+% \((\d+)\/(\d+)\)/.exec(report);
  return {
    report: report.trim(),
    pass: Number(m?.[1] ?? 0),
    total: Number(m?.[2] ?? 0),
    invented: Number(/figures not in any plan: (\d+)/.exec(report)?.[1] ?? 0),
  };
}
