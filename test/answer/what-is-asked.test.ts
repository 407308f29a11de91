/** What a figure question asks: a count in its unit, an insurance or its words, a level or a section. */
import { describe, expect, it } from 'vitest';
import { figuresAsked } from '../../src/answer/cues';
import {
  holdsRareWord,
  insurancesAsked,
  insuranceTailsAsked,
  onlyInsideInsurance,
  otherInsuranceOnly,
} from '../../src/answer/intents/pick';
import {
  answersCount,
  asksLevel,
  countUnitAsked,
  groupsAskedApart,
  sharesOnly,
} from '../../src/answer/intents/target';
import { termStats } from '../../src/answer/rank';
import { plainTerms } from '../../src/search/analyze';
import { buildIndex } from '../../src/search/index';
import { fold } from '../../src/text/normalize';
import { ask, corpus } from '../helpers';

const unit = (q: string) => countUnitAsked(fold(q));

describe('countUnitAsked and sharesOnly', () => {
  it('reads the unit after "bao nhiêu / mấy"', () => {
    expect(unit('xây bao nhiêu căn nhà ở xã hội')).not.toBeNull();
    expect(unit('mấy giường bệnh')).not.toBeNull();
    expect(unit('bao nhiêu mét vuông nhà')).not.toBeNull();
    expect(unit('tỷ lệ hộ nghèo bao nhiêu %')).toBeNull();
  });
  it('a text of percents only gives no count; one with the unit does', () => {
    const u = unit('bao nhiêu căn') as RegExp;
    expect(sharesOnly('quỹ đất 20% để phát triển nhà ở xã hội', u)).toBe(true);
    expect(sharesOnly('ít nhất 13.787 căn hộ nhà ở xã hội, 30% cho công nhân', u)).toBe(false);
    expect(sharesOnly('phát triển nhà ở xã hội', u)).toBe(false);
    // A table row whose unit cell is "%" gives shares.
    const money = unit('được trợ cấp mức bao nhiêu tiền') as RegExp;
    expect(
      sharesOnly('5.5 | Tỷ lệ người cao tuổi … được hưởng trợ cấp xã hội | % | - | 100 | - | 100', money),
    ).toBe(true);
  });
  it('an amount of money is answered only by a record that states one', () => {
    const money = unit('Đồng Nai dành bao nhiêu tỷ đồng cho Đề án xóa nhà tạm?') as RegExp;
    expect(money).not.toBeNull();
    expect(unit('tỷ lệ bao nhiêu tỷ lệ phần trăm')).toBeNull();
    expect(answersCount('Xóa bỏ tình trạng nhà tạm, nhà dột nát | Mức độ | Giải quyết cơ bản', money)).toBe(
      false,
    );
    expect(answersCount('hỗ trợ 40 triệu đồng/hộ xây nhà', money)).toBe(true);
    const a = ask('Đồng Nai dành bao nhiêu tỷ đồng cho Đề án xóa nhà ở tạm, dột nát cho hộ nghèo?');
    expect(a.found).toBe(false);
    expect(a.text).toContain('không nêu số tiền');
  });
  it('reads "bao nhiêu … Đồng Nai" as the province, not money', () => {
    expect(unit('ty le bao phu bhyt muc tieu la bao nhieu dong nai')).toBeNull();
    expect(unit('mỗi tháng được bao nhiêu đồng')).not.toBeNull();
  });
  it('reads a count per head of population, in either order', () => {
    const u = unit('lai chau bao nhieu bac si tren 1 van dan') as RegExp;
    expect(u).not.toBeNull();
    expect(unit('bác sĩ/1 vạn dân mục tiêu bao nhiêu')).not.toBeNull();
    expect(unit('tỷ lệ xã có bác sĩ bao nhiêu')).toBeNull();
    expect(sharesOnly('trên 90% số xã có bác sĩ làm việc', u)).toBe(true);
    expect(sharesOnly('15 bác sĩ/10.000 dân; 90% số xã có bác sĩ', u)).toBe(false);
    // (The share may be suggested below the reply, as another target; it is never the answer.)
    const said = (q: string) => ask(q).text.split('Có thể bạn muốn hỏi')[0];
    expect(said('Lai Châu đặt chỉ tiêu bao nhiêu bác sĩ trên 1 vạn dân?')).not.toMatch(/90%/);
  });
  it('says the plan sets no count rather than quoting a share', () => {
    const a = ask('KH 91 Quảng Ninh đặt chỉ tiêu xây bao nhiêu căn nhà ở xã hội đến 2025?');
    expect(a.found).toBe(false);
    expect(a.text.split('Có thể bạn muốn hỏi')[0]).not.toMatch(/20%/);
    expect(ask('Thanh Hóa xây bao nhiêu căn nhà ở xã hội đến 2030?').text).toContain('13.787');
  });
});

