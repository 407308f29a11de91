import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { annexes } from '../../../src/ingest/rules/annexes';
import { readUnits } from '../../../src/ingest/units';

const unitsOf = (text: string) => readUnits(readLines(text), () => false);

describe('annexes: what a plan says each annex holds, where it refers to it', () => {
  it('reads the statement before "(Phụ lục … đính kèm)", hard-wrapped or not, with its lines', () => {
    const text = [
      'II. NHIỆM VỤ',
      '10. Các chỉ tiêu và trách nhiệm theo dõi, đánh giá của các sở, ngành',
      '(Phụ lục I đính kèm).',
      '11. Phân công nhiệm vụ chi tiết cho các sở, ban, ngành (Phụ lục II kèm theo).',
      '12. Các chỉ tiêu nêu tại Phụ lục I được rà soát hằng năm (Phụ lục I).',
    ].join('\n');
    const a = annexes('x.txt', unitsOf(text));
    expect(a.map((x) => [x.label, x.about, x.source.lineStart, x.source.lineEnd])).toEqual([
      ['Phụ lục I', 'Các chỉ tiêu và trách nhiệm theo dõi, đánh giá của các sở, ngành', 2, 3],
      ['Phụ lục II', 'Phân công nhiệm vụ chi tiết cho các sở, ban, ngành', 4, 4],
    ]);
    expect(a[1]?.source.quote).toBe(
      'Phân công nhiệm vụ chi tiết cho các sở, ban, ngành (Phụ lục II kèm theo)',
    );
  });
  it('takes only the sentence the reference closes, and numbers as well as Roman numerals', () => {
    const a = annexes(
      'x.txt',
      unitsOf('Kế hoạch có hai phần. Danh mục các đề án ưu tiên (Phụ lục 2 đính kèm).'),
    );
    expect(a).toHaveLength(1);
    expect(a[0]?.label).toBe('Phụ lục 2');
    expect(a[0]?.about).toBe('Danh mục các đề án ưu tiên');
  });
  it('a plan that refers to no annex has none', () => {
    expect(
      annexes('x.txt', unitsOf('1. Sở Y tế: chủ trì triển khai.\n2. Sở Tài chính: bố trí kinh phí.')),
    ).toEqual([]);
  });
});
