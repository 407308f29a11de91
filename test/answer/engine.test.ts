import { describe, expect, it } from 'vitest';
import { ask, engine, TODAY } from '../helpers';

describe('answer: targets', () => {
  it('answers a citizen without diacritics, with figure, year and source', () => {
    const a = ask('ty le bhyt muc tieu quang ninh bao nhieu');
    expect(a.found).toBe(true);
    expect(a.text).toContain('trên 95%');
    expect(a.text).toContain('Quảng Ninh');
    expect(a.text).toMatch(/KH 91\/KH-UBND.*mục I\.2\.6/);
    expect(a.sources[0]?.quote).toContain('95%');
  });

  it('reads the central and local targets of a table row', () => {
    const a = ask(
      'Đồng Nai tỷ lệ lực lượng lao động tham gia BHXH năm 2025 TW giao bao nhiêu, tỉnh đặt bao nhiêu?',
    );
    expect(a.text).toContain('56%');
    expect(a.text).toContain('45%');
    expect(a.text).toContain('Phụ lục I, mục 4.1');
  });

  it('never confuses Đà Nẵng with Đồng Nai', () => {
    const dn = ask('Đà Nẵng tỷ lệ tham gia bảo hiểm y tế bao nhiêu?');
    const dnai = ask('Đồng Nai tỷ lệ dân số tham gia BHYT bao nhiêu?');
    expect(dn.provinces).toEqual(['Đà Nẵng']);
    expect(dnai.provinces).toEqual(['Đồng Nai']);
    expect(ask('da nang bhyt toan dan').provinces).toEqual(['Đà Nẵng']);
    expect(ask('dong nai bhyt').provinces).toEqual(['Đồng Nai']);
  });

  it('answers each named province on its own line', () => {
    const a = ask('Tỷ lệ thất nghiệp khu vực thành thị của Thanh Hóa và Đồng Nai?');
    expect(a.provinces.sort()).toEqual(['Thanh Hóa', 'Đồng Nai']);
    expect(a.text).toContain('2,5%');
    expect(a.text).toContain('< 4%');
  });

  it('gives several provinces when none is named', () => {
    const a = ask('Số bác sĩ trên 10.000 dân là bao nhiêu?');
    expect(a.provinces.length).toBeGreaterThan(1);
    expect(a.text).toContain('19');
    expect(a.text).toContain('15');
    // Asked for 2030, Quảng Ninh (targets for 2025) drops out.
    expect(ask('Số bác sĩ trên 10.000 dân năm 2030 là bao nhiêu?').provinces).not.toContain('Quảng Ninh');
  });

  it('uses the chat province when the question names none', () => {
    const a = ask('tỷ lệ tham gia BHYT', 'Lai Châu');
    expect(a.provinces).toEqual(['Lai Châu']);
    expect(a.text).toContain('98%');
  });
});

