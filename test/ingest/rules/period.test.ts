import { describe, expect, it } from 'vitest';
import { periodYear } from '../../../src/ingest/rules/period';

describe('periodYear', () => {
  it('reads the innermost period heading', () => {
    expect(periodYear(['I. MỤC TIÊU', '2. Mục tiêu cụ thể', '2.1. Giai đoạn 2023 - 2025'])).toBe(2025);
    expect(periodYear(['II. MỤC TIÊU', 'a) Từ 2021 đến 2025'])).toBe(2025);
    expect(periodYear(['2.2. Đến năm 2030', 'a) Về lao động'])).toBe(2030);
  });
  it('no period, no year', () => {
    expect(periodYear(['I. MỤC TIÊU', '2.6. Lĩnh vực y tế'])).toBeNull();
  });
});

describe('periodIn', () => {
  it('reads the plan’s own period, not a cited document’s or one that ended before it was signed', async () => {
    const { periodIn } = await import('../../../src/ingest/rules/plan-period');
    expect(periodIn('b) Cụ thể hóa các mục tiêu, nhiệm vụ cần thực hiện giai đoạn 2021-2025')).toEqual({
      from: 2021,
      to: 2025,
    });
    expect(
      periodIn('Triển khai Quyết định số 12/QĐ-UBND về Chương trình việc làm giai đoạn 2021-2030'),
    ).toBeNull();
    expect(
      periodIn('về một số vấn đề chính sách xã hội giai đoạn 2012 - 2020 trên địa bàn tỉnh', 2021),
    ).toBeNull();
  });
});

describe('goalTimeframe', () => {
  it('an aim under a period heading is for that period', async () => {
    const { goalTimeframe } = await import('../../../src/ingest/text-records');
    const unit = {
      text: 'xóa bỏ hoàn toàn tình trạng nhà tạm, nhà dột nát cho hộ nghèo',
      headings: ['II. MỤC TIÊU', '2. Mục tiêu cụ thể', '2.1. Đến năm 2030', 'c) Về nhà ở'],
    } as never;
    expect(goalTimeframe({ text: '', kind: 'unspecified' }, unit)).toEqual({
      text: 'Đến năm 2030',
      kind: 'year',
      year: 2030,
    });
  });
});
