import { describe, expect, it } from 'vitest';
import { titleFromPage, titleFromPreamble } from '../../../src/ingest/rules/plan-title';

describe('plan title', () => {
  it('reads what the UBND issues in the preamble', () => {
    expect(
      titleFromPreamble(
        'UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 68/NQ-CP ngày 09 tháng 5 năm 2024 của Chính phủ trên địa bàn tỉnh Đồng Nai, cụ thể như sau:',
      ),
    ).toBe(
      'thực hiện Nghị quyết số 68/NQ-CP ngày 09 tháng 5 năm 2024 của Chính phủ trên địa bàn tỉnh Đồng Nai',
    );
  });
  it('not a plan another body issued, nor a phrase too short to name one', () => {
    expect(
      titleFromPreamble(
        'Quyết định số 1983/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thực hiện Kết luận số 92-KL/TW như sau:',
      ),
    ).toBeNull();
    expect(titleFromPreamble('UBND thành phố ban hành Kế hoạch triển khai thực hiện như sau:')).toBeNull();
  });
  it('reads the web page’s own line without its wrapping', () => {
    expect(
      titleFromPage(
        'Kế hoạch 10/KH-UBND năm 2022 thực hiện Quyết định 1983/QĐ-TTg về chính sách xã hội do thành phố Đà Nẵng ban hành',
      ),
    ).toBe('thực hiện Quyết định 1983/QĐ-TTg về chính sách xã hội');
  });
});
