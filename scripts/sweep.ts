/**
 * `npm run -s sweep [-- --eval ../shared/eval] > docs/tuning.md`: varies each ranking and confidence
 * constant of src/answer/tuning.ts alone (×0.5, ×0.8, ×1.25, ×1.5 of its value) and prints, as a markdown
 * table, what it does to the eval scores: dev, dev2 and the robustness check (all via score.mjs).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../data/plans/index';
import { createEngine } from '../src/answer/engine';
import { TUNING, type TuningKey } from '../src/answer/tuning';
import { answerFile, scoreFile } from './eval-files';

const args = process.argv.slice(2);
const evalDir = args.includes('--eval') ? String(args[args.indexOf('--eval') + 1]) : '../shared/eval';
const scorer = join(evalDir, 'score.mjs');
const FACTORS = [0.5, 0.8, 1, 1.25, 1.5];
const engine = createEngine(corpus);
const work = mkdtempSync(join(tmpdir(), 'sweep-'));

const sets: Record<string, string[]> = {
  dev: [join(evalDir, 'dev.jsonl')],
  dev2: [join(evalDir, 'dev2.jsonl')],
  robustness: readdirSync('test/robustness')
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join('test/robustness', f)),
};

/** Passed and total items of one set, and figures found in no plan. */
function score(files: string[]): { pass: number; total: number; invented: number } {
  const sum = { pass: 0, total: 0, invented: 0 };
  for (const file of files) {
    const out = join(work, 'answers.jsonl');
    answerFile(engine, file, out);
    const s = scoreFile(scorer, file, out, 'data/raw');
    sum.pass += s.pass;
    sum.total += s.total;
    sum.invented += s.invented;
  }
  return sum;
}

const cell = (s: { pass: number; total: number; invented: number }) =>
  `${((100 * s.pass) / s.total).toFixed(1)}${s.invented ? ` ⚠${s.invented}` : ''}`;
const row = () => Object.values(sets).map((files) => cell(score(files)));

console.log('| constant | value | dev | dev2 | robustness |');
console.log('|---|---|---|---|---|');
console.log(`| (as set) | — | ${row().join(' | ')} |`);
for (const key of Object.keys(TUNING) as TuningKey[]) {
  const base = TUNING[key];
  for (const f of FACTORS.filter((x) => x !== 1)) {
    TUNING[key] = Number((base * f).toFixed(4));
    console.log(`| ${key} | ${TUNING[key]} (×${f}) | ${row().join(' | ')} |`);
  }
  TUNING[key] = base;
}
