/**
 * `npm run ask -- "câu hỏi"` prints the answer; `npm run -s ask -- --jsonl` reads JSON lines
 * `{ id?, q, previous?, province? }` on stdin (`previous`: the chat's last question, `province`: the chat's
 * default province) and prints `{ id, q, answer, found, sources }` per line.
 */
import { createInterface } from 'node:readline';
import { corpus } from '../data/plans/index';
import { createEngine } from '../src/answer/engine';
import { textOf } from './eval-files';

const args = process.argv.slice(2);
const today = args.find((a) => a.startsWith('--today='))?.slice(8) ?? new Date().toISOString().slice(0, 10);
const province = args.find((a) => a.startsWith('--province='))?.slice(11);
const previous = args.find((a) => a.startsWith('--previous='))?.slice(11);
const engine = createEngine(corpus);

if (args.includes('--jsonl')) {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let input: { id?: unknown; q?: unknown; previous?: unknown; province?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ error: 'dòng không phải JSON', line: line.slice(0, 80) })}\n`);
      continue;
    }
    const q = typeof input.q === 'string' ? input.q : '';
    const a = engine.answer(q, {
      today,
      province: textOf(input.province) ?? province,
      previousQuestion: textOf(input.previous),
    });
    process.stdout.write(
      `${JSON.stringify({ id: input.id ?? null, q, answer: a.text, found: a.found, sources: a.sources })}\n`,
    );
  }
} else {
  const q = args.filter((a) => !a.startsWith('--')).join(' ');
  const a = engine.answer(q, { today, province, previousQuestion: previous });
  console.log(a.text);
  if (args.includes('--debug')) console.log(JSON.stringify({ found: a.found, intent: a.intent }, null, 1));
}