// "Tỷ lệ thất nghiệp" is not "tỷ lệ tham gia bảo hiểm thất nghiệp".
describe('onlyInsideInsurance', () => {
  it('is true when the record names the asked words only inside an insurance the question does not name', () => {
    expect(
      onlyInsideInsurance(
        insuranceTailsAsked('ty le that nghiep'),
        'khoảng 18% lực lượng lao động tham gia bảo hiểm thất nghiệp',
      ),
    ).toBe(true);
  });
  it('is false when the record also names them on their own, or the question names an insurance', () => {
    expect(
      onlyInsideInsurance(
        insuranceTailsAsked('ty le that nghiep'),
        'hạ tỷ lệ thất nghiệp xuống dưới 3%; 40% tham gia bảo hiểm thất nghiệp',
      ),
    ).toBe(false);
    expect(insuranceTailsAsked('bhxh | y te')).toEqual([]);
    expect(onlyInsideInsurance(insuranceTailsAsked('bhxh | y te'), 'tham gia BHXH, BHYT đạt 95%')).toBe(
      false,
    );
    expect(
      onlyInsideInsurance(insuranceTailsAsked('ty le that nghiep'), 'hạ tỷ lệ thất nghiệp xuống dưới 3%'),
    ).toBe(false);
  });
  it('answers an unemployment rate the plan does not set with "không nêu", not the insurance figure', () => {
    const a = ask('KH 767 Lai Châu: tỷ lệ thất nghiệp phải giảm xuống dưới bao nhiêu %?');
    expect(a.found).toBe(false);
  });
});

// Folded, "mức nào" (a level) and "mục nào" (a section) are one word.
describe('asksLevel', () => {
  const q = (raw: string) => ({ raw, folded: fold(raw) });
  it('is a level asked by its diacritics, or without them when nothing says section', () => {
    expect(asksLevel(q('tỷ lệ BHYT đạt mức nào?'))).toBe(true);
    expect(asksLevel(q('ty le bhyt dat muc nao'))).toBe(true);
  });
  it('is a section asked by "mục", or by "ở / nằm ở / thuộc / trong mục nào"', () => {
    expect(asksLevel(q('nhiệm vụ đó ở mục nào?'))).toBe(false);
    expect(asksLevel(q('chi tieu do nam o muc nao'))).toBe(false);
  });
  it('finds a duty asked by its section, not a target with a figure', () => {
    const a = ask('nhiệm vụ chính sách pháp luật về bảo vệ môi trường, xử lý ô nhiễm trong KH 68 ở mục nào?');
    expect(a.found).toBe(true);
    expect(a.text).toContain('mục III.6.7');
  });
});

