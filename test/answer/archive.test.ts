import { describe, expect, it } from 'vitest';
import { ask } from '../helpers';

describe('where the plan\'s own copies are kept ("Lưu: VT, …")', () => {
  it('quotes the last item of the recipients list, with its line, however it is asked', () => {
    const a = ask('kh 91 quang ninh phan luu van ban ghi ky hieu gi?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('KH 91/KH-UBND (Quảng Ninh) — phần "Lưu" cuối danh sách nơi nhận: VT, VX2.');
    expect(a.text).toContain('dòng 726');
    expect(ask('lai chau ke hoach 767 luu o dau vay').text).toContain('VT, VX3');
    expect(ask('KH 68 Thanh Hóa lưu ở đâu, ký hiệu lưu ghi là gì?').text).toContain('VT, VXBTXH33');
  });
  it('a plan whose scrape lost the list says so and is not found', () => {
    const a = ask('KH 10 Đà Nẵng lưu ở đâu?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không có danh sách nơi nhận');
  });
  it('"nhà lưu trú", "trợ giúp pháp lý lưu động" are duties, not the archive', () => {
    expect(ask('nhà lưu trú cho công nhân ở Thanh Hóa do ai chủ trì?').text).toContain('Sở Xây dựng');
    expect(ask('Đồng Nai có trợ giúp pháp lý lưu động không, ai làm?').text).not.toContain('phần "Lưu"');
  });
});
