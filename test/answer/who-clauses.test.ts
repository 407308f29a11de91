/** A question that asks who twice, in two clauses, is two questions; one that asks two roles of one duty is one. */
import { describe, expect, it } from 'vitest';
import { whoClauses } from '../../src/answer/engine';
import { ask } from '../helpers';

describe('whoClauses', () => {
  it('splits two who-clauses, each with its own duty, giving the second the scope the whole names', () => {
    expect(
      whoClauses(
        'Trong KH 91 Quảng Ninh, cơ quan nào là cơ quan thường trực triển khai kế hoạch, và sở nào chủ trì các chỉ tiêu về nhà ở?',
        'KH 91/KH-UBND Quảng Ninh',
        ['Quảng Ninh'],
      ),
    ).toEqual([
      'Trong KH 91 Quảng Ninh, cơ quan nào là cơ quan thường trực triển khai kế hoạch',
      'sở nào chủ trì các chỉ tiêu về nhà ở (KH 91/KH-UBND Quảng Ninh)?',
    ]);
  });
  it('keeps one question that asks two roles of one duty, or one who only', () => {
    expect(
      whoClauses('Chỉ tiêu thất nghiệp ở Đồng Nai: ai chủ trì, ai phối hợp?', 'Đồng Nai', ['Đồng Nai']),
    ).toBeNull();
    expect(
      whoClauses('Dự toán kinh phí KH 10 gửi ai tổng hợp và sở nào thẩm định?', 'KH 10/KH-UBND Đà Nẵng', []),
    ).toBeNull();
    expect(
      whoClauses('KH 230 Đồng Nai: ai chủ trì, ai phối hợp tham mưu phê duyệt vị trí việc làm?', 'Đồng Nai', [
        'Đồng Nai',
      ]),
    ).toBeNull();
    expect(whoClauses('Sở nào chủ trì giảm nghèo ở Lai Châu?', 'Lai Châu', ['Lai Châu'])).toBeNull();
  });
  it('answers both clauses, each with its own lead', () => {
    const a = ask(
      'Đà Nẵng KH 10: ai chủ trì nhiệm vụ giáo dục và ai chủ trì nhiệm vụ thông tin truyền thông cơ sở?',
    );
    expect(a.text).toContain('Sở Giáo dục và Đào tạo');
    expect(a.text).toContain('Sở Thông tin và Truyền thông');
    expect(a.text.length).toBeLessThan(900);
  });
  it('names the clause the plans do not answer', () => {
    const a = ask('Đà Nẵng KH 10: ai chủ trì nhiệm vụ giáo dục và ai chủ trì nhiệm vụ phóng tàu vũ trụ?');
    expect(a.text).toContain('Sở Giáo dục và Đào tạo');
    expect(a.text).toMatch(/Về «ai chủ trì nhiệm vụ phóng tàu vũ trụ[^»]*»: [^\n]*không nêu/);
  });
});
