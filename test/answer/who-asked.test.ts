import { describe, expect, it } from 'vitest';
import { choiceIn, understand } from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus, engine, TODAY } from '../helpers';

describe('who is asked, however it is put', () => {
  it('"ai cụ thể hóa …?", "… là ai?": a duty\'s body, found in the plan\'s section on each body\'s duties', () => {
    expect(
      understand('Quảng Ninh, KH 91: ai cụ thể hóa chỉ tiêu, giải pháp lĩnh vực y tế?', corpus).intent,
    ).toBe('agency');
    const a = ask(
      'Theo KH 91 Quảng Ninh, đôn đốc tiến độ thực hiện chỉ tiêu, giải pháp về lĩnh vực thông tin và truyền thông là ai?',
    );
    expect(a.text).toContain('Chủ trì: Sở Thông tin và Truyền thông');
    expect(a.text).toContain('dòng 705–707');
  });
  it('"BHXH bắt buộc" is the scheme, not the body: the duty\'s lead answers', () => {
    const q =
      'Thanh Hóa: ai được giao tăng cường giám sát việc thực hiện BHXH bắt buộc đối với người lao động?';
    expect(understand(q, corpus).agency).toBeNull();
    expect(ask(q).text).toMatch(/^Thanh Hóa: Tăng cường giám sát việc thực hiện chính sách BHXH bắt buộc/);
    expect(ask(q).text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
    // (The body by its place stays the body.)
    expect(understand('BHXH tỉnh Thanh Hóa chủ trì những việc gì?', corpus).agency).toBe(
      'Bảo hiểm xã hội tỉnh',
    );
  });
  it('two bodies offered after the question ("…: X hay Y?") are a choice, answered by the plan\'s lead', () => {
    const q =
      'KH 68 Thanh Hóa giao ai chủ trì mở rộng tín dụng chính sách xã hội để hỗ trợ vốn vay tạo việc làm: Ngân hàng Chính sách xã hội hay Sở Tài chính?';
    expect(choiceIn(fold(q), corpus)).toEqual(['Ngân hàng Chính sách xã hội', 'Sở Tài chính']);
    expect(ask(q).text).toMatch(
      /^Theo kế hoạch, Sở Tài chính chủ trì việc này, không phải Ngân hàng Chính sách xã hội\./,
    );
    // (No who asked: "… hay …" at the end is no choice of bodies.)
    expect(
      choiceIn(fold('Thanh Hóa đặt mục tiêu BHYT năm 2025: Sở Y tế hay Sở Tài chính?'), corpus),
    ).toBeNull();
  });
  it("a body nobody is given, asked of one province, names that province's plan", () => {
    const a = ask('Thanh Hóa có lập Ban Chỉ đạo riêng để giám sát KH 68/KH-UBND không, trưởng ban là ai?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^Kế hoạch của Thanh Hóa không nêu cơ quan phụ trách nội dung này\./);
  });
});

describe('a deadline asked "hạn mấy", and unemployment asked of a plan that sets only its insurance', () => {
  it('"Đồng Nai thì hạn mấy?" after a question about reports: the day reports are due there', () => {
    const a = engine.answer('Đồng Nai thì hạn mấy?', {
      today: TODAY,
      previousQuestion:
        'Theo KH 68 Thanh Hóa, các sở ngành phải báo cáo tình hình thực hiện trước ngày nào hằng năm?',
    });
    expect(a.found).toBe(true);
    expect(a.text).toContain('10/11');
    expect(a.text).toContain('KH 230/KH-UBND, dòng 68');
  });
  it('"tỷ lệ thất nghiệp" is no unemployment benefit; the benefit asked by name still answers', () => {
    const rate = ask('Quảng Ninh đặt chỉ tiêu tỷ lệ thất nghiệp dưới bao nhiêu % trong KH 91?');
    expect(rate.found).toBe(false);
    const benefit = ask(
      'Quảng Ninh: bao nhiêu % người hưởng trợ cấp thất nghiệp được chi trả không dùng tiền mặt?',
    );
    expect(benefit.found).toBe(true);
    expect(benefit.text).toContain('100% số người hưởng trợ cấp thất nghiệp');
  });
});

describe('premises about the plan itself, and reports asked by the kind of body', () => {
  it('"KH 230 … là kế hoạch thực hiện Kết luận 92-KL/TW phải không?": no, and what it does carry out', () => {
    const a = ask('KH 230 của Đồng Nai là kế hoạch thực hiện Kết luận 92-KL/TW phải không ạ?');
    expect(a.text).toMatch(/^Không: KH 230\/KH-UBND \(Đồng Nai\) không nêu văn bản được hỏi\./);
    expect(a.text).toContain('Nghị quyết số 68/NQ-CP');
    expect(a.text).toContain('332-KH/TU');
  });
  it('"Chủ tịch … trực tiếp ký KH 91 phải không?": who did sign', () => {
    const a = ask('Chủ tịch UBND tỉnh Quảng Ninh trực tiếp ký KH 91/KH-UBND phải không?');
    expect(a.text).toContain('do Phó Chủ tịch Nguyễn Thị Hạnh ký');
  });
  it('"… sở em được giao vai trò gì ạ?": the body\'s role in the plan', () => {
    const a = ask('Em ở Sở LĐTBXH Quảng Ninh, theo KH 91/KH-UBND thì sở em được giao vai trò gì ạ?');
    expect(a.text.split('\n')[1]).toContain('Là cơ quan thường trực triển khai thực hiện Kế hoạch này');
  });
  it('"… báo cáo lên cơ quan Đảng nào?": the plan\'s reporting duties, the Party committee among them', () => {
    const a = ask(
      'Theo kế hoạch 230 của Đồng Nai, kết quả thực hiện cuối cùng được báo cáo lên cơ quan Đảng nào?',
    );
    expect(a.text).toContain('báo cáo Ban Thường vụ Tỉnh ủy');
  });
});
