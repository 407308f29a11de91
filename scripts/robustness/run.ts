/**
 * `npm run robustness [-- --score ../shared/eval/score.mjs --plans data/raw]`: asks every item of
 * test/robustness/*.jsonl (other wordings of the shared eval questions, and conversations with `previous`
 * / `province`) and scores each file with the shared scorer; prints each file's score and the overall rate.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../../data/plans/index';
import { createEngine } from '../../src/answer/engine';
import { answerFile, scoreFile } from '../eval-files';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(name) ? String(args[args.indexOf(name) + 1] ?? fallback) : fallback;
const scorer = option('--score', '../shared/eval/score.mjs');
const plans = option('--plans', 'data/raw');
const engine = createEngine(corpus);
const dir = 'test/robustness';
const work = mkdtempSync(join(tmpdir(), 'robustness-'));

let pass = 0;
let total = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const out = join(work, file);
  answerFile(engine, join(dir, file), out);
  const s = scoreFile(scorer, join(dir, file), out, plans);
  pass += s.pass;
  total += s.total;
  console.log(`${file}: ${s.report.split('\n').join(' · ')}`);
}
console.log(`robustness: ${total ? ((100 * pass) / total).toFixed(1) : '0.0'}% (${pass}/${total})`);
