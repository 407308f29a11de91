/** A body's duties narrowed to where and how the question says it leads them. */
import { describe, expect, it } from 'vitest';
import { narrowedByRole } from '../../src/answer/intents/assignments';
import { understand } from '../../src/answer/understand';
import { fold } from '../../src/text/normalize';
import { ask, corpus } from '../helpers';

const rec = (section: string, leads: string[]) => ({ record: { leads, source: { section } } });
const body = rec('II.1.a', ['UBND các huyện']);
const annex1 = rec('PL1.4.1', ['UBND các huyện']);
const annex2Shared = rec('PL2.3', ['Sở Lao động - Thương binh và Xã hội', 'UBND các huyện']);
const annex2 = rec('PL2.1', ['UBND các huyện']);
const all = [body, annex1, annex2Shared, annex2];
const narrow = (q: string) => narrowedByRole(all, fold(q));

describe('narrowedByRole', () => {
  it('keeps the annex named, by its number in Roman or Arabic figures, or any annex', () => {
    expect(narrow('nhiệm vụ nào trong Phụ lục II')).toEqual([annex2Shared, annex2]);
    expect(narrow('chỉ tiêu nào ở phụ lục 1')).toEqual([annex1]);
    expect(narrow('việc gì trong phụ lục phân công')).toEqual([annex1, annex2Shared, annex2]);
  });
  it('keeps what the body leads with another when "đồng chủ trì" is asked', () => {
    expect(narrow('có đồng chủ trì nhiệm vụ nào trong phụ lục không')).toEqual([annex2Shared]);
  });
  it('leaves the list as it is when nothing is narrowed, or the narrowing would leave nothing', () => {
    expect(narrow('được giao những nhiệm vụ gì')).toEqual(all);
    expect(narrow('nhiệm vụ nào trong phụ lục III')).toEqual(all);
  });
  it("answers a body's annex duties only from the annex", () => {
    const a = ask('UBND cấp huyện ở Đồng Nai có đồng chủ trì nhiệm vụ nào trong phụ lục phân công không?');
    expect(a.text).toMatch(/vị trí việc làm/);
    expect(a.text).not.toMatch(/mục II\.1/);
  });
});

describe("the paragraph under the body's own heading", () => {
  it('comes first and whole when it sums up duties given elsewhere (Đà Nẵng "3. Sở Y tế")', () => {
    const a = ask('Sở Y tế ĐN được giao những nhiệm vụ gì trong KH 10?');
    const first = a.text.split('\n')[1] ?? '';
    expect(first).toContain('y tế cơ sở, y tế dự phòng');
    expect(first).toContain('nhóm đối tượng yếu thế');
  });
  it('keeps plan order where the heading holds many paragraphs (Thanh Hóa "6.2. Sở Y tế")', () => {
    const a = ask('Sở Y tế được giao những nhiệm vụ gì trong KH 68 của Thanh Hóa?');
    expect(a.text.split('\n')[1]).toContain('dân số');
  });
});

describe('a body asked with a topic of its own', () => {
  it('keeps the topic\'s words that are also question words ("bảo vệ", "người có công", "nhà ở")', () => {
    expect(ask('Sở TT&TT Thanh Hóa phải làm gì để bảo vệ trẻ em?').text.split('\n')[1]).toContain(
      'môi trường mạng',
    );
    expect(ask('so xay dung da nang lam gi ve nha o cho nguoi co cong').text).toContain('NCCCM');
  });
  it('reads "để" as what for, and "triển khai KH 68" as the plan itself', () => {
    expect(ask('Sở TT&TT Đồng Nai có nhiệm vụ gì để bảo vệ trẻ em trên mạng?').text.split('\n')[1]).toContain(
      'tương tác lành mạnh',
    );
    const plan = ask('UBND các huyện, thị xã, thành phố ở Thanh Hóa phải làm gì để triển khai KH 68?');
    expect(plan.text.split('\n')[1]).toContain('xây dựng kế hoạch cụ thể');
  });
});

