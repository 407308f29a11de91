/** Deadlines from a fixed today: next yearly dates within the plan's horizon, ordering, day counts. */
import { describe, expect, it } from 'vitest';
import { daysBetween, deadlines, nextYearly } from '../../src/web/deadlines';
import { fixtureCorpus } from './fixtures/corpus';

describe('daysBetween', () => {
  it('counts whole days across months and years', () => {
    expect(daysBetween('2026-11-23', '2026-11-30')).toBe(7);
    expect(daysBetween('2026-11-23', '2027-01-01')).toBe(39);
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(daysBetween('2026-11-23', '2025-11-23')).toBe(-365);
  });
});

describe('nextYearly', () => {
  it('is this year when the day is still ahead, else next year', () => {
    expect(nextYearly('--11-30', '2026-11-23', null)).toBe('2026-11-30');
    expect(nextYearly('--11-23', '2026-11-23', null)).toBe('2026-11-23');
    expect(nextYearly('--11-10', '2026-11-23', null)).toBe('2027-11-10');
  });

  it('stops at the last year of the plan', () => {
    expect(nextYearly('--11-30', '2026-11-23', 2025)).toBe('2025-11-30');
    expect(nextYearly('--11-10', '2026-11-23', 2026)).toBe('2026-11-10');
  });
});

describe('deadlines', () => {
  const list = deadlines(fixtureCorpus, '2026-11-23');

  it('lists upcoming dates soonest first with days left', () => {
    expect(list.upcoming.map((d) => [d.date, d.daysLeft, d.province])).toEqual([
      ['2026-11-30', 7, 'Đồng Nai'],
      ['2027-11-10', 352, 'Đồng Nai'],
    ]);
  });

  it('lists past dates latest first', () => {
    expect(list.past.map((d) => [d.date, d.kind])).toEqual([
      ['2025-12-31', 'task'],
      ['2025-11-30', 'duty'],
    ]);
  });

  it('keeps what has no date apart, as the plan words it', () => {
    expect(list.undated.map((d) => d.when)).toEqual(['Thường xuyên']);
  });
});
