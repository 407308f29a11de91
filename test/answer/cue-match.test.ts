import { describe, expect, it } from 'vitest';
import { CUE_GAP_WORDS, cueMatcher, cueText } from '../../src/answer/cue-match';
import { REPORTING_CUES } from '../../src/answer/cues';
import { fold } from '../../src/text/normalize';

describe('cueText', () => {
  it('keeps words and percent signs, one space apart', () => {
    expect(cueText('dong nai lam gi?? 95 %')).toBe('dong nai lam gi 95 %');
  });
});

describe('cueMatcher', () => {
  it('matches whole words only: "ai lam" is not inside "dong nai lam"', () => {
    const m = cueMatcher(['ai lam']);
    expect(m('dong nai lam gi de giam ngheo')).toBe(false);
    expect(m('ai lam viec nay')).toBe(true);
  });

  it('offers alternatives in parentheses', () => {
    const m = cueMatcher(['(so|co quan|don vi) nao']);
    expect(m('co quan nao chu tri')).toBe(true);
    expect(m('don vi nao')).toBe(true);
    expect(m('so nao')).toBe(true);
    expect(m('nao so')).toBe(false);
  });

  it(`lets "…" skip up to ${CUE_GAP_WORDS} words`, () => {
    const m = cueMatcher(['quyet dinh … so may']);
    expect(m('quyet dinh phe duyet de an so may')).toBe(true);
    expect(m(`quyet dinh ${'x '.repeat(CUE_GAP_WORDS + 1)}so may`)).toBe(false);
  });

  it('ties a cue with "^" to the start', () => {
    const m = cueMatcher(['^help']);
    expect(m('help')).toBe(true);
    expect(m('can help')).toBe(false);
  });
});

describe('REPORTING_CUES', () => {
  const asks = cueMatcher(REPORTING_CUES);
  it('knows a question about who reports to whom, through whom', () => {
    expect(asks(fold('Các sở gặp vướng mắc thì báo cáo qua đâu?'))).toBe(true);
    expect(asks(fold('các sở phải báo cáo kết quả thực hiện kế hoạch cho ai'))).toBe(true);
    expect(asks(fold('kết quả báo cáo lên những đâu?'))).toBe(true);
  });
  it('knows a body asked whether it must report', () => {
    expect(asks(fold('Sở GD&ĐT Đà Nẵng có phải báo cáo không?'))).toBe(true);
    expect(asks(fold('UBND huyện phải báo cáo gì?'))).toBe(true);
    expect(asks(fold('có phải Sở Y tế chủ trì báo cáo tổng kết không?'))).toBe(false);
  });
  it('knows a claim of where reports go, and how a body reports', () => {
    expect(asks(fold('lai chau: huyen bao cao dot xuat ve an sinh xa hoi gui thang len Bo dung khong'))).toBe(
      true,
    );
    expect(
      asks(fold('Sở LĐTBXH báo cáo kết quả đánh giá chính sách an sinh xã hội lên Bộ Y tế đúng không?')),
    ).toBe(true);
    expect(asks(fold('chúng tôi phải làm gì và báo cáo định kỳ ra sao?'))).toBe(true);
    // "báo cáo" as "propose to": a duty's claim, not a report's.
    expect(
      asks(fold('Sở KH&ĐT báo cáo UBND tỉnh cân đối vốn ngân sách cho an sinh xã hội phải không?')),
    ).toBe(false);
  });
  it('knows a question about who receives the reports', () => {
    expect(asks(fold('Ngoài UBND tỉnh, cơ quan trung ương nào nhận báo cáo về an sinh xã hội?'))).toBe(true);
    expect(asks(fold('ai nhận báo cáo kết quả thực hiện KH 230?'))).toBe(true);
  });
  it('a question about what a report says is not one', () => {
    expect(asks(fold('báo cáo tình hình giảm nghèo năm 2025 đạt bao nhiêu'))).toBe(false);
  });
});

describe('cues with a group inside a group', () => {
  const assigned = cueMatcher(['(duoc giao|giao(?! duc| thong)) … (chi tieu|nhiem vu)']);
  it('keeps a parenthesised group whole, spaces and all', () => {
    expect(assigned('so y te duoc giao chi tieu nao')).toBe(true);
    expect(assigned('ubnd tinh giao nhung nhiem vu gi')).toBe(true);
  });
  it('lets a group refuse a word by what follows it ("giáo dục" is no "giao")', () => {
    expect(assigned('tre khuyet tat duoc tiep can giao duc chi tieu 2030')).toBe(false);
  });
});
