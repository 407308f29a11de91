import { describe, expect, it } from 'vitest';
import { areaOf, readTargets, regionOf } from '../../../src/ingest/figures';

const areas = (clause: string) => readTargets(clause, 2025).map((t) => `${t.value} ${t.area}`);

describe('areaOf / regionOf: who or where a figure is set for', () => {
  it('a region list runs over commas and stops at the verb', () => {
    expect(
      areas(
        'Có ít nhất 75% người dân ở vùng sâu, vùng xa, biên giới, hải đảo, 80% các xã vùng đồng bào dân tộc thiểu số và miền núi được hưởng thụ',
      ),
    ).toEqual(['75 vùng sâu, vùng xa, biên giới, hải đảo', '80 vùng đồng bào dân tộc thiểu số và miền núi']);
    expect(regionOf('các xã vùng khó khăn có')).toBe('vùng khó khăn');
  });
  it('a bracketed exception belongs to the figure after it, not the one before', () => {
    expect(areas('giảm tỷ lệ hộ nghèo bình quân 3%/ năm (riêng các huyện nghèo 4,3%)')).toEqual([
      '3 all',
      '4,3 các huyện nghèo',
    ]);
  });
  it('"Nông thôn mới" names a programme, not the countryside', () => {
    expect(areaOf('100% số xã đạt chuẩn Nông thôn mới')).toBe('all');
    expect(areaOf('dân số nông thôn sử dụng nước hợp vệ sinh')).toBe('nông thôn');
  });
  it('women as a share of a group are an area; pregnant women are a whole population', () => {
    expect(areas('Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới đạt trên 30%')).toEqual(['30 nữ']);
    expect(areaOf('Tỷ lệ phụ nữ mang thai được khám thai')).toBe('all');
    expect(areaOf('Tỷ lệ lao động nữ làm công hưởng lương')).toBe('nữ');
  });
});
