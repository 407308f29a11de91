/** Shared test fixtures: the bundled corpus, an engine over it and the raw plan texts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '../data/plans/index';
import { createEngine } from '../src/answer/engine';
import type { ReportingDuty } from '../src/schema/records';

export const root = join(import.meta.dirname, '..');
export const rawFiles = readdirSync(join(root, 'data/raw'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(root, 'data/raw', file), 'utf8') }));
export const engine = createEngine(corpus);
export const TODAY = '2026-11-23';
export const ask = (q: string, province?: string) => engine.answer(q, { today: TODAY, province });
export const planOf = (province: string) => {
  const p = corpus.plans.find((x) => x.plan.province === province);
  if (!p) throw new Error(`no plan for ${province}`);
  return p;
};
export { corpus };

/** A reporting duty of `who` to `to`, "định kỳ", for tests of how duties are chosen. */
export const reportingDuty = (who: string, to: string): ReportingDuty => ({
  who,
  reporters: [who],
  to,
  via: null,
  due: 'định kỳ',
  dueDate: null,
  frequency: 'periodic',
  source: { file: 'x.txt', lineStart: 1, lineEnd: 1, section: 'IV', quote: '' },
});