// "Tham gia BHXH" is not answered by the BHTN target beside it in the same sentence.
describe('insurancesAsked and otherInsuranceOnly', () => {
  it('reads the insurances a question names, by abbreviation or in full', () => {
    expect(insurancesAsked('ty le luc luong lao dong tham gia bhxh')).toEqual(['bhxh']);
    expect(insurancesAsked('bảo hiểm y tế và bảo hiểm thất nghiệp')).toEqual(['bhyt', 'bhtn']);
    expect(insurancesAsked('tỷ lệ hộ nghèo')).toEqual([]);
  });
  it('a record naming only another insurance is another target; one naming none or the one asked is not', () => {
    const bhxh = ['bhxh'];
    const own = (text: string) => new Set(plainTerms(text));
    expect(
      otherInsuranceOnly(
        bhxh,
        own('khoảng 18% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp'),
      ),
    ).toBe(true);
    expect(otherInsuranceOnly(bhxh, own('tham gia BHXH, BHTN'))).toBe(false);
    expect(otherInsuranceOnly(bhxh, own('lực lượng lao động trong độ tuổi'))).toBe(false);
    expect(otherInsuranceOnly([], own('tham gia bảo hiểm thất nghiệp'))).toBe(false);
  });
  it('answers the BHXH target alone, and each part with its own insurance', () => {
    const a = ask('Lai Châu: tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH năm 2025 là bao nhiêu?');
    expect(a.text).toContain('20%');
    expect(a.text).not.toContain('bảo hiểm thất nghiệp');
    const two = ask(
      'Lai Châu: tỷ lệ lao động tham gia bảo hiểm thất nghiệp và tỷ lệ người sau tuổi nghỉ hưu được hưởng lương hưu là bao nhiêu?',
    );
    expect(two.text).toContain('18%');
    expect(two.text).toContain('18,5%');
  });
});

// "…, tỷ lệ bao nhiêu?" leaves the part "tỷ lệ": every target has one, so it is no part of its own.
describe('holdsRareWord', () => {
  const stats = termStats(buildIndex(corpus));
  it('reads each word as the index spells it', () => {
    expect(holdsRareWord('ty le', stats)).toBe(false);
    expect(holdsRareWord('tỷ lệ', stats)).toBe(false);
    expect(holdsRareWord('huong dan', stats)).toBe(false);
    expect(holdsRareWord('bhtn', stats)).toBe(true);
  });
  it('reads a phrase of common words as one when several things are asked: "nhà ở" is rare, "nhà" and "ở" are not', () => {
    expect(stats.idf('nha')).toBeLessThan(2.5);
    expect(holdsRareWord('ve nha o', stats, true)).toBe(true);
    expect(holdsRareWord('ve nha o', stats)).toBe(false);
  });
});

// A word in one record of the plans ("GRDP", "USD") is the rarest there is: a key the answer must hold.
describe('a word the plans use once', () => {
  it('is a key: "GRDP bình quân đầu người" is not answered by "nhà ở bình quân đầu người"', () => {
    const a = ask('KH 230 Đồng Nai đặt mục tiêu GRDP bình quân đầu người năm 2030 là bao nhiêu USD?');
    expect(a.found).toBe(false);
    expect(a.text).not.toContain('m2 sàn');
  });
});

