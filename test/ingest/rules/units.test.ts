import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { readUnits } from '../../../src/ingest/units';

const units = (text: string) => readUnits(readLines(text), () => false).map((u) => u.text);

describe('readUnits: numbered items that name bodies', () => {
  it('runs on when the wrap cut a name or came before the colon', () => {
    expect(
      units(
        '3.4. Đề nghị Mặt trận Tổ quốc\nViệt Nam tỉnh và các tổ chức thành viên, các hội\nquần chúng: tích cực tuyên truyền.',
      ),
    ).toEqual([
      '3.4. Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên, các hội quần chúng: tích cực tuyên truyền.',
    ]);
    expect(
      units('4.1. Các sở, ban, ngành;\nUBND các huyện, thị xã, thành phố tập trung lãnh đạo.'),
    ).toHaveLength(1);
  });
  it('a heading naming one body stays a heading: the next line is its first duty', () => {
    expect(units('4. Sở Y tế\nTham mưu triển khai các chương trình về y tế.')).toEqual([
      '4. Sở Y tế',
      'Tham mưu triển khai các chương trình về y tế.',
    ]);
    expect(units('8. Sở Tài chính\nTrên cơ sở đề nghị của các đơn vị, Sở Tài chính tổng hợp.')).toHaveLength(
      2,
    );
  });
});
