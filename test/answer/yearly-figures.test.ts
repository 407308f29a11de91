/** A figure per year ("giảm 1,5% năm", "4,5 - 5 %/năm") answers a question asked "mỗi năm" / "hằng năm". */
import { describe, expect, it } from 'vitest';
import { withoutOtherYears } from '../../src/answer/compose';
import { statesPerYear, unframedBigrams } from '../../src/answer/rank';
import { tokens } from '../../src/text/normalize';
import { ask } from '../helpers';

describe('statesPerYear', () => {
  it('reads "%/năm", "%/ năm", "% năm" and "<unit>/năm" as per year', () => {
    expect(statesPerYear('phấn đấu toàn tỉnh giảm tỷ lệ hộ nghèo bình quân 3%/ năm')).toBe(true);
    expect(statesPerYear('Khu vực nông thôn giảm 1,5% năm')).toBe(true);
    expect(statesPerYear('tỷ lệ việc làm tăng thêm bình quân 4,5 - 5 %/năm')).toBe(true);
    expect(statesPerYear('giải quyết việc làm cho 8.500 lao động/năm')).toBe(true);
  });
  it('does not read a target year as per year', () => {
    expect(statesPerYear('Tỷ lệ tham gia BHYT đạt 95% năm 2025')).toBe(false);
    expect(statesPerYear('đến năm 2030 đạt trên 95%')).toBe(false);
  });
});

describe('answers', () => {
  it('"mỗi năm … tăng thêm bao nhiêu phần trăm" finds the per-year target', () => {
    const a = ask(
      'Kế hoạch 10/KH-UBND của Đà Nẵng muốn mỗi năm số chỗ làm mới tăng thêm bao nhiêu phần trăm?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('4,5 - 5 %/năm');
  });
  it('"giảm nghèo mỗi năm" brings each province’s yearly rate', () => {
    const a = ask(
      'Quảng Ninh và Đồng Nai mỗi tỉnh giảm tỷ lệ hộ nghèo bình quân mỗi năm bao nhiêu (toàn tỉnh)?',
    );
    expect(a.text).toContain('0,8%/năm');
    expect(a.text).toContain('0,3%/năm');
  });
});

describe('unframedBigrams', () => {
  it('reads a rate as the words a question says without "tỷ lệ"', () => {
    expect(unframedBigrams(tokens('giảm tỷ lệ hộ nghèo bình quân 3%/ năm'))).toEqual(['giam_ho', 'so_ho']);
    expect(unframedBigrams(tokens('Tỉ lệ trẻ em suy dinh dưỡng'))).toEqual(['so_tre']);
    expect(unframedBigrams(tokens('số hộ nghèo giảm'))).toEqual([]);
  });
  it('answers "giảm hộ nghèo mỗi năm" and "số hộ nghèo chỉ còn lại bao nhiêu %" with the rate', () => {
    expect(ask('Lai Châu mỗi năm giảm hộ nghèo mấy phần trăm?').text).toContain('3%/ năm');
    expect(ask('quang ninh muon den 2025 so ho ngheo chi con lai bao nhieu phan tram?').text).toMatch(
      /^• Quảng Ninh: Tỷ lệ hộ nghèo đến năm 2025 còn dưới 1%/,
    );
  });
});

describe('two years asked of a target set for one', () => {
  it('"… năm 2025 và năm 2030 là bao nhiêu?" says the year the plan sets none for, then the one it sets', () => {
    const a = ask('Thanh Hóa đặt tỷ lệ tham gia BHYT năm 2025 và năm 2030 là bao nhiêu?');
    expect(a.text.split('\n')[0]).toBe('Kế hoạch không đặt mục tiêu năm 2025 cho nội dung này.');
    expect(a.text).toContain('Trên 95%');
  });
  it('a period ("giai đoạn 2021-2025") is not two years apart', () => {
    expect(ask('Quảng Ninh giảm tỷ lệ hộ nghèo bình quân bao nhiêu giai đoạn 2021-2025?').text).not.toMatch(
      /không đặt mục tiêu năm/,
    );
  });
});

describe('withoutOtherYears: a sentence read for one of its years', () => {
  const t = (year: number, text: string) =>
    ({ year, value: '', text, comparator: '=', scope: 'province', area: 'all', unit: '%' }) as const;
  it('leaves out the other year with its figure, written before or after it', () => {
    const s = 'Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% lực lượng lao động tham gia bảo hiểm xã hội';
    const both = [t(2025, 'có 20%'), t(2030, 'có 25%')];
    expect(withoutOtherYears(s, both, [2025])).toBe(
      'Phấn đấu đến năm 2025, có 20% … lực lượng lao động tham gia bảo hiểm xã hội',
    );
    expect(withoutOtherYears(s, both, [2030])).not.toContain('20%');
    expect(withoutOtherYears(s, both, [2025, 2030])).toBe(s);
    const after = 'Chỉ số hài lòng đạt mức 80% vào năm 2025 và 90% vào năm 2030';
    expect(withoutOtherYears(after, [t(2025, '80%'), t(2030, '90%')], [2025])).toBe(
      'Chỉ số hài lòng đạt mức 80% vào năm 2025 …',
    );
  });
  it('keeps a figure whose year is not written beside it', () => {
    const s = 'Đến năm 2030, tỷ lệ đạt 95%, trong đó 40% có bằng cấp';
    expect(withoutOtherYears(s, [t(2030, '95%'), t(2030, '40%')], [2025])).toBe(s);
    const far = 'Năm 2030 toàn tỉnh phấn đấu, với nhiều giải pháp đồng bộ, đạt 95%';
    expect(withoutOtherYears(far, [t(2030, '95%')], [2025])).toBe(far);
  });
  it('answers a year of such a sentence without the other year’s figure', () => {
    const a = ask('KH 767 Lai Châu: tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH năm 2025?');
    expect(a.text).toContain('20%');
    expect(a.text).not.toContain('25%');
  });
});
