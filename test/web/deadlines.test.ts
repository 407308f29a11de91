/** Deadlines from a fixed today: next yearly dates within the plan's horizon, ordering, day counts. */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/schema/records';
import { allDeadlines, daysBetween, deadlines, lastYearOf, nextYearly } from '../../src/web/deadlines';
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

describe('lastYearOf', () => {
  const plan = fixtureCorpus.plans[1]?.plan as Plan;

  it('is the end of the period the plan names, else its last milestone year', () => {
    expect(lastYearOf(plan)).toBe(2030);
    const source = plan.reportingDuties[0]?.source as Plan['reportingDuties'][number]['source'];
    expect(lastYearOf({ ...plan, period: { from: 2021, to: 2025, source } })).toBe(2025);
    expect(lastYearOf({ ...plan, horizon: [] })).toBeNull();
  });
});

describe('allDeadlines', () => {
  const all = allDeadlines(fixtureCorpus, '2026-11-23');

  it('gives each deadline an id: the task record id, or the plan id and the duty number', () => {
    expect(all.map((d) => d.id)).toEqual([
      'quang-ninh/r1',
      'quang-ninh/t/1',
      'dong-nai/r1',
      'dong-nai/r2',
      'dong-nai/t/1',
    ]);
  });

  it('starts a yearly date at its first occurrence once the plan was signed, whatever today is', () => {
    const first = (today: string) => allDeadlines(fixtureCorpus, today).map((d) => d.firstDate);
    expect(first('2026-11-23')).toEqual(['2021-11-30', '2025-12-31', '2024-11-10', '2024-11-30', null]);
    expect(first('2022-01-01')).toEqual(first('2026-11-23'));
  });

  it('names the bodies a deadline concerns, as the plan writes them', () => {
    expect(all.map((d) => d.bodies)).toEqual([
      ['Các sở, ban, ngành'],
      ['Sở Y tế'],
      ['Các sở, ban, ngành'],
      ['Sở Lao động - Thương binh và Xã hội'],
      ['Bảo hiểm xã hội tỉnh', 'Sở Y tế'],
    ]);
  });
});
