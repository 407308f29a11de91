import { describe, expect, it } from 'vitest';
import { generateNational } from '../../scripts/national/generate';
import { understand } from '../../src/answer/understand';
import { singleTarget, summaryOf } from '../../src/library/summary';
import { summaryAnswerer } from '../../src/library/summary-answer';
import type { Indicator, Target } from '../../src/schema/records';
import { targetNumber } from '../../src/schema/records';
import { corpus } from '../helpers';

const national = generateNational(corpus, {
  provinces: ['An Giang', 'Bắc Giang', 'Cà Mau'],
  plansPerProvince: 1,
  seed: 7,
});
const summary = summaryOf(national, 's1');
const target = (t: Partial<Target>): Target => ({
  year: 2025,
  value: '95',
  text: 'trên 95%',
  comparator: '>',
  scope: 'province',
  area: 'all',
  ...t,
});
const indicator = (targets: Target[]) => ({ targets }) as Indicator;

describe('singleTarget', () => {
  it("is the plan's only province-wide numeric target", () => {
    expect(singleTarget(indicator([target({})]))?.text).toBe('trên 95%');
    expect(singleTarget(indicator([target({}), target({ year: 2030, value: '98' })]))).toBeNull();
    expect(singleTarget(indicator([target({ value: '75-80', comparator: 'range' })]))).toBeNull();
    expect(singleTarget(indicator([target({}), target({ scope: 'central', value: '90' })]))?.value).toBe(
      '95',
    );
  });

  it('reads a decimal comma', () => {
    expect(targetNumber(target({ value: '0,8' }))).toBe(0.8);
  });
});

describe('summaryOf', () => {
  it('names each indicator once, with every plan holding it', () => {
    const names = summary.topics.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    const plans = national.plans.filter((p) => p.indicators.some((i) => i.name === names[0]));
    const topic = summary.topics[0];
    expect([...(topic?.plans ?? []), ...(topic?.figures.map((f) => f.planId) ?? [])].sort()).toEqual(
      plans.map((p) => p.plan.id).sort(),
    );
  });
});

describe('summaryAnswerer', () => {
  const answer = summaryAnswerer(summary, national);
  const ask = (q: string) => answer(understand(q, national), q);

  it('gives the range with the plans at each end, quoted from their records', () => {
    const a = ask('tỷ lệ lao động qua đào tạo mục tiêu bao nhiêu');
    expect(a?.found).toBe(true);
    expect(a?.text).toMatch(/thấp nhất .*, cao nhất /);
    const records = new Map(national.plans.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));
    for (const item of a?.items ?? []) {
      const record = records.get(item.id);
      expect(record && singleTarget(record)?.text).toBeTruthy();
      expect(item.line).toContain(singleTarget(record as Indicator)?.text);
      expect(item.source).toEqual(expect.objectContaining(record?.source));
    }
  });

  it('quotes only the figures for the year asked, and leaves an area to the province', () => {
    const a = ask('tỷ lệ lao động qua đào tạo năm 2025 bao nhiêu');
    expect(a?.items.length).toBeGreaterThan(0);
    expect(a?.items.every((i) => /năm 2025|2025/.test(i.line))).toBe(true);
    expect(ask('tỷ lệ lao động qua đào tạo năm 2031 bao nhiêu')).toBeNull();
    expect(ask('tỷ lệ lao động qua đào tạo ở nông thôn bao nhiêu')).toBeNull();
  });

  it('gives null when no indicator answers', () => {
    expect(ask('giá vàng hôm nay bao nhiêu')).toBeNull();
  });
});
