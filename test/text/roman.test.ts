import { describe, expect, it } from 'vitest';
import { roman, sectionLabel } from '../../src/text/citation';

describe('appendices cited as the plans number them', () => {
  it('in Roman numerals ("Phụ lục I", "Phụ lục II")', () => {
    expect(sectionLabel('PL1.4.6')).toBe('Phụ lục I, mục 4.6');
    expect(sectionLabel('PL2')).toBe('Phụ lục II');
    expect(sectionLabel('I.2.6')).toBe('mục I.2.6');
    expect([1, 2, 3, 4, 5, 9, 12, 14].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XII', 'XIV']);
  });
});
