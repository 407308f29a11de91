import { describe, expect, it } from 'vitest';
import { readTargets, trailingBound } from '../../../src/ingest/figures';
import { paragraphYear } from '../../../src/ingest/rules/paragraph-year';

describe('paragraphYear: the year a paragraph aims at', () => {
  it('figures after "đến năm 2025," are for 2025, in later clauses too', () => {
    const p =
      'Nâng cao chất lượng, phấn đấu đến năm 2025, có 66% trường học đạt chuẩn; 89% số xã đạt chuẩn mức độ 3.';
    expect(paragraphYear(p, p.indexOf('89%'), 2021)).toBe(2025);
  });
  it('an opening aim governs over a year set for one figure inside; a sentence end closes it', () => {
    const p =
      'Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% lao động tham gia; khoảng 18% tham gia bảo hiểm thất nghiệp.';
    expect(paragraphYear(p, p.indexOf('khoảng 18%'), 2021)).toBe(2025);
    const q = 'Đến năm 2025, đạt 20%. Duy trì 100% vào năm 2030; 90% số xã có bác sĩ.';
    expect(paragraphYear(q, q.indexOf('90%'), 2021)).toBe(2030);
  });
  it('the first aim after, else none; baselines before signing are no aim', () => {
    expect(paragraphYear('Trên 90% số xã có bác sĩ; 20% vào năm 2025.', 0, 2021)).toBe(2025);
    expect(paragraphYear('Năm 2020 đạt 45%; duy trì 100% hộ nghèo được hỗ trợ.', 25, 2021)).toBeNull();
    expect(paragraphYear('giai đoạn 2021-2025, phấn đấu giảm 3%/năm', 30, 2021)).toBe(2025);
  });
});

describe('comparators read around the figure', () => {
  it('"trở lên" after the counted noun bounds the figure, unless a verb came first', () => {
    expect(trailingBound(' số xã, phường, thị trấn trở lên đạt chuẩn')).toBe('trở lên');
    expect(trailingBound(' số xã đạt chuẩn từ 3 tiêu chí trở lên')).toBe('');
    expect(
      readTargets('trong đó 89% số xã, phường, thị trấn trở lên đạt chuẩn mức độ 3', 2025)[0]?.comparator,
    ).toBe('>=');
  });
  it('"ít nhất" governs a list whose items hold commas of their own', () => {
    const t = readTargets(
      'Có ít nhất 75% người dân ở vùng sâu, vùng xa, biên giới, hải đảo, 80% các xã vùng khó khăn',
      2030,
    );
    expect(t.map((x) => x.comparator)).toEqual(['>=', '>=']);
  });
});

describe('a year owns the figure written right after it', () => {
  it('"…, năm 2030 có 25% …, trong đó … 1,1%": the later figure takes the clause’s opening year', () => {
    const years = readTargets(
      'Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% lực lượng lao động tham gia bảo hiểm xã hội, trong đó nông dân chiếm khoảng 1,1% lực lượng lao động',
      null,
    ).map((t) => `${t.value}:${t.year}`);
    expect(years).toEqual(['20:2025', '25:2030', '1,1:2025']);
  });
  it('"đến năm 2025 đạt 20%, năm 2030 đạt 25%" gives each figure its own year', () => {
    expect(readTargets('đến năm 2025 đạt 20%, năm 2030 đạt 25%', null).map((t) => t.year)).toEqual([
      2025, 2030,
    ]);
  });
});
