/** Answers across provinces, near rows told apart, weak matches refused, small talk and English. */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/answer/understand';
import { ask, corpus } from '../helpers';

describe('a question without a province', () => {
  it('gets every plan with a matching target, each with its right row', () => {
    const a = ask('tỷ lệ BHYT mục tiêu bao nhiêu');
    expect(a.provinces).toEqual(expect.arrayContaining(['Quảng Ninh', 'Đồng Nai', 'Thanh Hóa', 'Đà Nẵng']));
    expect(a.text).toContain('Tỷ lệ dân số tham gia BHYT');
    expect(a.text).not.toContain('chăm sóc ban đầu');
    expect(a.text).toContain('Trên 95% dân số tham gia bảo hiểm y tế');
    expect(a.text).toContain('toàn dân đạt 99%');
    expect(a.text.length).toBeLessThanOrEqual(900);
  });

  it('compares the poverty targets of the provinces', () => {
    const a = ask('so sánh tỷ lệ hộ nghèo các tỉnh');
    expect(a.found).toBe(true);
    expect(a.provinces.length).toBeGreaterThan(1);
  });
});

describe('both areas asked', () => {
  it('answers each area row of an indicator the plan splits by area', () => {
    const a = ask('nước sạch theo quy chuẩn ở thành thị và ở nông thôn do sở nào chủ trì ở Đồng Nai?');
    expect(a.text).toContain('— Thành thị');
    expect(a.text).toContain('— Nông thôn');
    expect(a.text).toContain('Sở Xây dựng');
    expect(a.text).toContain('Sở Nông Nghiệp và Phát triển nông thôn');
  });

  it('answers a list split by area with its whole and each part, in the plan’s order', () => {
    const a = ask('Quảng Ninh giảm nghèo mỗi năm bao nhiêu? thành thị với nông thôn khác nhau không?');
    const at = (s: string) => a.text.indexOf(s);
    expect(at('0,8%')).toBeGreaterThanOrEqual(0);
    expect(at('0,3%')).toBeGreaterThan(at('0,8%'));
    expect(at('1,5%')).toBeGreaterThan(at('0,3%'));
  });

  it('never lets an area alone pick another indicator', () => {
    const a = ask('tỷ lệ thất nghiệp thành thị và nông thôn Đồng Nai');
    expect(a.text).toContain('thất nghiệp');
    expect(a.text).not.toContain('nước sạch');
  });
});

describe('near rows', () => {
  it('tells "dân số tham gia BHYT" from its neighbours', () => {
    const a = ask('ty le bhyt dong nai');
    expect(a.text).toContain('mục 4.6');
    for (const row of ['4.7', '4.11', '7.5']) expect(a.text).not.toContain(`mục ${row},`);
  });
});

describe('weak matches', () => {
  it.each([
    ['tỷ lệ trẻ em suy dinh dưỡng Quảng Ninh', 'xâm hại'],
    ['tỷ lệ người dân có việc làm ở Lai Châu', 'qua đào tạo'],
  ])('«%s» is not answered with another indicator', (q, other) => {
    const a = ask(q);
    expect(a.found).toBe(false);
    expect(a.text).toContain('không nêu');
    // The other indicator may only be suggested, as a whole phrase.
    if (a.text.includes(other)) expect(a.text).toContain('Có thể bạn muốn hỏi:');
    for (const s of a.suggestions ?? []) expect(s.question).not.toMatch(/\s\S{1,2}$/);
  });
});

describe('agencies', () => {
  it('answers who is responsible for poverty reduction in Thanh Hóa', () => {
    const a = ask('Ai chịu trách nhiệm giảm nghèo ở Thanh Hóa?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('Chủ trì: Sở Lao động - Thương binh và Xã hội');
  });
});

describe('small talk and English', () => {
  it.each(['cảm ơn', '👋 chào bot', 'ok'])('answers «%s» shortly, without a search', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('smalltalk');
    expect(a.text).not.toContain('không nêu');
    expect(a.text.length).toBeLessThan(200);
  });

  it('answers English with an English line and a Vietnamese example', () => {
    const a = ask('What is the health insurance coverage target of Quang Ninh?');
    expect(a.intent).toBe('english');
    expect(a.text).toMatch(/answers in Vietnamese/);
    expect(a.text).toMatch(/«.+»/);
  });
});

describe('two provinces named', () => {
  it("shows each province's best before a runner-up of one of them, so a reply cut for length keeps both", () => {
    const a = ask('BHYT 2025 Lai Châu và Đà Nẵng');
    expect(a.text).toMatch(/^• Đà Nẵng: [^\n]*99%/);
    expect(a.text).toMatch(/\n• Lai Châu: [^\n]*98%/);
  });
});

describe('every province asked about', () => {
  it('"… thấp nhất là tỉnh nào?" shows each province that sets the figure, each line cut to its share', () => {
    const a = ask(
      'Chỉ tiêu tỷ lệ lực lượng lao động tham gia BHXH năm 2025 thấp nhất là tỉnh nào, bao nhiêu %?',
    );
    for (const [province, figure] of [
      ['Đồng Nai', '56%'],
      ['Quảng Ninh', '48,03%'],
      ['Đà Nẵng', '50%'],
      ['Lai Châu', '20%'],
    ])
      expect(a.text).toMatch(new RegExp(`• ${province}: [^\\n]*${figure}`));
    expect(a.text.length).toBeLessThanOrEqual(900);
  });
  it('"mỗi năm tỉnh …" is a year, then the province; "năm tỉnh" alone is five provinces', () => {
    expect(understand('mỗi năm tỉnh giải quyết việc làm cho bao nhiêu lao động?', corpus).intent).not.toBe(
      'compare',
    );
    expect(understand('so sánh năm tỉnh về tỷ lệ BHYT', corpus).allProvinces).toBe(true);
    expect(understand('năm tỉnh đặt tỷ lệ BHYT bao nhiêu', corpus).allProvinces).toBe(true);
  });
});
