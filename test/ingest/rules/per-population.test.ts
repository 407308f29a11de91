import { describe, expect, it } from 'vitest';
import { perPopulation, readTargets } from '../../../src/ingest/figures';

const units = (clause: string) => readTargets(clause, 2025).map((t) => `${t.value} ${t.unit}`);

describe('perPopulation: a count reckoned per population, written once for the clause', () => {
  it('a denominator after a list of counts applies to each of them', () => {
    expect(units('đạt 39 giường bệnh, 15 bác sĩ, 04 dược sĩ, 33 điều dưỡng viên trên 10.000 dân.')).toEqual([
      '39 giường bệnh/10.000 dân',
      '15 bác sĩ/10.000 dân',
      '04 dược sĩ/10.000 dân',
      '33 điều dưỡng viên/10.000 dân',
    ]);
  });
  it('a denominator in the indicator name applies to its figure; "1 vạn" is "vạn"', () => {
    expect(units('Số giường bệnh/1 vạn dân đạt 61 giường bệnh')).toEqual(['61 giường bệnh/vạn dân']);
    expect(units('Đạt 03 dược sỹ đại học/1 vạn dân')).toEqual(['03 dược sỹ đại học/vạn dân']);
  });
  it('percentages, ages and units with their own "/" keep theirs; no denominator, no change', () => {
    expect(perPopulation('%', 'tỷ lệ bác sĩ trên 10.000 dân')).toBe('%');
    expect(perPopulation('tuổi', 'trên 10.000 dân')).toBe('tuổi');
    expect(perPopulation('người/năm', 'trên 10.000 dân')).toBe('người/năm');
    expect(units('đào tạo nghề cho 8.000 lao động')).toEqual(['8.000 lao động']);
  });
});
