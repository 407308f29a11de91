import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, queryTerms } from '../../src/search/analyze';
import { detelex, fold, normalize, tokens } from '../../src/text/normalize';

describe('fold', () => {
  it('strips diacritics and maps đ to d', () => {
    expect(fold('Đồng Nai')).toBe('dong nai');
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('tỷ lệ BHYT')).toBe('ty le bhyt');
  });
  it('never keeps a combining mark or đ', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = fold(s);
        expect(/[\u0300-\u036fđĐ]/.test(f)).toBe(false);
      }),
    );
  });
});

// The plain definition `fold` shortcuts for ASCII text, and `tokens`' syllable rules written out in full.
const foldInFull = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
const VIETNAMESE_OR_ASCII = fc.string({
  unit: fc.constantFrom(...'aAbByYtT0 1,.%ĐđếỆỷý\u0301\u0323ÀàOoÒò-'.split('')),
  maxLength: 24,
});

describe('fold and tokens, shortcuts', () => {
  it('fold equals its definition, ASCII or not', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(fold(s)).toBe(foldInFull(s));
      }),
    );
    fc.assert(
      fc.property(VIETNAMESE_OR_ASCII, (s) => {
        expect(fold(s)).toBe(foldInFull(s));
      }),
    );
  });
  it('tokens reads a final y after a consonant as i and drops leading zeros, as before', () => {
    expect(tokens('Tỷ lệ bác sỹ 05 tuổi, 0,5% ay 0')).toEqual([
      'ti',
      'le',
      'bac',
      'si',
      '5',
      'tuoi',
      '0.5',
      'ay',
      '0',
    ]);
    const full = (s: string) =>
      (
        foldInFull(s)
          .replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2')
          .replace(/(\d),(\d)/g, '$1.$2')
          .match(/[a-z0-9]+(?:\.[0-9]+)?/g) ?? []
      ).map((t) =>
        /^(?:b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)y$/.test(t)
          ? `${t.slice(0, -1)}i`
          : t.replace(/^0+(?=\d)/, ''),
      );
    fc.assert(
      fc.property(VIETNAMESE_OR_ASCII, (s) => {
        expect(tokens(s)).toEqual(full(s));
      }),
    );
  });
});

describe('normalize', () => {
  it('brings both tone placements to one form', () => {
    expect(normalize('Thanh Hoá')).toBe(normalize('Thanh Hóa'));
    expect(normalize('thuỷ lợi')).toBe(normalize('thủy lợi'));
    expect(normalize('hoàn thành')).toBe('hoàn thành');
  });
  it('is NFC: composed and decomposed input agree', () => {
    expect(normalize('Quảng Ninh'.normalize('NFD'))).toBe(normalize('Quảng Ninh'));
  });
});

describe('tokens', () => {
  it('keeps figures whole and evens their separators', () => {
    expect(tokens('đạt 87,5% và 10.000 dân')).toEqual(['dat', '87.5', 'va', '10000', 'dan']);
  });
  it('treats a final y like i and drops leading zeros', () => {
    expect(tokens('tỉ lệ bác sỹ')).toEqual(tokens('tỷ lệ bác sĩ'));
    expect(tokens('trẻ em 05 tuổi')).toEqual(tokens('trẻ em 5 tuổi'));
  });
});

describe('analyze', () => {
  it('spells out abbreviations and indexes syllable bigrams', () => {
    const terms = analyze('Tỷ lệ BHYT');
    expect(terms).toContain('bhyt');
    expect(terms).toContain('bao_hiem');
    expect(terms).toContain('y_te');
  });
  it('gives the abbreviation to the spelled-out form too', () => {
    expect(analyze('bảo hiểm xã hội')).toContain('bhxh');
  });
  it('does not make "y tế" alone a health-insurance phrase', () => {
    expect(analyze('Sở Y tế')).not.toContain('bao_hiem');
  });
});

describe('queryTerms', () => {
  it('reads an abbreviation written in parts ("NN&PTNT", "LĐ-TB&XH") as the words it stands for', () => {
    const all = queryTerms('so nn&ptnt lo gi').flat();
    expect(all).toContain('phat_trien');
    expect(all).toContain('nong_thon');
    expect(queryTerms('so ld-tb&xh').flat()).toContain('thuong_binh');
    // Parts joined into fewer than four letters are no abbreviation ("t p" is not "tp", thành phố).
    expect(queryTerms('t p').flat()).not.toContain('thanh_pho');
    expect(queryTerms('tp').flat()).toContain('thanh_pho');
  });

  it('never pairs words across a removed gap', () => {
    const [base] = queryTerms('nuoc ngoai | hop dong');
    expect(base).toContain('nuoc_ngoai');
    expect(base).not.toContain('ngoai_hop');
  });
  it('offers synonym readings', () => {
    const all = queryTerms('that nghiep').flat();
    expect(all).toContain('viec_lam');
  });
});

describe('detelex', () => {
  it('drops Telex tone keys and doubled vowels', () => {
    expect(detelex('tyr')).toBe('ty');
    expect(detelex('leej')).toBe('le');
    expect(detelex('ddoongf')).toBe('dong');
    expect(detelex('muwcs')).toBe('muc');
  });
  it('leaves plain words alone', () => {
    expect(detelex('bhyt')).toBe('bhyt');
    expect(detelex('dan')).toBe('dan');
  });
});

// Folded, "giao" (assign) is also "giáo" (teach): a synonym of the one is never read into the other.
describe('folded homographs', () => {
  it('does not read "giáo dục" as "giao" (chủ trì, phụ trách …)', () => {
    const terms = queryTerms('tiep can giao duc').flat();
    expect(terms).not.toContain('chu_tri');
    expect(terms).not.toContain('chiu');
  });
  it('still reads "giao" alone, or before another word, as assigning', () => {
    expect(queryTerms('so nao duoc giao').flat()).toContain('chu_tri');
    expect(queryTerms('giao cho so nao').flat()).toContain('chu_tri');
  });
});

// "Làm" is what "việc làm", "đi làm", "làm việc" are made of: read as "chủ trì" it made the BHXH of
// "người đi làm có đóng BHXH" a duty's body.
describe('"làm" and "người đi làm"', () => {
  it('does not read "làm" as "chủ trì" or "chịu trách nhiệm"', () => {
    const terms = queryTerms('tao viec lam moi').flat();
    expect(terms).not.toContain('chu_tri');
    expect(terms).not.toContain('chiu');
  });
  it('reads "sống thọ bình quân" as the plans\' "tuổi thọ trung bình"', () => {
    const terms = queryTerms('song tho binh quan').flat();
    expect(terms).toContain('tuoi_tho');
    expect(terms).toContain('trung_binh');
  });
  it('reads "người đi làm" as the plans\' "lao động"', () => {
    expect(queryTerms('nguoi di lam co dong bhxh').flat()).toContain('lao_dong');
  });
});
