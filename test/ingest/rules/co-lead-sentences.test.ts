import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { coLeadSentences, continuedPartners, subjectSentences } from '../../../src/ingest/text-records';
import { readUnits, type Unit } from '../../../src/ingest/units';

const unit = (text: string) => {
  const u = readUnits(readLines(text), () => false)[0];
  if (!u) throw new Error('no unit');
  return u;
};
const owner = { leads: ['Bảo hiểm xã hội thành phố'], partners: [] };

describe('coLeadSentences: "Cùng với X chủ trì" adds a co-lead for its own sentence only', () => {
  it('splits the co-led sentence from the heading agency’s own duties', () => {
    const pieces = coLeadSentences(
      unit(
        'Cùng với Sở Lao động - Thương binh và Xã hội chủ trì tham mưu, tổ chức thực hiện tốt chính sách về bảo hiểm xã hội. Nâng cao chất lượng phục vụ người dân. Đẩy mạnh chi trả không dùng tiền mặt.',
      ),
      owner,
    );
    expect(pieces.map((p) => p.text.slice(0, 20))).toEqual(['Cùng với Sở Lao động', 'Nâng cao chất lượng ']);
  });
  it('leaves a paragraph alone when no sentence adds a co-lead', () => {
    expect(
      coLeadSentences(unit('Chủ trì tuyên truyền chính sách. Phối hợp với Sở Y tế kiểm tra.'), owner),
    ).toEqual([]);
    // Another body named as lead in one sentence is no co-lead of the heading's agency: cut as usual.
    expect(
      coLeadSentences(
        unit('Đề nghị các sở, ban, ngành triển khai thực hiện. Trong quá trình thực hiện báo cáo UBND tỉnh.'),
        owner,
      ),
    ).toEqual([]);
  });
});

describe('subjectSentences: a paragraph naming different subjects is one duty per subject', () => {
  it('cuts where a sentence names a subject of its own; a sentence naming no one stays with the one before', () => {
    const pieces = subjectSentences(
      unit(
        'Trong quá trình tổ chức thực hiện, nếu cần sửa đổi, bổ sung, các sở, ban, ngành chủ động báo cáo Chủ tịch UBND thành phố xem xét, quyết định. Đề xuất kịp thời. Định kỳ hàng năm (vào ngày 30/11), các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch gửi về Sở Lao động - Thương binh và Xã hội.',
      ),
    );
    expect(pieces.map((p) => p.text.slice(0, 22))).toEqual([
      'Trong quá trình tổ chứ',
      'Định kỳ hàng năm (vào ',
    ]);
  });
  it('leaves a paragraph with one subject (or none) alone', () => {
    expect(
      subjectSentences(
        unit('Sở Y tế chủ trì tuyên truyền. Kiểm tra việc thực hiện. Sở Y tế báo cáo UBND tỉnh.'),
      ),
    ).toEqual([]);
    expect(subjectSentences(unit('Tuyên truyền chính sách. Kiểm tra việc thực hiện.'))).toEqual([]);
  });
});

describe('continuedPartners: a paragraph with no marker right after an item continues it', () => {
  const units = readUnits(
    readLines(
      [
        '5.1. Sở Lao động - Thương binh và Xã hội',
        '- Chủ trì, phối hợp với Bảo hiểm xã hội tỉnh, các sở, ngành tiếp tục củng cố hệ thống an sinh xã hội.',
        'Phát triển hệ thống BHXH linh hoạt, đa dạng, tiến tới bao phủ toàn bộ lực lượng lao động.',
        '- Tăng cường giám sát việc thực hiện chính sách BHXH bắt buộc.',
      ].join('\n'),
    ),
    () => false,
  );
  const [, item, continued, next] = units;
  const partners = ['Bảo hiểm xã hội tỉnh', 'các sở, ngành'];
  it('gives the continuing paragraph the partners its item names', () => {
    expect(continued?.marker).toBe('');
    expect(continuedPartners({ section: item?.section ?? '', partners }, continued as Unit)).toEqual(
      partners,
    );
  });
  it('gives nothing to a new item, or in another section', () => {
    expect(continuedPartners({ section: item?.section ?? '', partners }, next as Unit)).toEqual([]);
    expect(continuedPartners({ section: 'IV.2', partners }, continued as Unit)).toEqual([]);
    expect(continuedPartners(null, continued as Unit)).toEqual([]);
  });
});
