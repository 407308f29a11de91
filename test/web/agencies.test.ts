/** Agency mentions in free text resolve to the corpus's agencies, whatever the spelling. */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/schema/records';
import { agenciesIn, roleOf, uniqueAgencies } from '../../src/web/agencies';
import { fixtureCorpus } from './fixtures/corpus';

const ids = (mention: string | null) => agenciesIn(fixtureCorpus, mention).map((a) => a.id);

describe('agenciesIn', () => {
  it('matches the name or an alias, ignoring case, diacritics and punctuation', () => {
    expect(ids('Sở Y tế')).toEqual(['so-y-te']);
    expect(ids('SỞ LĐ-TB&XH')).toEqual(['so-ldtbxh']);
    expect(ids('Sở Lao động – Thương binh và Xã hội')).toEqual(['so-ldtbxh']);
  });

  it('finds a long name inside a longer mention, a short one only as the whole mention', () => {
    expect(ids('Sở Giáo dục và Đào tạo (chủ trì)')).toEqual(['so-gddt']);
    expect(ids('BHXH tỉnh')).toEqual(['bhxh-tinh']);
    expect(ids('Chi nhánh BHXH tỉnh ABC')).toEqual([]);
    expect(ids(null)).toEqual([]);
  });
});

describe('roleOf', () => {
  const [records] = fixtureCorpus.plans;
  const soYTe = fixtureCorpus.agencies[0];

  it('tells lead from partner', () => {
    if (!records || !soYTe) throw new Error('fixture');
    expect(roleOf(fixtureCorpus, soYTe, { leadAgency: 'Sở Y tế', partners: [] })).toBe('lead');
    expect(roleOf(fixtureCorpus, soYTe, { leadAgency: 'UBND tỉnh', partners: ['Sở Y tế'] })).toBe('partner');
    expect(roleOf(fixtureCorpus, soYTe, { leadAgency: null, partners: [] })).toBeNull();
  });
});

describe('uniqueAgencies', () => {
  it('merges entries that share an id, keeping the other spelling as an alias', () => {
    const corpus: Corpus = {
      plans: [],
      agencies: [
        { id: 'cac-so', name: 'các sở, ban, ngành', aliases: [], kind: 'khác', planIds: ['a'] },
        { id: 'cac-so', name: 'Các sở, ban, ngành', aliases: [], kind: 'khác', planIds: ['a', 'b'] },
      ],
    };
    expect(uniqueAgencies(corpus)).toEqual([
      {
        id: 'cac-so',
        name: 'các sở, ban, ngành',
        aliases: ['Các sở, ban, ngành'],
        kind: 'khác',
        planIds: ['a', 'b'],
      },
    ]);
  });
});
