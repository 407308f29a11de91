/** A figure per year ("giảm 1,5% năm", "4,5 - 5 %/năm") answers a question asked "mỗi năm" / "hằng năm". */
import { describe, expect, it } from 'vitest';
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
