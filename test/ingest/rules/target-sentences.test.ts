import { describe, expect, it } from 'vitest';
import { ingestPlans } from '../../../src/ingest/index';

const plan = `ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 12/KH-UBND
Hà Giang, ngày 01 tháng 3 năm 2022
KẾ HOẠCH
Thực hiện chính sách an sinh xã hội giai đoạn 2022-2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của các cấp, các ngành về chính sách xã hội.
II. NHIỆM VỤ
1. Về bảo hiểm xã hội
Đa dạng hóa các hình thức bảo hiểm xã hội, mở rộng đối tượng tham gia.
Phấn đấu đến năm 2025, có 30% lực lượng lao động tham gia bảo hiểm xã hội; khoảng 20% lực lượng lao động tham gia bảo hiểm thất nghiệp.
Hằng năm, bố trí kinh phí tương ứng 0,5% tổng chi ngân sách cho trợ giúp xã hội.
III. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
`;

describe('a sentence of targets only, in a tasks section, is no duty', () => {
  const r = ingestPlans([{ file: 'ha-giang.txt', text: plan }]);
  const records = r.corpus.plans[0];
  it('its figures are indicators; it is not also a task', () => {
    expect(records?.indicators.flatMap((i) => i.targets.map((t) => t.value))).toEqual(
      expect.arrayContaining(['30', '20', '0,5']),
    );
    const tasks = records?.tasks.map((t) => t.text) ?? [];
    expect(tasks.some((t) => t.startsWith('Phấn đấu'))).toBe(false);
    expect(tasks.some((t) => t.startsWith('Đa dạng hóa'))).toBe(true);
  });
  it('a duty that carries a figure ("Hằng năm, bố trí kinh phí … 0,5%") stays a duty', () => {
    expect(records?.tasks.some((t) => t.text.startsWith('Hằng năm, bố trí'))).toBe(true);
  });
});
