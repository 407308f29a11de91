import { describe, expect, it } from 'vitest';
import type { Found } from '../../src/answer/context';
import { eachYearNote, eachYearSpans, statesForYears } from '../../src/answer/intents/pick';
import type { Indicator } from '../../src/schema/records';
import { ask, planOf } from '../helpers';

type IndicatorFound = Extract<Found, { kind: 'indicator' }>;

/** An indicator of Lai Châu's 2021–2025 plan whose sentence is `quote`, with `targets` (year, text). */
function indicator(quote: string, targets: [number, string][], period = true): IndicatorFound {
  const plan = planOf('Lai Châu');
  const base = plan.indicators[0] as Indicator;
  const record: Indicator = {
    ...base,
    source: { ...base.source, quote },
    targets: targets.map(([year, text]) => ({
      ...(base.targets[0] as Indicator['targets'][number]),
      year,
      text,
      unit: undefined,
    })),
  };
  const own = period ? plan.plan : { ...plan.plan, period: undefined, signedDate: '2024-03-08' };
  return { kind: 'indicator', plan: { ...plan, plan: own }, record };
}

describe('a target set for each year', () => {
  it('holds in every year of the plan up to the year it is set for', () => {
    const f = indicator('hằng năm, đào tạo nghề cho 8.000 người', [[2025, '8.000 người']]);
    expect(eachYearSpans(f)).toEqual([{ from: 2021, to: 2025 }]);
    expect(statesForYears(f, [2023])).toBe(true);
    expect(statesForYears(f, [2026])).toBe(false);
    expect(eachYearNote(f, [2023])).toBe(
      'Mục tiêu đặt cho mỗi năm 2021–2025, nên cũng là mục tiêu năm 2023.',
    );
  });

  it('starts after the record’s earlier target year, or in the year the plan was signed', () => {
    const f = indicator(
      'Mức giảm 0,15%/năm; năm 2030: 0,15%/năm',
      [
        [2025, '0,15%/năm'],
        [2030, '0,15%/năm'],
      ],
      false,
    );
    expect(eachYearSpans(f)).toEqual([
      { from: 2024, to: 2025 },
      { from: 2026, to: 2030 },
    ]);
    expect(eachYearNote(f, [2027])).toContain('mỗi năm 2026–2030');
  });

  it('is not read into a target for one year, nor said for a year the record names itself', () => {
    const once = indicator('Đến năm 2025, tỷ lệ hộ nghèo còn dưới 10%', [[2025, 'dưới 10%']]);
    expect(eachYearSpans(once)).toEqual([]);
    expect(statesForYears(once, [2023])).toBe(false);
    const named = indicator('giảm 0,3%/năm; cuối năm 2024 còn 2.597 hộ', [[2025, '0,3%/năm']]);
    expect(eachYearNote(named, [2024])).toBeNull();
  });

  it('answers a year inside the plan with the yearly figure, and says why', () => {
    const a = ask('Lai Châu năm 2024 đào tạo nghề cho bao nhiêu người?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('8.000 người');
    expect(a.text).toContain('nên cũng là mục tiêu năm 2024');
    // A year past the plan's end is still not set.
    expect(ask('Lai Châu năm 2028 đào tạo nghề cho bao nhiêu người?').found).toBe(false);
  });
});
