import { describe, expect, it } from 'vitest';
import { termsOfArtIn } from '../../src/answer/intents/pick';
import { ask } from '../helpers';

describe('a record far ahead of every other, nearly sure, answers', () => {
  it('a question worded unlike the plans ("nhà giá rẻ", "vay ít vốn làm ăn") gets the one record it names', () => {
    const a = ask('Thanh Hóa tính xây bao nhiêu căn nhà giá rẻ cho công nhân với người thu nhập thấp?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('13.787');
    const b = ask(
      'Nhà tôi ở Lai Châu thuộc diện hộ nghèo, muốn vay ít vốn làm ăn thì cơ quan nào lo giải ngân vậy ạ?',
    );
    expect(b.text).toContain('Chủ trì: Chi nhánh Ngân hàng chính sách xã hội tỉnh');
  });

  it("never a record of another kind of the thing: secondary school is not answered by primary school's target", () => {
    const a = ask('Đến 2025 Đà Nẵng muốn bao nhiêu phần trăm học sinh trung học cơ sở được học 2 buổi/ngày?');
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Đà Nẵng: .*100%/);
    const b = ask('o da nang bao nhieu phan tram hoc sinh tieu hoc se dc hoc 2 buoi/ngay vao nam 2025?');
    expect(b.text).toContain('100% học sinh trường tiểu học');
  });
});

describe('termsOfArtIn', () => {
  it('reads terms of more than two syllables whole', () => {
    expect(termsOfArtIn('hoc sinh trung hoc co so | hoc 2 buoi')).toEqual(['trung_hoc_co_so']);
    expect(termsOfArtIn('tre em suy dinh duong the nhe can')).toEqual(['nhe_can']);
    expect(termsOfArtIn('trung hoc')).toEqual([]);
  });
});

describe('a clear leader 1.6 times ahead of every other record', () => {
  it('answers a citizen who tells their situation before asking who leads', () => {
    const a = ask(
      'Tôi vừa bị công ty cho nghỉ việc, muốn vay ít vốn buôn bán. Ở Thanh Hóa kế hoạch giao cơ quan nào chủ trì mở rộng nguồn vay ưu đãi cho người như tôi?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Thanh Hóa: Chủ trì: Sở Tài chính/);
  });
});
