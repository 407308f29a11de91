/** The plan page's filter: one rule, server-side and in the browser script. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILTER_LENGTH, MAX_FILTER_WORDS, MAX_NAME_LENGTH } from '../../src/text/limits';
import { CLIENT_FOLD_WORDS } from '../../src/web/client/filter';
import { byPhrase, filterQuery, filterStatus, isFiltering, rowMatches, rowText } from '../../src/web/filter';
import { foldWords } from '../../src/web/fold';

describe('filterQuery', () => {
  it('folds the text into words and keeps the agency', () => {
    expect(filterQuery('  Bảo  HIỂM-y tế ', 'so-y-te')).toEqual({
      words: ['bao', 'hiem', 'y', 'te'],
      agencyId: 'so-y-te',
      clipped: false,
      phrase: false,
    });
    expect(isFiltering(filterQuery('', ''))).toBe(false);
    expect(isFiltering(filterQuery(undefined, 'x'))).toBe(true);
  });

  it('reads the first 20 words and 200 characters, and says when it left some out', () => {
    const many = filterQuery(Array(20_000).fill('bhyt').join(' '), undefined);
    expect(many.words).toEqual(Array(MAX_FILTER_WORDS).fill('bhyt'));
    expect(many.clipped).toBe(true);
    const long = filterQuery(`bao ${'x'.repeat(40_000)}`, 'y'.repeat(40_000));
    expect(long.words).toEqual(['bao', 'x'.repeat(MAX_FILTER_LENGTH - 4)]);
    expect(long.agencyId).toHaveLength(MAX_NAME_LENGTH);
    expect(long.clipped).toBe(true);
    expect(filterQuery(Array(MAX_FILTER_WORDS).fill('a').join(' '), '').clipped).toBe(false);
  });
});

describe('rowMatches', () => {
  const text = rowText(['Tỷ lệ dân số tham gia BHYT', '%', '>97%', 'Bảo hiểm xã hội tỉnh']);

  it('matches without diacritics, by word prefix', () => {
    expect(rowMatches(text, [], filterQuery('bhyt', ''))).toBe(true);
    expect(rowMatches(text, [], filterQuery('dân số', ''))).toBe(true);
    expect(rowMatches(text, [], filterQuery('tham gi', ''))).toBe(true);
    expect(rowMatches(text, [], filterQuery('ham', ''))).toBe(false);
  });

  it('finds an abbreviation by its full form', () => {
    expect(rowMatches(text, [], filterQuery('bao hiem y te', ''))).toBe(true);
  });

  it('requires the agency when one is chosen', () => {
    expect(rowMatches(text, ['bhxh-tinh'], filterQuery('', 'bhxh-tinh'))).toBe(true);
    expect(rowMatches(text, ['bhxh-tinh'], filterQuery('bhyt', 'so-y-te'))).toBe(false);
  });
});

describe('filterStatus', () => {
  it('counts rows only while filtering', () => {
    const c = { shown: 1, total: 2 };
    expect(filterStatus(filterQuery('x', ''), c, c, 'x')).toBe(
      'Đang hiện 1/2 chỉ tiêu và 1/2 nhiệm vụ có “x”.',
    );
    expect(filterStatus(filterQuery('', 'so-y-te'), c, c)).toBe('Đang hiện 1/2 chỉ tiêu và 1/2 nhiệm vụ.');
    expect(filterStatus(filterQuery('', ''), c, c)).toBe('');
  });

  it('adds a note when the filter was clipped', () => {
    const c = { shown: 1, total: 2 };
    expect(filterStatus(filterQuery('x '.repeat(21), ''), c, c, 'x x')).toBe(
      'Đang hiện 1/2 chỉ tiêu và 1/2 nhiệm vụ có đủ các từ “x x” (không dòng nào có cả cụm). Bộ lọc chỉ dùng 20 từ đầu tiên (tối đa 200 ký tự); phần sau được bỏ qua.',
    );
  });
});

describe('the phrase first, then the words', () => {
  const water = rowText(['Tỷ lệ dân số nông thôn được sử dụng nước sạch']);
  const state = rowText(['Quản lý nhà nước về chính sách xã hội']);

  it('reads "nuoc sach" as a phrase when a row holds it, so "nhà nước … chính sách" is left out', () => {
    const query = byPhrase(filterQuery('nuoc sach', ''), [water, state]);
    expect(query.phrase).toBe(true);
    expect(rowMatches(water, [], query)).toBe(true);
    expect(rowMatches(state, [], query)).toBe(false);
  });

  it('falls back to the words when no row holds the phrase', () => {
    const query = byPhrase(filterQuery('nuoc sach', ''), [state]);
    expect(query.phrase).toBe(false);
    expect(rowMatches(state, [], query)).toBe(true);
  });

  it('says so when nothing is left, and which way it matched', () => {
    const none = { shown: 0, total: 2 };
    const some = { shown: 1, total: 2 };
    const phrase = byPhrase(filterQuery('nuoc sach', ''), [water]);
    expect(filterStatus(phrase, some, none, 'nuoc sach')).toBe(
      'Đang hiện 1/2 chỉ tiêu và 0/2 nhiệm vụ có cụm “nuoc sach”.',
    );
    expect(filterStatus(filterQuery('xyz abc', ''), none, none, 'xyz abc')).toBe(
      'Không có chỉ tiêu hay nhiệm vụ nào khớp “xyz abc”.',
    );
  });
});

describe('CLIENT_FOLD_WORDS', () => {
  // The browser's copy must fold exactly like the server's, or the live filter and ?q= disagree.
  const clientFoldWords = new Function(`return ${CLIENT_FOLD_WORDS}`)() as (s: string) => string;

  it('folds Vietnamese like the server', () => {
    expect(clientFoldWords('Đồng Nai — BHYT: 95%')).toBe('dong nai bhyt 95');
  });

  it('agrees with foldWords on any text', () => {
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâđeêioôơuưyĐÁÀẢÃẠẤẦỂỖỰ ,.-%0123456789bhyt') });
    fc.assert(fc.property(fc.oneof(fc.string(), vietnamese), (s) => clientFoldWords(s) === foldWords(s)));
  });
});
