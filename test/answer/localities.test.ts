/** A place below the province ("Hạ Long", "Cẩm Phả") narrows nothing in a provincial plan and is no topic word. */
import { describe, expect, it } from 'vitest';
import { termStats } from '../../src/answer/rank';
import { localitiesIn, understand } from '../../src/answer/understand';
import { buildIndex } from '../../src/search/index';
import { ask, corpus } from '../helpers';

const { known } = termStats(buildIndex(corpus));
const places = (q: string) => localitiesIn(q, known);

describe('localitiesIn', () => {
  it('reads a run of capitalised syllables the plans never use together as a name', () => {
    expect(places('Hạ Long lao động qua đào tạo đạt bn %')).toEqual(['ha long']);
    expect(places('Cẩm Phả vùng nông thôn giảm nghèo mỗi năm bao nhiêu %')).toEqual(['cam pha']);
    expect(places('Ông Nguyễn Văn A ở Sầm Sơn hỏi')).toContain('sam son');
  });
  it('leaves the province in a run to the province ("Hai Chau Da Nang")', () => {
    expect(places('Hai Chau Da Nang muc tieu that nghiep')).toEqual(['hai chau']);
    expect(places('Lai Châu giảm nghèo')).toEqual([]);
  });
  it('takes no phrase for a name: words the plans use together, or a run that goes on into one', () => {
    expect(places('Tỷ Lệ Hộ Nghèo Lai Châu')).toEqual([]);
    expect(places('Bảo Hiểm Xã Hội Đồng Nai')).toEqual([]);
    expect(places('Phó Chủ tịch UBND tỉnh Lai Châu nào ký KH 767?')).toEqual([]);
  });
  it('is taken out of the topic only with the corpus’s phrases at hand', () => {
    expect(understand('Hạ Long lao động qua đào tạo đạt bn %', corpus, known).topic).not.toMatch(/ha long/);
    expect(understand('Hạ Long lao động qua đào tạo đạt bn %', corpus).topic).toMatch(/ha long/);
  });
});

describe('answers', () => {
  it('a city named instead of the province still gets the province’s figure', () => {
    expect(ask('Hạ Long lao động qua đào tạo đạt bn %').text).toContain('87,5%');
    expect(ask('Hai Chau Da Nang muc tieu that nghiep ha xuong duoi bn %').text).toContain('dưới 3%');
    expect(ask('Cẩm Phả vùng nông thôn giảm nghèo mỗi năm bao nhiêu %').text).toContain('1,5% năm');
  });
});
