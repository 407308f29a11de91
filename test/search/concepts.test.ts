import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concepts } from '../../src/search/analyze';
import { tokens } from '../../src/text/normalize';
import { ABBREVIATIONS } from '../../src/text/vocabulary';

// The vocabulary's concepts as the analyzer reads them: short form → long form, both as folded syllables.
const FORMS = Object.entries(ABBREVIATIONS)
  .map(([abbr, full]) => [tokens(abbr).join(''), tokens(full).join(' ')] as const)
  .filter(([abbr]) => abbr.length >= 3);

/** What `concepts` must give: every concept, in the vocabulary's order, whose either form stands whole. */
const everyConcept = (syllables: string[]) => {
  const joined = ` ${syllables.join(' ')} `;
  return [
    ...new Set(
      FORMS.filter(([abbr, full]) => joined.includes(` ${abbr} `) || joined.includes(` ${full} `)).map(
        ([abbr]) => `@${abbr}`,
      ),
    ),
  ];
};

describe('concepts', () => {
  it('finds "BHYT" and "bảo hiểm y tế" alike, and not the syllables apart', () => {
    expect(concepts(tokens('Tỷ lệ tham gia BHYT'))).toEqual(['@bhyt']);
    expect(concepts(tokens('tỷ lệ tham gia bảo hiểm y tế'))).toEqual(['@bhyt']);
    expect(concepts(tokens('bảo hiểm cho cán bộ y tế'))).toEqual([]);
  });

  it('gives what trying every concept of the vocabulary gives, in the same order', () => {
    const pool = [...new Set(FORMS.flatMap(([abbr, full]) => [abbr, ...full.split(' ')])), 'va', 'cac'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 40 }), (syllables) => {
        expect(concepts(syllables)).toEqual(everyConcept(syllables));
      }),
      { numRuns: 500 },
    );
  });
});
