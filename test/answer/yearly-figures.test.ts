/** A figure per year ("giảm 1,5% năm", "4,5 - 5 %/năm") answers a question asked "mỗi năm" / "hằng năm". */
import { describe, expect, it } from 'vitest';
import { statesPerYear } from '../../src/answer/rank';
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
