/**
 * The one rule of answers: every figure in a reply comes from a cited record. For every dev question
 * (and random ones), each number in the reply must appear in a cited quote or the cited plan's facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types';
import { ask, corpus, root } from '../helpers';

// The eval questions live beside the project (../shared), as in CI; outside that layout the test is skipped.
const devPath = join(root, '../shared/eval/dev.jsonl');
const dev = (existsSync(devPath) ? readFileSync(devPath, 'utf8') : '')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; q: string });

// Numbers the reply computes or uses to point at the source, not figures of a plan.
const NOT_FIGURES =
  /dòng \d+(?:–\d+)?|mục [\dIVXa-zđ.]+|Phụ lục \d+|\d+ (?:nhiệm vụ|chỉ tiêu|mục khác|đơn vị khác)|còn \d+ (?:ngày|năm)/gu;

const digits = (s: string) => s.replace(/(\d)[.,](\d)/g, '$1$2').replace(/\b0+(\d)/g, '$1');

/** The sources a reply quotes: its answer's, or its suggestions' when nothing answers. */
const cited = (a: Answer) => [...a.sources, ...(a.suggestions ?? []).map((s) => s.source)];

/** Figures of the reply that none of its sources (or their plans' facts) contain. */
function uncited(a: Answer, question: string): string[] {
  const plans = corpus.plans.filter(
    (p) => cited(a).some((s) => s.planId === p.plan.id) || a.provinces.includes(p.plan.province),
  );
  const facts = plans.flatMap((p) => [
    p.plan.number,
    p.plan.signedDate ?? '',
    ...p.plan.horizon.map(String),
    ...p.plan.basis.map((b) => `${b.number} ${b.date ?? ''}`),
  ]);
  // A figure the user typed may be repeated ("không đặt mục tiêu năm 2030").
  const haystack = digits([...cited(a).map((s) => s.quote), ...facts, question].join(' ').replace(/-/g, ' '));
  const text = a.text.replace(NOT_FIGURES, ' ');
  const missing: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const n = digits(m[0]);
    // A date's parts are checked against the ISO dates of the facts.
    if (!haystack.includes(n) && !haystack.includes(n.padStart(2, '0'))) missing.push(m[0]);
  }
  return missing;
}

describe('every figure comes from a cited record', () => {
  it.skipIf(dev.length === 0)('holds for every dev question', () => {
    for (const { id, q } of dev) {
      const a = ask(q);
      expect(uncited(a, q), `${id}: ${a.text}`).toEqual([]);
    }
  });

  it('holds for random questions built from plan words and figures', () => {
    const words = corpus.plans.flatMap((p) =>
      p.indicators.slice(0, 30).map((i) => i.name.split(' ').slice(0, 6).join(' ')),
    );
    const provinces = [...corpus.plans.map((p) => p.plan.province), 'Điện Biên', ''];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom(...provinces),
        fc.constantFrom('', '2025', '2030'),
        (w, p, y) => {
          const q = `${w} ${p} ${y} bao nhiêu?`;
          const a = ask(q);
          expect(uncited(a, q), a.text).toEqual([]);
          if (!a.found) expect(a.sources).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
