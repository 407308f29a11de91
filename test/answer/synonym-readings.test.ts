// A synonym read for a question's words counts for a record only as a whole phrase: "nước sạch" may be read
// as "nước hợp vệ sinh", and a record holding "hợp vệ sinh" alone (a sanitary-latrine row) is another thing.
import { describe, expect, it } from 'vitest';
import { coverage, distinctiveOf, readings, termStats } from '../../src/answer/rank';
import { plainTerms, readingsOf } from '../../src/search/analyze';
import { buildIndex } from '../../src/search/index';
import { ask, corpus } from '../helpers';

const stats = termStats(buildIndex(corpus));
const terms = (text: string) => new Set(plainTerms(text));

describe('readingsOf', () => {
  it('reads the question as typed with nothing swapped, and each synonym with the phrase swapped in', () => {
    const [asTyped, ...others] = readingsOf('nuoc sach thanh thi');
    expect(asTyped?.needs).toEqual([]);
    const swapped = others.find((r) => r.needs.join(' ') === 'nuoc hop ve sinh');
    expect(swapped?.terms).toEqual(expect.arrayContaining(['hop_ve', 've_sinh', 'thanh_thi']));
  });
});

describe('a synonym is read whole or not at all', () => {
  const water = terms('Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn — Thành thị');
  const latrine = terms('Tỷ lệ hộ gia đình được sử dụng nhà tiêu hợp vệ sinh — Thành thị');
  it('does not credit a record with part of the swapped phrase', () => {
    expect(coverage('nuoc sach thanh thi', water, stats)).toBeGreaterThan(
      coverage('nuoc sach thanh thi', latrine, stats),
    );
  });
  it('credits a record that writes the synonym whole', () => {
    const whole = terms('Tỷ lệ hộ dân sử dụng nước hợp vệ sinh — Thành thị');
    expect(coverage('nuoc sach thanh thi', whole, stats)).toBeGreaterThan(0.9);
    expect(coverage('nuoc sach thanh thi', whole, stats)).toBeGreaterThan(
      coverage('nuoc sach thanh thi', latrine, stats),
    );
  });
  it('answers with the clean-water row and its lead, not the latrine row', () => {
    const reply = ask('nuoc sach thanh thi dong nai so nao chu tri, chi tieu bn');
    expect(reply.text).toContain('Sở Xây dựng');
    expect(reply.text).not.toContain('nhà tiêu');
  });
});

describe("a synonym's key words do not bind a record that says the phrase as typed", () => {
  // "hộ nghèo" is also read as "nghèo đa chiều", whose "đa chiều" is a key term of that reading.
  const query = readings('ty le ho ngheo', stats);
  it('a record with "tỷ lệ hộ nghèo" in place is distinctive', () => {
    expect(distinctiveOf(query, terms('Tỷ lệ hộ nghèo đến năm 2025 còn dưới 1%'))).toBe(1);
  });
  it('a record with the words elsewhere ("người cao tuổi thuộc hộ nghèo") is not', () => {
    expect(
      distinctiveOf(query, terms('100% người cao tuổi thuộc hộ nghèo được hưởng trợ cấp xã hội')),
    ).toBeLessThan(0.5);
  });
  it('the reading keeps the phrase with its neighbours', () => {
    const swapped = readingsOf('ty le ho ngheo').find((r) => r.needs.includes('chieu'));
    expect(swapped?.gave).toEqual(expect.arrayContaining(['ho_ngheo', 'le_ho']));
    // Typed alone, the phrase has no sense to tell apart: nothing is kept.
    expect(readingsOf('ho ngheo').find((r) => r.needs.includes('chieu'))?.gave).toEqual([]);
  });
  it('answers the claim with the target it is about', () => {
    const reply = ask('ty le ho ngheo o Quang Ninh den nam 2025 con duoi 2% dung ko');
    expect(reply.text).toMatch(/^Không/);
    expect(reply.text).toContain('còn dưới 1%');
  });
});

describe("a citizen's words for the places and means the plans name in administrative terms", () => {
  it('reads "qua tài khoản ngân hàng" as the plans\' "không dùng tiền mặt"', () => {
    const readings = readingsOf('nhận lương hưu qua tài khoản ngân hàng');
    expect(readings.some((r) => r.needs.join(' ') === 'khong dung tien mat')).toBe(true);
  });
  it('reads "cầu tiêu", "nhà vệ sinh" as "nhà tiêu", and "trạm xá" as "trạm y tế"', () => {
    expect(readingsOf('cau tieu').some((r) => r.needs.join(' ') === 'nha tieu')).toBe(true);
    expect(readingsOf('nha ve sinh').some((r) => r.needs.join(' ') === 'nha tieu')).toBe(true);
    expect(readingsOf('tram xa').some((r) => r.needs.join(' ') === 'tram y te')).toBe(true);
  });
  it('answers the everyday question with the duty the plan words administratively', () => {
    const a = ask(
      'ba tôi về hưu ở Đà Nẵng, muốn nhận lương hưu qua tài khoản ngân hàng thay vì tiền mặt thì cơ quan nào được giao đẩy mạnh việc này?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('không dùng tiền mặt');
  });
});

describe('"phụ nữ đi làm" is the plans\' "lao động nữ"', () => {
  it('finds the women wage-workers target in everyday words', () => {
    const a = ask(
      'Chị em phụ nữ đi làm công ăn lương ở Quảng Ninh thì tỉnh phấn đấu đến năm 2025 đạt tỷ lệ bao nhiêu?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain('lao động nữ làm công việc hưởng lương đạt 50%');
  });
});

describe('"làm nông", "làm ruộng" are the plans\' "nông nghiệp"', () => {
  it('finds the farm-labour share in everyday words', () => {
    const a = ask(
      'Đồng Nai năm 2025 muốn số người làm nông trong tổng số lao động chỉ còn dưới bao nhiêu %?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Đồng Nai: Tỷ lệ lao động nông nghiệp trong tổng lao động[^\n]*< 12,7%/);
  });
});

describe('everyday words for the plans’ terms', () => {
  it('"có thẻ bảo hiểm y tế" is taking part in it; "trẻ nhỏ", "em bé" are "trẻ em"', () => {
    expect(readingsOf('nguoi dan co the bao hiem y te').some((r) => r.needs.join(' ') === 'tham gia')).toBe(
      true,
    );
    expect(readingsOf('tre nho bi tai nan').some((r) => r.needs.join(' ') === 'tre em')).toBe(true);
    const a = ask('Đồng Nai đến 2030 muốn bao nhiêu % người dân có thẻ bảo hiểm y tế (chỉ tiêu tỉnh)?');
    expect(a.text).toMatch(/^Đồng Nai: Tỷ lệ dân số tham gia BHYT — chỉ tiêu của tỉnh: năm 2030: >97%/);
  });
});