describe('answer: not found', () => {
  it('says so for a province without a plan', () => {
    const a = ask('Điện Biên giảm tỷ lệ hộ nghèo mỗi năm bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('Điện Biên');
  });

  it('says so for a year the plan does not set, and suggests what it does set, as written and cited', () => {
    const a = ask('Quảng Ninh đặt mục tiêu tỷ lệ hộ nghèo năm 2030 là bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('2030');
    expect(a.text).toContain('Có thể bạn muốn hỏi:');
    for (const m of a.text.matchAll(/(\d+(?:,\d+)?)\s*%/g))
      expect((a.suggestions ?? []).some((s) => s.source.quote.includes(m[1] ?? ''))).toBe(true);
  });

  it('says so for a topic the plans do not cover, and suggests what they hold', () => {
    const a = ask('Đồng Nai đặt mục tiêu tỷ số giới tính khi sinh là bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.items).toEqual([]);
  });

  it('does not answer a question about something else entirely', () => {
    expect(ask('giá vàng hôm nay bao nhiêu?').found).toBe(false);
  });
});

describe('answer: agencies and assignments', () => {
  it('puts the agency first for "sở nào"', () => {
    const a = ask('Ở Thanh Hóa sở nào chủ trì áp dụng mã số an sinh xã hội cho người dân?');
    expect(a.intent).toBe('agency');
    expect(a.text.split('\n')[0]).toContain('Sở Thông tin và Truyền thông');
  });

  it('lists what an agency leads, capped with "và N mục khác"', () => {
    const a = ask('Sở Y tế Đồng Nai được giao những chỉ tiêu nào?');
    expect(a.intent).toBe('assignments');
    expect(a.text).toMatch(/^Sở Y tế chủ trì/);
    expect(a.text).toMatch(/và \d+ mục khác/);
    expect(a.items.length).toBeLessThanOrEqual(5);
  });

  it("names the body as the province's plan writes it, not by its canonical name", () => {
    // Đà Nẵng's plan writes "Bảo hiểm xã hội thành phố"; Đồng Nai's "Bảo hiểm xã hội tỉnh".
    expect(ask('Đà Nẵng: BHXH được giao nhiệm vụ gì?').text).toMatch(/^Bảo hiểm xã hội thành phố chủ trì/);
    expect(ask('Đồng Nai: BHXH được giao nhiệm vụ gì?').text).toMatch(/^Bảo hiểm xã hội tỉnh chủ trì/);
  });

  it("never gives a body the plans do not name another body's duties", () => {
    // No plan names Liên đoàn Lao động or Cục Thuế; Thanh Hóa's plan gives duties jointly to the
    // socio-political organisations, of which Liên đoàn Lao động is one.
    const ldld = ask('Thanh Hóa: Liên đoàn Lao động tỉnh có nhiệm vụ gì?');
    expect(ldld.text.split('\n')[0]).toContain('không nêu riêng Liên đoàn Lao động');
    expect(ldld.found).toBe(false);
    expect(ldld.text).toContain('Kế hoạch giao chung cho các tổ chức chính trị - xã hội');
    expect(ldld.items.length).toBeGreaterThan(0);
    for (const i of ldld.items) expect(i.line).toMatch(/tổ chức chính trị - xã hội|đoàn thể/);
    const thue = ask('cuc thue co nhiem vu gi');
    expect(thue.found).toBe(false);
    expect(thue.text).toContain('không nêu riêng Cục Thuế');
  });

  it('recognizes a short agency name ("sở lao động")', () => {
    const a = ask('kế hoạch 767 giao sở lao động làm gì');
    expect(a.text).toContain('Sở Lao động - Thương binh và Xã hội');
  });
});

describe('answer: deadlines and plan facts', () => {
  it('gives a timeframe with its status against today', () => {
    const a = ask('Việc sửa chữa Cơ sở Điều trị nghiện ma túy tỉnh Đồng Nai làm khi nào?');
    expect(a.text).toContain('Hằng năm');
  });

  it('counts the days to a yearly reporting date', () => {
    const a = engine.answer('Thanh Hóa báo cáo kết quả thực hiện kế hoạch trước ngày nào?', {
      today: '2026-11-30',
    });
    expect(a.text).toContain('10/12');
    expect(a.text).toContain('còn 10 ngày');
    // On the day itself the reply says so, rather than "còn 0 ngày".
    const due = engine.answer('Thanh Hóa báo cáo kết quả thực hiện kế hoạch trước ngày nào?', {
      today: '2026-12-10',
    });
    expect(due.text).toContain('10/12 hằng năm — hôm nay');
    // Once this year's day has passed, that is said first: "đã quá hạn chưa?" is asked of this year's.
    const late = engine.answer('Thanh Hóa báo cáo kết quả thực hiện kế hoạch trước ngày nào?', {
      today: '2026-12-14',
    });
    expect(late.text).toContain('10/12 hằng năm — năm nay đã quá hạn 4 ngày, kỳ tới còn 361 ngày');
  });

  it('counts from the day the asker says it is', () => {
    const a = engine.answer('Hôm nay 14/12 mà huyện chưa gửi báo cáo KH 68 Thanh Hóa, đã quá hạn chưa?', {
      today: '2026-12-01',
    });
    expect(a.text).toContain('năm nay đã quá hạn 4 ngày');
  });

  it('answers signing date, signer and basis with dates as dd/mm/yyyy', () => {
    expect(ask('KH 91/KH-UBND ban hành ngày nào?').text).toContain('26/04/2021');
    expect(ask('Ai ký kế hoạch 230 của Đồng Nai?').text).toContain('Nguyễn Sơn Hùng');
    const basis = ask('KH 68 Thanh Hóa triển khai nghị quyết nào của Trung ương?');
    expect(basis.text).toContain('42-NQ/TW');
    expect(basis.text).toContain('24/11/2023');
  });
});

describe('answer: conversation', () => {
  it('follows up "còn Thanh Hóa thì sao?" on the previous topic', () => {
    const a = engine.answer('còn Thanh Hóa thì sao?', {
      today: TODAY,
      previousQuestion: 'tỷ lệ BHYT Quảng Ninh',
    });
    expect(a.provinces).toEqual(['Thanh Hóa']);
    expect(a.text).toContain('95%');
  });

  it('follows up "còn năm 2030?"', () => {
    const a = engine.answer('còn năm 2030?', {
      today: TODAY,
      previousQuestion: 'Đồng Nai tỷ lệ dân số tham gia BHYT năm 2025',
    });
    expect(a.text).toContain('>97%');
  });

  it('answers help with examples from the loaded plans', () => {
    const a = ask('help');
    expect(a.intent).toBe('help');
    expect(a.text).toContain('Đồng Nai');
  });
});

describe('answer: typing', () => {
  it('reads Telex leftovers', () => {
    const a = ask('tyr leej bhyt quangr ninh');
    expect(a.provinces).toEqual(['Quảng Ninh']);
    expect(a.text).toContain('trên 95%');
  });
});
