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
