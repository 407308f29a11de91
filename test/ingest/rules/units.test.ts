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

// A name the scrape wrapped after its first capitalised word goes on in the next line, however long the
// lines around it are.
describe('a wrapped name goes on', () => {
  it('keeps "Quảng Tây - Trung" / "Quốc về …" one unit after a long paragraph', () => {
    const long = `- Nâng cao hiệu quả ${'công tác phát hiện, đấu tranh, xử lý các loại tội phạm, '.repeat(8)}đặc biệt là hợp tác song phương với tỉnh Quảng Tây - Trung`;
    const units = readUnits(
      readLines(`${long}\nQuốc về phòng chống tội phạm, phòng chống ma túy.`),
      () => false,
    );
    expect(units).toHaveLength(1);
    expect(units[0]?.text).toContain('Quảng Tây - Trung Quốc về phòng chống');
  });
  it('still opens a new unit after a finished sentence', () => {
    const long = `- Nâng cao hiệu quả ${'công tác phát hiện, đấu tranh, xử lý các loại tội phạm, '.repeat(8)}hợp tác với Trung Quốc.`;
    expect(readUnits(readLines(`${long}\nPhát huy hiệu quả hợp tác quốc tế.`), () => false)).toHaveLength(2);
  });
});

describe('readUnits: a line saying who does a block closes it', () => {
  const read = (text: string) => readUnits(readLines(text), () => false);
  it("puts a paragraph after 'Cơ quan thực hiện: …' under the section, not under the block's last item", () => {
    const u = read(
      [
        '8. Huy động nguồn lực',
        'a) Nhà nước giữ vai trò chủ đạo, bảo đảm nguồn lực thực hiện.',
        'b) Tăng cường công tác kiểm tra, giám sát thực hiện chính sách xã hội.',
        'Cơ quan thực hiện: Các sở, ngành, UBND các quận, huyện.',
        'Cơ quan tổng hợp, báo cáo: Sở Lao động - Thương binh và Xã hội.',
        'Ngân sách nhà nước được bố trí trong dự toán chi thường xuyên hằng năm.',
      ].join('\n'),
    );
    const by = (start: string) => u.find((x) => x.text.startsWith(start));
    // The lines that close the block are still the block's.
    expect(by('Cơ quan thực hiện')?.section).toBe('8.b');
    expect(by('Cơ quan tổng hợp')?.section).toBe('8.b');
    expect(by('Ngân sách')?.section).toBe('8');
    expect(by('Ngân sách')?.headings).toEqual(['8. Huy động nguồn lực']);
  });
});
