/**
 * `npm run robustness [-- --score ../shared/eval/score.mjs]`: asks every item of test/robustness/*.jsonl
 * (other wordings of the shared eval questions, and conversations with `previous` / `province`) and
 * scores each file with the shared scorer; prints each file's score and the overall pass rate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../../data/plans/index';
import { createEngine } from '../../src/answer/engine';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(name) ? String(args[args.indexOf(name) + 1] ?? fallback) : fallback;
const scorer = option('--score', '../shared/eval/score.mjs');
const plans = option('--plans', 'data/raw');
const today = '2026-11-23';
const engine = createEngine(corpus);
const dir = 'test/robustness';
const work = mkdtempSync(join(tmpdir(), 'robustness-'));

let pass = 0;
let total = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const items = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; q: string; previous?: unknown; province?: unknown });
  const answers = items.map((it) => {
    // Only a string is a province: cross-province eval items carry a list there.
    const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x : undefined);
    const a = engine.answer(it.q, {
      today,
      province: text(it.province),
      previousQuestion: text(it.previous),
    });
    return JSON.stringify({ id: it.id, q: it.q, answer: a.text, found: a.found });
  });
  const out = join(work, file);
  writeFileSync(out, `${answers.join('\n')}\n`);
  const report = execFileSync('node', [scorer, join(dir, file), out, '--plans', plans], { encoding: 'utf8' });
  const m = /score [\d.]+% \((\d+)\/(\d+)\)/.exec(report);
  pass += Number(m?.[1] ?? 0);
  total += Number(m?.[2] ?? 0);
  console.log(`${file}: ${report.trim().split('\n').join(' · ')}`);
}
console.log(`robustness: ${total ? ((100 * pass) / total).toFixed(1) : '0.0'}% (${pass}/${total})`);
