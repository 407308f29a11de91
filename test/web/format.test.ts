/** Dates, day counts and source locations as the pages write them. */
import { describe, expect, it } from 'vitest';
import { statedDays, statedToday, writtenDays } from '../../src/text/dates';
import { formatDate, formatDaysLeft, formatLocation } from '../../src/web/format';

describe('formatDate', () => {
  it('writes dd/mm/yyyy, and a yearly day as dd/mm hằng năm', () => {
    expect(formatDate('2021-04-26')).toBe('26/04/2021');
    expect(formatDate('--11-30')).toBe('30/11 hằng năm');
    expect(formatDate('Quý IV')).toBe('Quý IV');
    expect(formatDate(null)).toBe('');
  });
});

describe('statedDays', () => {
  it('reads the days a question puts forward as yearly days, each once', () => {
    expect(statedDays('nop truoc 10/12 dung khong?')).toEqual(['--12-10']);
    expect(statedDays('30/11 hay 10/12, hay 30/11?')).toEqual(['--11-30', '--12-10']);
    expect(statedDays('ngay 24/11/2021')).toEqual(['--11-24']);
    expect(statedDays('trước ngày 10 tháng 11 hằng năm')).toEqual(['--11-10']);
    expect(statedDays('truoc ngay 30 thang 11')).toEqual(['--11-30']);
  });

  it('reads no day in a fraction, a document number or an impossible date', () => {
    expect(statedDays('3%/nam, 13/13, 32/1')).toEqual([]);
    expect(statedDays('Quyết định 1983/QĐ-TTg, KH 91/KH-UBND')).toEqual([]);
  });
});

describe('writtenDays', () => {
  it("writes a plan's days as dd/mm or dd/mm/yyyy and leaves the rest as written", () => {
    expect(writtenDays('trước ngày 10 tháng 11 hàng năm')).toBe('trước ngày 10/11 hàng năm');
    expect(writtenDays('Ngày 5 tháng 3 năm 2024, các sở')).toBe('Ngày 05/03/2024, các sở');
    expect(writtenDays('trước ngày 10/12')).toBe('trước ngày 10/12');
    expect(writtenDays('ngày 40 tháng 13')).toBe('ngày 40 tháng 13');
    expect(writtenDays('trong tháng 11')).toBe('trong tháng 11');
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

describe('statedToday', () => {
  it('reads the day a question says it is asked on, in the year of today when none is given', () => {
    expect(statedToday('hom nay 14/12 ma huyen chua gui bao cao', '2026-12-01')).toBe('2026-12-14');
    expect(statedToday('nay la ngay 5 thang 1 nam 2027, da qua han chua', '2026-12-01')).toBe('2027-01-05');
    expect(statedToday('bao cao truoc ngay 10/12 hang nam', '2026-12-01')).toBeNull();
    expect(statedToday('hom nay 40/13', '2026-12-01')).toBeNull();
  });
});
