import { describe, expect, it } from 'vitest';
import { citations } from '../../../src/ingest/rules/documents';

describe('citations', () => {
  it('reads kind, number, date, issuer and subject of a numbered citation', () => {
    const [c] = citations(
      'Căn cứ Quyết định số 1983/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ về phê duyệt Chương trình thực hiện Kết luận;',
    );
    expect(c).toMatchObject({
      kind: 'Quyết định',
      number: '1983/QĐ-TTg',
      date: '2021-11-24',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Chương trình thực hiện Kết luận',
    });
  });

  it('squeezes a number written with spaces and drops the term from the issuer', () => {
    const [a, b] = citations(
      'Kế hoạch số 154 /KH- UBND; Nghị quyết số 42-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới',
    );
    expect(a?.number).toBe('154/KH-UBND');
    expect(b).toMatchObject({
      number: '42-NQ/TW',
      date: '2023-11-24',
      issuer: 'Ban Chấp hành Trung ương Đảng',
    });
  });

  it('a subject ends where the next citation starts', () => {
    const found = citations(
      'thực hiện Nghị quyết số 28-NQ/TW về cải cách chính sách BHXH, Nghị quyết số 03-NQ/TU ngày 09/02/2021 của Ban Thường vụ Thành ủy',
    );
    expect(found.map((c) => c.number)).toEqual(['28-NQ/TW', '03-NQ/TU']);
  });

  it('reads a document named without a number, but not a generic mention or the plan speaking of itself', () => {
    const found = citations(
      'Triển khai thực hiện Đề án ổn định dân cư, phát triển kinh tế; các chương trình, đề án khác; báo cáo kết quả thực hiện Kế hoạch gửi Sở Y tế.',
    );
    expect(found.map((c) => `${c.kind}: ${c.title}`)).toEqual(['Đề án: ổn định dân cư']);
  });
});
