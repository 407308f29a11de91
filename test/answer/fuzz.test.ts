/** Hostile and random text never breaks the normalizer or the engine, and never yields an unsourced figure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalize, tokens } from '../../src/text/normalize';
import { ask } from '../helpers';

const ADVERSARIAL = [
  '😀😀 tỷ lệ BHYT 🇻🇳',
  '\u202Eتيست BHYT Quảng Ninh\u202C',
  't\u200By\u200C l\u200De\uFEFF bhyt',
  'x'.repeat(10_000),
  'tỷ lệ '.repeat(2_000),
  '<script>alert(1)</script> tỷ lệ BHYT',
  "'; DROP TABLE plans; -- tỷ lệ hộ nghèo",
  '%00%0d%0a\u0000\u0007',
  'ТЕСТ 测试 テスト tỷ lệ',
  '9'.repeat(400),
  '((((((((((((((((((((((((((((((',
  '    ',
  '',
];

const sources = (a: ReturnType<typeof ask>) =>
  [...a.sources, ...(a.suggestions ?? []).map((s) => s.source)].map((s) => s.quote).join(' ');

describe('normalizer under hostile input', () => {
  it('never throws and always returns strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...ADVERSARIAL)),
        (s) => {
          expect(typeof normalize(s)).toBe('string');
          expect(typeof fold(s)).toBe('string');
          expect(Array.isArray(tokens(s))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('answer() under hostile input', () => {
  it('answers every adversarial string without throwing, and cites what it states', () => {
    for (const q of ADVERSARIAL) {
      const a = ask(q);
      expect(typeof a.text).toBe('string');
      expect(a.text.length).toBeGreaterThan(0);
      if (!a.found) expect(a.sources).toEqual([]);
      else if (a.intent !== 'help' && a.intent !== 'smalltalk') expect(sources(a).length).toBeGreaterThan(0);
    }
  });

  it('never states a percentage that is not in a cited quote, for random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (q) => {
        const a = ask(q);
        const quoted = sources(a).replace(/\s+/g, '');
        for (const m of a.text.matchAll(/(\d+(?:,\d+)?)\s*%/g)) expect(quoted).toContain(`${m[1]}`);
      }),
      { numRuns: 200 },
    );
  });
});
