import { describe, expect, it } from 'vitest';
import { asksFunding, asksFundingAmount } from '../../src/answer/intents/meta';
import { fold } from '../../src/text/normalize';
import { ask } from '../helpers';

const funds = (q: string) => asksFunding(fold(q));

describe('questions about where a plan’s money comes from', () => {
  it('are told apart from who provides it and from the money a duty gives one programme', () => {
    expect(funds('Kinh phí thực hiện KH 91 lấy từ những nguồn nào?')).toBe(true);
    expect(funds('nguồn kinh phí ở đâu?')).toBe(true);
    expect(funds('Tiền để thực hiện kế hoạch 91 của tỉnh Quảng Ninh lấy từ những nguồn nào?')).toBe(true);
    expect(
      funds('Tiền đâu để làm kế hoạch chính sách xã hội của tỉnh Quảng Ninh? lấy từ những nguồn nào?'),
    ).toBe(true);
    expect(funds('tiền chi cho hộ nghèo là bao nhiêu?')).toBe(false);
    expect(funds('Tổng kinh phí thực hiện kế hoạch là bao nhiêu tỷ đồng?')).toBe(true);
    expect(funds('Sở nào bố trí kinh phí thực hiện kế hoạch?')).toBe(false);
    expect(funds('Ngân hàng CSXH được KH 10 giao giải ngân những nguồn vốn nào?')).toBe(false);
    expect(funds('bố trí bao nhiêu kinh phí hằng năm cho các chương trình phòng chống tội phạm?')).toBe(
      false,
    );
    expect(asksFundingAmount(fold('bố trí kinh phí bằng bao nhiêu phần trăm tổng chi thường xuyên'))).toBe(
      false,
    );
  });
  it('a plan with a funding section lists its sources, each cited', () => {
    const a = ask('Kinh phí thực hiện KH 91 Quảng Ninh lấy từ những nguồn nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Nguồn huy động xã hội hóa');
    expect(a.text).toContain('Từ ngân sách Nhà nước');
    expect(a.items.filter((i) => i.id.includes('/funding/'))).toHaveLength(3);
  });
  it('an amount the plan does not state is said not to be stated, with the sources it does give', () => {
    const a = ask('Tổng kinh phí thực hiện KH 91 của Quảng Ninh là bao nhiêu tỷ đồng?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^KH 91\/KH-UBND \(Quảng Ninh\) không nêu số tiền kinh phí/);
    expect(a.text).toContain('Nguồn huy động xã hội hóa');
    expect(a.text).not.toMatch(/tỷ đồng/);
  });
  it('the money a duty gives one programme is still that duty’s figure', () => {
    const a = ask(
      'Quảng Ninh bố trí bao nhiêu kinh phí hằng năm cho các chương trình phòng chống tội phạm, ma túy?',
    );
    expect(a.text).toContain('0,5%');
  });
});

describe('what the plan itself is for, and other wordings', () => {
  it('"được ban hành để thực hiện những văn bản nào của Trung ương và Tỉnh ủy?" is its basis', () => {
    const a = ask(
      'Kế hoạch 91 của UBND tỉnh Quảng Ninh được ban hành để thực hiện những văn bản nào của Trung ương và Tỉnh ủy?',
    );
    expect(a.text).toContain('92-KL/TW');
    expect(a.text).toContain('41-KH/TU');
    expect(a.text).not.toContain('28-NQ/TW');
  });
  it('"Bộ CHQS tỉnh" is the Bộ Chỉ huy Quân sự tỉnh', () => {
    const a = ask('Bộ CHQS tỉnh Thanh Hoá được phân công chủ trì việc gì trong kế hoạch 68/KH-UBND?');
    expect(a.text).toContain('hài cốt liệt sĩ');
  });
  it('a question about no figure is told the plan does not say it, not that it sets no target', () => {
    const a = ask('Lai Châu: kinh phí thực hiện kế hoạch 767 lấy từ đâu?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/không nêu nội dung này/);
    const b = ask('Đà Nẵng đặt chỉ tiêu tỷ lệ hộ có ô tô riêng năm 2030 là bao nhiêu?');
    expect(b.text).toMatch(/không nêu chỉ tiêu này/);
  });
});

describe('a kind of document the plan does not cite as its basis', () => {
  it('"… ban hành theo tờ trình nào?" of a plan citing none says so, then what it does cite', () => {
    const a = ask('KH 767 của Lai Châu được ban hành theo tờ trình của sở nào, tờ trình số mấy?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('KH 767/KH-UBND (Lai Châu) không nêu tờ trình nào trong phần căn cứ.');
    expect(a.text).toContain('377-CV/TU');
  });
  it('a plan that cites one names it, and a kind it cites is not said missing', () => {
    const a = ask('Kế hoạch 91 Quảng Ninh ban hành theo tờ trình nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('1238/TTr-LĐTBXH');
    const b = ask('KH 767 Lai Châu dựa trên kết luận nào và công văn nào của Tỉnh ủy?');
    expect(b.found).toBe(true);
    expect(b.text).not.toContain('không nêu');
  });
});

describe('a plan whose funding heading was lost', () => {
  it('answers where its money comes from with the sentence that says it', () => {
    const a = ask('Kinh phí thực hiện KH 10 Đà Nẵng lấy từ những nguồn nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('các quỹ BHXH, BHYT, BHTN');
    expect(a.text).toContain('dòng 104');
  });
});
