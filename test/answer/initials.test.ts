import { describe, expect, it } from 'vitest';
import { initialForms, spellInitials } from '../../src/answer/initials';
import type { Corpus } from '../../src/schema/records';
import { ask } from '../helpers';

const bodies = (...names: string[]): Corpus => ({
  plans: [],
  agencies: names.map((name, i) => ({ id: `b${i}`, name, aliases: [], kind: 'khác', planIds: [] })),
});

describe('a body named by the initials of its syllables', () => {
  it('shortens a name whole, or after the word(s) saying its kind, without "và" or the closing "tỉnh"', () => {
    const forms = initialForms([
      'Cục Thống kê tỉnh',
      'Ngân hàng Chính sách xã hội',
      'Bộ Chỉ huy Quân sự tỉnh',
    ]);
    expect(forms.get('cuc tk')).toBe('cuc thong ke');
    expect(forms.get('nhcsxh')).toBe('ngan hang chinh sach xa hoi');
    expect(forms.get('bo chqs')).toBe('bo chi huy quan su');
    expect(forms.get('bchqs')).toBe('bo chi huy quan su');
    // What follows the kind word alone names a field as much as a body ("KHCN": khoa học công nghệ).
    expect(initialForms(['Sở Khoa học và Công nghệ']).has('khcn')).toBe(false);
  });

  it('gives a shortening two bodies share to neither, and leaves "sở" (folded, also "số") to the hand-made list', () => {
    const forms = initialForms(['Ban Dân tộc tỉnh', 'Ban Đối thoại tỉnh', 'Sở Tài chính']);
    expect(forms.has('ban dt')).toBe(false);
    expect(forms.has('so tc')).toBe(false);
  });

  it('writes out a question word without a vowel that stands for one body, its kind word once', () => {
    const corpus = bodies('Cục Thống kê tỉnh', 'Ban Dân tộc tỉnh', 'Ngân hàng Chính sách xã hội');
    expect(spellInitials('cuc tk tinh dong nai chu tri gi', corpus)).toBe(
      'cuc thong ke tinh dong nai chu tri gi',
    );
    expect(spellInitials('ban dt lam gi', corpus)).toBe('ban dan toc lam gi');
    expect(spellInitials('chi nhanh nhcsxh tinh', corpus)).toBe('chi nhanh ngan hang chinh sach xa hoi tinh');
    expect(spellInitials('ngan hang nhcsxh', corpus)).toBe('ngan hang chinh sach xa hoi');
    // A word with a vowel is a syllable; abbreviations the vocabulary lists are read there.
    expect(spellInitials('ban dat lam gi', corpus)).toBe('ban dat lam gi');
    expect(spellInitials('so ldtbxh lam gi', bodies('Sở Lao động - Thương binh và Xã hội'))).toBe(
      'so ldtbxh lam gi',
    );
  });

  it('answers for the body so named', () => {
    expect(ask('Cục TK tỉnh Đồng Nai là cơ quan chủ trì những chỉ tiêu nào trong Phụ lục I?').text).toContain(
      'thất nghiệp',
    );
    const ethnic = ask('Ban DT tỉnh Lai Châu có trách nhiệm gì trong KH 767?').text;
    expect(ethnic).toContain('Ban Dân tộc tỉnh');
    expect(ethnic).toContain('đồng bào dân tộc thiểu số');
  });

  it('reads "được giao thực hiện kế hoạch gì" as a body’s assignments', () => {
    expect(ask('Chi nhánh NHCSXH tỉnh Đồng Nai được giao thực hiện kế hoạch gì?').text).toContain(
      'tín dụng chính sách xã hội',
    );
  });
});
