import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/ingest/figures';
import { figureGroups, targetClause } from '../../../src/ingest/rules/figure-names';

const groups = (clause: string) =>
  figureGroups(clause, readFigures(clause, 2030)).map((g) => [g.name, g.figures.map((f) => f.target.value)]);

describe('figureGroups', () => {
  it('names each figure by its own words after a separator', () => {
    expect(groups('Tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%')).toEqual([
      ['', ['3']],
      ['tỷ lệ thất nghiệp khu vực thành thị', ['2,5']],
    ]);
  });
  it('a part ("trong đó …") is named with the whole', () => {
    expect(
      groups('Tỷ lệ lao động qua đào tạo đạt 87,5%, trong đó có bằng cấp, chứng chỉ đạt trên 52%')[1],
    ).toEqual(['Tỷ lệ lao động qua đào tạo, trong đó có bằng cấp, chứng chỉ', ['52']]);
  });
  it('figures that differ by year or area share one name', () => {
    expect(
      groups('đến năm 2025 có 20%, năm 2030 có 25% lực lượng lao động tham gia bảo hiểm xã hội'),
    ).toHaveLength(1);
    expect(
      groups('100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn được sử dụng nước sạch'),
    ).toHaveLength(1);
  });
});

describe('targetClause', () => {
  it('starts a figure’s name at the "phấn đấu" that opens the target, after the duty before it', () => {
    expect(
      targetClause(
        'Triển khai đồng bộ các chính sách cho hộ nghèo, hộ cận nghèo giai đoạn 2021-2025, phấn đấu toàn tỉnh giảm tỷ lệ hộ nghèo bình quân ',
      ),
    ).toBe('phấn đấu toàn tỉnh giảm tỷ lệ hộ nghèo bình quân ');
  });

  it('keeps a name that opens on "phấn đấu" or has none', () => {
    expect(targetClause('Phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt từ ')).toBe(
      'Phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt từ ',
    );
    expect(targetClause('Tỷ lệ lao động qua đào tạo đạt ')).toBe('Tỷ lệ lao động qua đào tạo đạt ');
  });
});

describe('trailingGroups: a clause that opens with its figure names each figure by the words after it', () => {
  it('two shares, two indicators', () => {
    expect(
      groups(
        '60% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội (BHXH) và trên 45% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm thất nghiệp (BHTN)',
      ),
    ).toEqual([
      ['lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội (BHXH)', ['60']],
      ['lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm thất nghiệp (BHTN)', ['45']],
    ]);
  });
  it('subjects listed with figures share the predicate written once', () => {
    expect(
      groups(
        'ít nhất 75% người dân ở vùng sâu, vùng xa, 80% các xã miền núi được hưởng thụ các hoạt động văn hoá',
      ),
    ).toEqual([
      ['người dân ở vùng sâu, vùng xa … được hưởng thụ các hoạt động văn hoá', ['75']],
      ['các xã miền núi được hưởng thụ các hoạt động văn hoá', ['80']],
    ]);
  });
  it('counts with their own unit, parts ("trong đó") and names differing by area stay as they were', () => {
    expect(groups('đạt 39 giường bệnh, 15 bác sĩ, 04 dược sĩ trên 10.000 dân')).toHaveLength(1);
    expect(
      groups('100% các xã có hạ tầng mạng băng rộng cáp quang, trong đó 99% các xã có Internet đến các thôn'),
    ).toHaveLength(1);
    expect(
      groups('100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn được sử dụng nước sạch'),
    ).toHaveLength(1);
  });
});