describe('duties a body took over in 2025, in a list of what the plan gives it', () => {
  it('are counted in the header, not listed, when the plan gives the body as much of its own', () => {
    const a = ask('Sở Tài chính Lai Châu có nhiệm vụ gì trong kế hoạch thực hiện KL 92?');
    expect(a.text.split('\n')[0]).toMatch(
      /nay đảm nhận 1 nhiệm vụ mà kế hoạch giao cho Sở Kế hoạch và Đầu tư/,
    );
    expect(a.text).not.toContain('đầu tư công');
    expect(a.text).not.toContain('(theo kế hoạch:');
  });
  it('are listed when the question asks about today', () => {
    const a = ask('Hiện nay Sở Tài chính Lai Châu được giao những nhiệm vụ gì trong KH 767?');
    expect(a.text).toContain('đầu tư công');
  });
});

describe('two bodies asked together', () => {
  it('"Sở KH&ĐT và Sở Tài chính làm gì?" gives each body its duties', () => {
    const a = ask('Lai Châu giao Sở KH&ĐT và Sở Tài chính làm gì trong kế hoạch an sinh xã hội?');
    expect(a.text).toMatch(/^Sở Kế hoạch và Đầu tư chủ trì/);
    expect(a.text).toContain('vốn đầu tư công');
    expect(a.text).toMatch(/\nSở Tài chính chủ trì/);
    expect(a.text).toContain('ngân sách Nhà nước');
  });

  it('two bodies under one heading share their duties: said once', () => {
    const a = ask('Sở KH&ĐT và Sở Tài chính Quảng Ninh được giao nhiệm vụ gì trong kế hoạch 91?');
    expect(a.text.match(/bố trí dự toán kinh phí/g)).toHaveLength(1);
    expect(a.text).toContain(
      'Sở Tài chính phối hợp 1 nhiệm vụ cùng Sở Kế hoạch và Đầu tư (Quảng Ninh): cùng các nhiệm vụ trên.',
    );
  });

  it('a body worked with is no second body asked', () => {
    expect(
      understand('Sở Y tế Quảng Ninh phối hợp với Sở Tài chính làm gì?', corpus).alsoAgency,
    ).toBeUndefined();
  });
});

describe("the plan's standing body, its duties asked", () => {
  it('says first the duty that makes it the standing body, though the plan writes it last', () => {
    const a = ask('sở lđtbxh thanh hoá giữ vai trò gì trong tổ chức thực hiện KH 68?');
    expect(a.text.split('\n')[1]).toMatch(/^• Giao Sở Lao động - Thương binh và Xã hội là cơ quan đầu mối/);
    expect(a.text.split('\n')[2]).toContain('mục IV.2, dòng 524–528');
  });
  it('the same asked "trong việc triển khai KH 91/KH-UBND": the plan named after the role is no subject', () => {
    const a = ask('Sở LĐTBXH Quảng Ninh giữ vai trò gì trong việc triển khai KH 91/KH-UBND?');
    expect(a.text.split('\n')[1]).toContain('Là cơ quan thường trực triển khai thực hiện Kế hoạch này');
  });
});

describe('a body that leads one or two duties, or asked what it supports', () => {
  it('is also given what it supports, after what it leads', () => {
    const a = ask('Sở Ngoại vụ Đồng Nai phải làm gì theo KH 230 (chủ trì và phối hợp)?');
    expect(a.text).toMatch(/^Sở Ngoại vụ chủ trì 1 nhiệm vụ \(Đồng Nai\):/);
    expect(a.text).toContain('viện trợ');
    // A partner of Sở GD&ĐT in the language courses (Phụ lục II, mục 8): said as the lead's duty, not its own.
    expect(a.text).toContain('Sở Ngoại vụ được nêu là cơ quan phối hợp với: Sở Giáo dục và Đào tạo');
    expect(a.text).toContain(
      'Sở Giáo dục và Đào tạo chủ trì: Tham mưu tổ chức các lớp đào tạo, bồi dưỡng nâng cao trình độ ngoại ngữ',
    );
    expect(a.text.length).toBeLessThanOrEqual(900);
  });
  it('a body that leads many is listed by what it leads only', () => {
    expect(ask('Sở Y tế Đồng Nai được giao những nhiệm vụ gì?').text).not.toContain(
      'được nêu là cơ quan phối hợp',
    );
  });
});
