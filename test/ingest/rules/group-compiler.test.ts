import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/engine';
import { asksGroupCompiler } from '../../../src/answer/intents/agency';
import { ingestPlans } from '../../../src/ingest/index';
import { groupOf } from '../../../src/ingest/text-records';
import { fold } from '../../../src/text/normalize';

/** A plan whose groups of duties each end with who carries them out and who compiles and reports on them. */
const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÀ NAM',
  'Số: 77/KH-UBND',
  'Hà Nam, ngày 05 tháng 6 năm 2023',
  'KẾ HOẠCH',
  'Triển khai thực hiện chính sách xã hội trên địa bàn tỉnh Hà Nam',
  'Căn cứ Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'Nâng cao nhận thức của các cấp, các ngành về chính sách xã hội.',
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  '1. Tuyên truyền về chính sách xã hội',
  'a) Đổi mới nội dung, hình thức tuyên truyền chính sách xã hội trên báo chí, mạng xã hội.',
  'b) Biểu dương các mô hình hay, gương điển hình vươn lên thoát nghèo.',
  'Cơ quan thực hiện: Các sở, ngành, hội đoàn thể, UBND các huyện.',
  'Cơ quan tổng hợp, báo cáo: Sở Văn hóa, Thể thao và Du lịch',
  '2. Chăm sóc sức khỏe nhân dân',
  'a) Nâng cao chất lượng khám chữa bệnh tại trạm y tế xã, phường.',
  'b) Mở rộng bảo hiểm y tế theo hộ gia đình.',
  'Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp các sở, ngành, UBND các huyện.',
  'Cơ quan tổng hợp, báo cáo: Bảo hiểm xã hội tỉnh',
  '3. Phát triển nhà ở xã hội',
  'a) Rà soát quỹ đất dành cho nhà ở xã hội tại các khu công nghiệp.',
  'Cơ quan thực hiện: Sở Xây dựng chủ trì.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo UBND tỉnh hằng năm.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn A',
];

const { corpus } = ingestPlans([{ file: 'ha-nam.txt', text: PLAN.join('\n') }]);
const plan = corpus.plans[0];
const taskOf = (words: string) => plan?.tasks.find((t) => fold(t.text).includes(fold(words)));

describe('a group of duties and the body that compiles and reports on it', () => {
  it('a lettered item belongs to its numbered group', () => {
    expect(groupOf('III.1.c')).toBe('III.1');
    expect(groupOf('II.2.đ')).toBe('II.2');
    expect(groupOf('III.4')).toBe('III.4');
  });

  it('"Cơ quan tổng hợp, báo cáo: X" names X for every duty of the group above it, and only those', () => {
    expect(taskOf('tuyên truyền chính sách xã hội trên báo chí')?.compilers).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    expect(taskOf('gương điển hình')?.compilers).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(taskOf('trạm y tế xã')?.compilers).toEqual(['Bảo hiểm xã hội tỉnh']);
    expect(taskOf('trạm y tế xã')?.compilerSource?.quote).toBe(
      'Cơ quan tổng hợp, báo cáo: Bảo hiểm xã hội tỉnh',
    );
    // A group with no such line names no compiler; the duties still have the bodies that carry them out.
    expect(taskOf('quỹ đất')?.compilers).toBeUndefined();
    expect(taskOf('quỹ đất')?.leads).toEqual(['Sở Xây dựng']);
  });

  it('asks for that body only in the words that name the role', () => {
    expect(
      asksGroupCompiler('nhom nhiem vu tuyen truyen thi co quan nao la co quan tong hop, bao cao?'),
    ).toBe(true);
    expect(asksGroupCompiler('ai tong hop bao cao nhiem vu cham soc suc khoe')).toBe(true);
    expect(asksGroupCompiler('so y te bao cao cho ai')).toBe(false);
    expect(asksGroupCompiler('co quan nao chu tri tuyen truyen')).toBe(false);
  });

  it('answers with the group, its compiling body and who carries it out, each from the plan’s line', () => {
    const engine = createEngine(corpus);
    const a = engine.answer(
      'Nhiệm vụ tuyên truyền chính sách xã hội ở Hà Nam: cơ quan nào tổng hợp, báo cáo?',
      {
        today: '2026-11-23',
      },
    );
    expect(a.text).toContain('Cơ quan tổng hợp, báo cáo: Sở Văn hóa, Thể thao và Du lịch');
    expect(a.text).toContain('Cơ quan thực hiện: Các sở, ngành, hội đoàn thể, UBND các huyện.');
    expect(a.text).not.toContain('Bảo hiểm xã hội tỉnh');
    const health = engine.answer(
      'Hà Nam: chăm sóc sức khỏe, khám chữa bệnh ở trạm y tế thì ai tổng hợp báo cáo?',
      {
        today: '2026-11-23',
      },
    );
    expect(health.text).toContain('Bảo hiểm xã hội tỉnh');
    expect(health.text).not.toContain('Văn hóa');
  });
});
