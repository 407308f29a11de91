import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { coLeadSentences } from '../../../src/ingest/text-records';
import { readUnits } from '../../../src/ingest/units';

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
