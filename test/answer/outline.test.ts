import { describe, expect, it } from 'vitest';
import { ask } from '../helpers';

describe('answers about the parts', () => {
  it('"gồm những phần nào" lists them; "Phần IV … là phần gì" names that one', () => {
    expect(ask('Kế hoạch 767 của Lai Châu gồm những phần lớn nào?').text).toContain(
      'KH 767/KH-UBND (Lai Châu) gồm các phần: I. MỤC ĐÍCH, YÊU CẦU; II. NHIỆM VỤ; III. GIẢI PHÁP; IV. TỔ CHỨC THỰC HIỆN.',
    );
    expect(ask('Phần IV của kế hoạch 68 Thanh Hóa là phần gì?').text).toContain('«IV. TỔ CHỨC THỰC HIỆN»');
  });
  it('a plan whose scrape lost the first headings says so; a figure asked "bao nhiêu phần trăm" is no outline', () => {
    expect(ask('KH 10 Đà Nẵng gồm những phần nào?').text).toContain(
      'không giữ được tiêu đề các phần trước đó',
    );
    expect(ask('Lai Châu đến 2025 có bao nhiêu phần trăm trường học đạt chuẩn quốc gia?').text).toContain(
      '66%',
    );
  });
});

describe('a part asked that the outline does not hold', () => {
  it('past the last of a whole outline: the plan has no such part; of a scrape that lost headings: lost', () => {
    expect(ask('Phần V của KH 91 Quảng Ninh là phần gì?').text).toContain(
      'có 4 phần (I–IV), không có phần V',
    );
    expect(ask('Phần I của KH 10 Đà Nẵng là phần gì?').text).toContain('không giữ được tiêu đề phần I');
  });
});