// Two figures asked are two records, however many words the two share.
describe('figuresAsked', () => {
  it('counts the figures a question asks for', () => {
    expect(
      figuresAsked('tao viec lam cho bao nhieu lao dong va dua bao nhieu nguoi di lam viec o nuoc ngoai'),
    ).toBe(2);
    expect(figuresAsked('ty le bhyt bao nhieu')).toBe(1);
    expect(figuresAsked('chi tieu tinh den 2025 la may %?')).toBe(1);
    expect(figuresAsked('chi tieu tinh den 2025 la may?')).toBe(0);
  });
  it('a body the figure is asked of, named by its initials or as a board, is not what the figure is about', () => {
    const tttt = ask(
      'Sở TTTT Đồng Nai theo dõi chỉ tiêu tỷ lệ chương trình thời sự có ngôn ngữ ký hiệu — chỉ tiêu tỉnh đến 2025 là mấy %?',
    );
    expect(tttt.found).toBe(true);
    expect(tttt.text).toContain('năm 2025 (đã qua): 50%');
    const board = ask(
      'Ban Quản lý An toàn thực phẩm Đà Nẵng chủ trì nhiệm vụ ATTP; chỉ tiêu khống chế ngộ độc thực phẩm cấp tính là bao nhiêu?',
    );
    expect(board.text).toContain('dưới 6 người/100.000 dân');
  });
  it('answers both figures of one bullet', () => {
    const a = ask(
      'quang ninh moi nam tao viec lam moi cho bao nhieu lao dong va dua bao nhieu nguoi di lam viec o nuoc ngoai vay',
    );
    expect(a.text).toContain('14.000');
    expect(a.text).toContain('400 người/năm');
  });
  it('answers each of two figures asked when the record found first gives only one', () => {
    // The yearly rate ("giảm … bình quân 0,8%/năm") also names "tỷ lệ hộ nghèo", yet is not its level in 2025.
    const a = ask(
      'Ở Quảng Ninh tỷ lệ hộ nghèo đến 2025 còn bao nhiêu, và mỗi năm giảm nghèo trung bình bao nhiêu phần trăm?',
    );
    expect(a.text).toContain('0,8%/năm');
    expect(a.text).toContain('còn dưới 1%');
  });
  it('adds nothing when one record gives both figures, or each province named gives its own', () => {
    const culture = ask(
      'Đến năm 2025 Lai Châu phấn đấu bao nhiêu % hộ gia đình và bao nhiêu % thôn, bản đạt chuẩn văn hóa?',
    );
    expect(culture.items).toHaveLength(1);
    const two = ask(
      'BHXH năm 2025: Lai Châu đặt bao nhiêu %, Đà Nẵng đặt bao nhiêu % lực lượng lao động tham gia?',
    );
    expect(two.text).not.toContain('bảo hiểm thất nghiệp');
  });
});

describe('groupsAskedApart: a group of people asked its own target ("riêng")', () => {
  it('reads the groups beside "riêng", none without it or for "riêng của tỉnh"', () => {
    expect(
      groupsAskedApart(fold('Riêng nhóm nông dân và lao động khu vực phi chính thức thì bao nhiêu %?')).map(
        (g) => g.name,
      ),
    ).toEqual(['nông dân', 'lao động khu vực phi chính thức']);
    expect(groupsAskedApart(fold('chỉ tiêu riêng về đồng bào DTTS tham gia BHYT'))).toHaveLength(1);
    expect(groupsAskedApart(fold('tỷ lệ đồng bào dân tộc thiểu số tham gia BHYT'))).toEqual([]);
    // ("riêng của tỉnh" is the province's own column beside the central one: the group is the subject.)
    expect(groupsAskedApart(fold('chỉ tiêu riêng của tỉnh về người cao tuổi'))).toEqual([]);
  });
  it('a target set for everyone is no figure of the group: said so, with the figure for all as such', () => {
    const a = ask(
      'Quảng Ninh có chỉ tiêu riêng về tỷ lệ đồng bào dân tộc thiểu số tham gia BHYT không, bao nhiêu %?',
    );
    expect(a.found).toBe(false);
    expect(a.text).toContain('không đặt chỉ tiêu riêng cho đồng bào dân tộc thiểu số');
    expect(a.text).toContain('Kế hoạch đặt chung: tỷ lệ bao phủ BHYT đạt trên 95% dân số');
    // A plan that does set the group's own figure answers it.
    const b = ask(
      'Riêng nông dân và lao động phi chính thức tham gia BHXH tự nguyện ở Lai Châu là bao nhiêu?',
    );
    expect(b.found).toBe(true);
    expect(b.text).toContain('1,1%');
  });
});

describe('a day asked beside the body of a duty', () => {
  it('is given as readers write it too, after the duty written in words', () => {
    const a = ask(
      'Ở Đồng Nai, hạn tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện KH 230 là ngày nào, ai làm?',
    );
    expect(a.text).toContain('trước ngày 30 tháng 11 hằng năm (30/11).');
    expect(
      ask('Ở Đồng Nai, ai tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện KH 230?').text,
    ).not.toContain('(30/11)');
  });
});
