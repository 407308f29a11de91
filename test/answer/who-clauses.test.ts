/** A question that asks who twice, in two clauses, is two questions; one that asks two roles of one duty is one. */
import { describe, expect, it } from 'vitest';
import { askedTwice, respectiveClauses, whoClauses } from '../../src/answer/engine';
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
      'KH 767 Lai Châu: hạn chót nộp báo cáo kết quả hằng năm là ngày nào, và ai chủ trì công tác giảm nghèo?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^Về «KH 767 Lai Châu: hạn chót nộp báo cáo/);
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
  });

  it('keeps "… báo cáo qua cơ quan nào" with the report it is about: the body reports go through is no subject', () => {
    const a = ask(
      'KH 767 Lai Châu: hạn chót nộp báo cáo kết quả hằng năm là ngày nào, và các huyện báo cáo qua cơ quan nào?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 767\/KH-UBND \(Lai Châu\) không nêu ngày/);
    expect(a.text).toContain('qua Sở Lao động - Thương binh và Xã hội');
  });
});

describe('two who-clauses parted by a comma, and "lần lượt"', () => {
  it('parts "X ai chủ trì, Y ai chủ trì?" at the comma', () => {
    expect(whoClauses('Đà Nẵng: an toàn thực phẩm ai chủ trì, nhà ở xã hội ai chủ trì?', '')).toEqual([
      'Đà Nẵng: an toàn thực phẩm ai chủ trì',
      'nhà ở xã hội ai chủ trì?',
    ]);
    // One duty's lead and partner, or who reports and through whom, stay one question.
    expect(
      whoClauses('Đà Nẵng: ai chủ trì tuyên truyền, phổ biến chính sách xã hội, phối hợp với sở nào?', ''),
    ).toBeNull();
    expect(
      whoClauses('Sở, ngành gặp vướng mắc thì phải báo cáo lên ai, thông qua cơ quan nào ạ?', ''),
    ).toBeNull();
    expect(
      whoClauses(
        'Đồng Nai, chương trình viễn thông: ai chủ trì, ngoài các sở và UBND huyện còn ai phối hợp?',
        '',
      ),
    ).toBeNull();
  });

  it('asks the standing body as a clause of its own', () => {
    const a = ask(
      'Theo KH 91 Quảng Ninh, cơ quan thường trực là ai, còn chỉ tiêu về nhà ở giao sở nào chủ trì?',
    );
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội');
    expect(a.text).toContain('Sở Xây dựng');
  });

  it('reads "X và Y lần lượt …" as the same question of X and of Y, in that order', () => {
    expect(
      respectiveClauses(
        'Trong KH 10 Đà Nẵng, nước sạch đô thị và nước sạch nông thôn lần lượt giao cho sở nào?',
      ),
    ).toEqual([
      'Trong KH 10 Đà Nẵng, nước sạch đô thị giao cho sở nào?',
      'Trong KH 10 Đà Nẵng, nước sạch nông thôn giao cho sở nào?',
    ]);
    expect(respectiveClauses('Tỷ lệ BHYT lần lượt là bao nhiêu?')).toBeNull();
    const a = ask(
      'Trong KH 10 Đà Nẵng, chính sách nước sạch đô thị và chính sách nước sạch nông thôn lần lượt giao cho sở nào?',
    ).text;
    expect(a.indexOf('Sở Xây dựng')).toBeGreaterThanOrEqual(0);
    expect(a.indexOf('Sở Xây dựng')).toBeLessThan(a.indexOf('Sở Nông nghiệp và Phát triển nông thôn'));
  });
});

describe('a message asking two figures, answered whole', () => {
  it('adds the figure of a clause the whole answer left out, and nothing it already gives', () => {
    const a = ask(
      'Quảng Ninh muốn tỷ lệ hộ nghèo đến 2025 còn bao nhiêu, và khu vực nông thôn mỗi năm phải giảm mấy %?',
    );
    expect(a.text).toContain('còn dưới 1%');
    expect(a.text).toContain('1,5%');
    // The sentence quoted whole already gives both figures: no line is repeated.
    const both = ask(
      'Lai Châu: cuối 2025 tỷ lệ lao động qua đào tạo đạt bao nhiêu, và mỗi năm đào tạo nghề cho bao nhiêu người?',
    );
    expect(both.text.match(/8\.000 người/g)?.length).toBe(1);
  });

  it('adds nothing for a clause with no subject of its own', () => {
    const a = ask(
      'Phụ lục I KH 230: cột chỉ tiêu Trung ương đặt bao nhiêu căn hộ nhà ở xã hội đến năm 2030, còn Đồng Nai tự đặt bao nhiêu?',
    );
    expect(a.text).toContain('50.000');
    expect(a.text).not.toContain('BHXH tự nguyện');
  });

  it('answers a second clause pointing back ("cơ quan nào theo dõi chỉ tiêu này?") with the first clause’s lead', () => {
    const a = ask('Đồng Nai muốn thất nghiệp dưới mấy phần trăm? cơ quan nào theo dõi chỉ tiêu này?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Cục Thống kê tỉnh');
    expect(a.text).not.toContain('Sở Y tế');
  });
});

describe('two figures asked with "và" right after the first question word', () => {
  const q =
    'Về ma túy, QN đặt tỷ lệ người nghiện được điều trị, cai nghiện là bao nhiêu và đến 2025 giảm tỷ lệ tái nghiện ít nhất bao nhiêu % so với 2020?';
  it('splits there only when figures are asked', () => {
    expect(askedTwice(q, ['Quảng Ninh'], true)?.[1]).toBe(
      'đến 2025 giảm tỷ lệ tái nghiện ít nhất bao nhiêu % so với 2020?',
    );
    expect(askedTwice(q, ['Quảng Ninh'])).toBeNull();
  });
  it('the reply gives both figures', () => {
    const a = ask(q);
    expect(a.text).toContain('15%');
    expect(a.text).toContain('trên 95%');
  });
});
