/** What a figure question asks: a count in its unit, an insurance or its words, a level or a section. */
import { describe, expect, it } from 'vitest';
import { insuranceTailsAsked, onlyInsideInsurance } from '../../src/answer/intents/pick';
import { asksLevel, countUnitAsked, sharesOnly } from '../../src/answer/intents/target';
import { fold } from '../../src/text/normalize';
import { ask } from '../helpers';

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
  });
  it('says the plan sets no count rather than quoting a share', () => {
    const a = ask('KH 91 Quảng Ninh đặt chỉ tiêu xây bao nhiêu căn nhà ở xã hội đến 2025?');
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/20%/);
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
