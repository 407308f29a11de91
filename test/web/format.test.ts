/** Dates, day counts and source locations as the pages write them. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDaysLeft, formatLocation } from '../../src/web/format';

describe('formatDate', () => {
  it('writes dd/mm/yyyy, and a yearly day as dd/mm hằng năm', () => {
    expect(formatDate('2021-04-26')).toBe('26/04/2021');
    expect(formatDate('--11-30')).toBe('30/11 hằng năm');
    expect(formatDate('Quý IV')).toBe('Quý IV');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDaysLeft', () => {
  it('says how far a date is', () => {
    expect(formatDaysLeft(7)).toBe('còn 7 ngày');
    expect(formatDaysLeft(0)).toBe('hôm nay');
    expect(formatDaysLeft(-5)).toBe('đã qua 5 ngày');
  });
});

describe('formatLocation', () => {
  it('names the section and the line range', () => {
    expect(formatLocation({ section: 'I.2.6', lineStart: 202, lineEnd: 203 })).toBe(
      'mục I.2.6, dòng 202–203',
    );
    expect(formatLocation({ section: '', lineStart: 19, lineEnd: 19 })).toBe('dòng 19');
  });
});
