/**
 * `npm run -s sweep [-- --eval ../shared/eval] > docs/tuning.md`: varies each ranking and confidence
 * constant of src/answer/tuning.ts alone (×0.5, ×0.8, ×1.25, ×1.5 of its value) and prints, as a markdown
 * table, what it does to the eval scores: dev, dev2 and the robustness check (all via score.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../data/plans/index';
import { createEngine } from '../src/answer/engine';
import { TUNING, type TuningKey } from '../src/answer/tuning';

const args = process.argv.slice(2);
const evalDir = args.includes('--eval') ? String(args[args.indexOf('--eval') + 1]) : '../shared/eval';
const scorer = join(evalDir, 'score.mjs');
const FACTORS = [0.5, 0.8, 1, 1.25, 1.5];
const today = '2026-11-23';
const engine = createEngine(corpus);
const work = mkdtempSync(join(tmpdir(), 'sweep-'));

interface Item {
  id: string;
  q: string;
  previous?: unknown;
  province?: unknown;
}
const read = (path: string): Item[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
const sets: Record<string, string[]> = {
  dev: [join(evalDir, 'dev.jsonl')],
  dev2: [join(evalDir, 'dev2.jsonl')],
  robustness: readdirSync('test/robustness')
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join('test/robustness', f)),
};
const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x : undefined);

/** Passed and total items of one set, and figures found in no plan. */
function score(files: string[]): { pass: number; total: number; invented: number } {
  let pass = 0;
  let total = 0;
  let invented = 0;
  for (const file of files) {
    const answers = read(file).map((it) => {
      const a = engine.answer(it.q, {
        today,
        province: text(it.province),
        previousQuestion: text(it.previous),
      });
      return JSON.stringify({ id: it.id, q: it.q, answer: a.text, found: a.found });
    });
    const out = join(work, 'answers.jsonl');
    writeFileSync(out, `${answers.join('\n')}\n`);
    const report = execFileSync('node', [scorer, file, out, '--plans', 'data/raw'], { encoding: 'utf8' });
    const m = /score [\d.]+% \((\d+)\/(\d+)\)/.exec(report);
    pass += Number(m?.[1] ?? 0);
    total += Number(m?.[2] ?? 0);
    invented += Number(/figures not in any plan: (\d+)/.exec(report)?.[1] ?? 0);
  }
  return { pass, total, invented };
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
