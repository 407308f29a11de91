/** A question that asks who twice, in two clauses, is two questions; one that asks two roles of one duty is one. */
import { describe, expect, it } from 'vitest';
import { askedTwice, whoClauses } from '../../src/answer/engine';
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

describe('askedTwice', () => {
  it('splits two questions, each with a subject of its own, at ", và", ", còn", "?" or ";"', () => {
    expect(
      askedTwice(
        'Ở Đà Nẵng đến 2025 bao nhiêu % học sinh tiểu học được học 2 buổi/ngày, và sở nào chủ trì nhiệm vụ giáo dục?',
        ['Đà Nẵng'],
      ),
    ).toEqual([
      'Ở Đà Nẵng đến 2025 bao nhiêu % học sinh tiểu học được học 2 buổi/ngày',
      'sở nào chủ trì nhiệm vụ giáo dục?',
    ]);
    expect(
      askedTwice('Đồng Nai muốn thất nghiệp dưới mấy phần trăm? cơ quan nào theo dõi chỉ tiêu này?', [
        'Đồng Nai',
      ]),
    ).toEqual(['Đồng Nai muốn thất nghiệp dưới mấy phần trăm', 'cơ quan nào theo dõi chỉ tiêu này?']);
  });
  it('keeps one question whose second half asks nothing of its own, or asks nothing', () => {
    expect(
      askedTwice('Tỷ lệ BHYT của Thanh Hóa năm 2030 là bao nhiêu, và ai chủ trì?', ['Thanh Hóa']),
    ).toBeNull();
    expect(
      askedTwice('Đà Nẵng có Internet cho thôn miền núi, và nước sạch nông thôn', ['Đà Nẵng']),
    ).toBeNull();
  });
});

describe('a message the plans do not answer whole', () => {
  it('is answered clause by clause, each clause of the province the whole names', () => {
    const a = ask(
      'Ở Đà Nẵng đến 2025 bao nhiêu % học sinh tiểu học được học 2 buổi/ngày, và sở nào chủ trì nhiệm vụ giáo dục?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('100% học sinh trường tiểu học');
    expect(a.text).toContain('Chủ trì: Sở Giáo dục và Đào tạo');
  });
  it('is not found when only one clause is answered, and says which clause the plans leave open', () => {
    const a = ask(
      'KH 767 Lai Châu: hạn chót nộp báo cáo kết quả hằng năm là ngày nào, và các huyện báo cáo qua cơ quan nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^Về «KH 767 Lai Châu: hạn chót nộp báo cáo/);
    expect(a.text).toContain('qua Sở Lao động - Thương binh và Xã hội');
  });
});
