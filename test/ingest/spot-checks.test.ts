/**
 * Spot checks of the committed records against what the plans say (value, year, comparator, area,
 * lead agency): ten or more per plan, chosen across the plan's sections and table groups.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { planOf } from '../helpers';

interface Check {
  /** Words of the indicator's quote, as the plan writes them. */
  quote: string;
  value: string;
  year?: number | null;
  comparator?: string;
  scope?: 'province' | 'central';
  area?: string;
  lead?: string;
}

function find(province: string, c: Check): Indicator {
  const hits = planOf(province).indicators.filter((i) => fold(i.source.quote).includes(fold(c.quote)));
  const hit = hits.find((i) =>
    i.targets.some(
      (t) =>
        t.value === c.value &&
        (c.year === undefined || t.year === c.year) &&
        (c.comparator === undefined || t.comparator === c.comparator) &&
        (c.scope === undefined || t.scope === c.scope) &&
        (c.area === undefined || t.area === c.area),
    ),
  );
  if (!hit)
    throw new Error(
      `${province}: no indicator "${c.quote}" with ${JSON.stringify(c)}; found ${hits.map((h) => JSON.stringify(h.targets)).join(' | ')}`,
    );
  if (c.lead !== undefined) expect(hit.leadAgency).toBe(c.lead);
  return hit;
}

const CHECKS: Record<string, Check[]> = {
  'Quảng Ninh': [
    { quote: 'Tỷ lệ lao động qua đào tạo đạt', value: '87,5', year: 2025, comparator: '=' },
    { quote: 'Tỷ lệ lao động qua đào tạo đạt', value: '52', comparator: '>' },
    { quote: 'Số người tham gia BHXH đến năm 2025', value: '48,03', year: 2025 },
    { quote: 'Tỷ lệ bao phủ bảo hiểm y tế đạt', value: '95', comparator: '>' },
    { quote: 'Số bác sĩ/1 vạn dân', value: '15', comparator: '>' },
    { quote: 'Số giường bệnh/1 vạn dân', value: '61' },
    { quote: 'tai nạn thương tích xuống 550/100.000', value: '550', year: 2025 },
    { quote: 'tai nạn thương tích xuống 550/100.000', value: '500', year: 2030 },
    { quote: 'trường đạt chuẩn quốc gia đạt từ 90% trở lên', value: '90', comparator: '>=' },
    { quote: 'dân cư đô thị được cung cấp nước sạch', value: '98', area: 'thành thị', comparator: '>' },
    { quote: 'lao động nữ làm công việc hưởng lương', value: '50', year: 2025 },
    { quote: 'sử dụng điện thoại thông minh', value: '83', lead: 'Sở Thông tin và Truyền thông' },
    { quote: 'Tỷ lệ hộ nghèo đến năm 2025', value: '1', comparator: '<' },
  ],
  'Thanh Hóa': [
    { quote: 'Tỷ lệ thất nghiệp chung dưới', value: '3', comparator: '<', year: 2030 },
    { quote: 'thất nghiệp khu vực thành thị dưới 2,5%', value: '2,5', area: 'thành thị' },
    { quote: '60% lực lượng lao động', value: '60' },
    { quote: 'ít nhất 13.787 căn hộ', value: '13.787', comparator: '>=' },
    { quote: 'tuổi thọ trung bình', value: '75' },
    { quote: 'tiêm chủng đầy đủ', value: '95', comparator: '>' },
    { quote: 'thể thấp còi dưới 15%', value: '15', comparator: '<' },
    { quote: 'diện tích nhà ở bình quân đầu người', value: '33' },
    { quote: 'lao động qua đào tạo đạt 80%', value: '80' },
    { quote: 'Internet băng rộng cáp quang', value: '75', comparator: '>' },
    { quote: '100% hộ gia đình ở thành thị', value: '100' },
  ],
  'Đà Nẵng': [
    { quote: 'ít nhất 50% lực lượng lao động', value: '50', year: 2025, comparator: '>=' },
    { quote: 'bảo hiểm thất nghiệp (BHTN)', value: '40', comparator: '>=' },
    { quote: 'bảo hiểm y tế (BHYT) toàn dân', value: '99' },
    { quote: 'ngộ độc thực phẩm', value: '6', comparator: '<' },
    { quote: 'trường tiểu học được tổ chức dạy ngày 02 buổi', value: '100', year: 2025 },
    { quote: 'phường, xã đạt chuẩn quốc gia về y tế', value: '100' },
    { quote: 'hạ tỷ lệ thất nghiệp xuống dưới 3%', value: '3', comparator: '<' },
    { quote: 'việc làm tăng thêm bình quân', value: '4,5-5', comparator: 'range' },
    { quote: 'Đài truyền thanh cơ sở', value: '100' },
    { quote: 'thôn khu vực miền núi có Internet', value: '100' },
  ],
  'Đồng Nai': [
    {
      quote: 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH',
      value: '45',
      year: 2025,
      scope: 'central',
      lead: 'Bảo hiểm xã hội tỉnh',
    },
    {
      quote: 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH',
      value: '56',
      year: 2025,
      scope: 'province',
    },
    { quote: 'Tỷ lệ dân số tham gia BHYT', value: '97', year: 2030, comparator: '>', scope: 'province' },
    { quote: 'Mức giảm tỷ lệ hộ nghèo đa chiều', value: '1-1,5', comparator: 'range', scope: 'central' },
    { quote: 'Mức giảm tỷ lệ hộ nghèo đa chiều', value: '0,3', year: 2030, scope: 'province' },
    { quote: 'Số bác sỹ', value: '19', year: 2030, lead: 'Sở Y tế' },
    {
      quote: 'Xây dựng căn hộ nhà ở xã hội',
      value: '50.000',
      year: 2030,
      scope: 'province',
      lead: 'Sở Xây dựng',
    },
    {
      quote: 'Thành thị | % | - | 100 | >90',
      value: '90',
      year: 2025,
      comparator: '>',
      area: 'thành thị',
      lead: 'Sở Xây dựng',
    },
    { quote: 'người được trợ giúp pháp lý', value: '99', year: 2030, lead: 'Sở Tư pháp' },
    { quote: 'Hỗ trợ BHYT cho trẻ em', value: 'Tiểu học', comparator: 'text', year: 2025 },
    { quote: 'Tỷ lệ thất nghiệp chung', value: '3', comparator: '<', lead: 'Cục Thống kê tỉnh' },
    {
      quote: 'trường học có công trình phụ hợp vệ sinh',
      value: '85',
      year: 2025,
      lead: 'Sở Giáo dục và Đào tạo',
    },
  ],
  'Lai Châu': [
    { quote: 'có 20%, năm 2030 có 25%', value: '20', year: 2025 },
    { quote: 'có 20%, năm 2030 có 25%', value: '25', year: 2030 },
    { quote: '66% trường học đạt chuẩn quốc gia', value: '66', year: 2025 },
    { quote: 'bao phủ bảo hiểm y tế toàn dân đạt 98%', value: '98', year: 2025 },
    { quote: 'suy dinh dưỡng thể nhẹ cân còn dưới 12%', value: '12', comparator: '<' },
    { quote: 'đạt chuẩn văn hóa', value: '86' },
    { quote: 'lao động qua đào tạo toàn tỉnh đạt 62,8%', value: '62,8', year: 2025 },
    { quote: 'giảm tỷ lệ hộ nghèo bình quân 3%', value: '3' },
    { quote: 'mức độ hài lòng của người tham gia bảo hiểm', value: '80', year: 2025 },
    { quote: 'mức độ hài lòng của người tham gia bảo hiểm', value: '90', year: 2030 },
  ],
};

describe('indicators match the plans', () => {
  for (const [province, checks] of Object.entries(CHECKS)) {
    it(`${province}: ${checks.length} targets read as written`, () => {
      expect(checks.length).toBeGreaterThanOrEqual(10);
      for (const c of checks) find(province, c);
    });
  }
});

describe('plan facts', () => {
  const facts: [string, string, string, string, string[]][] = [
    [
      'Quảng Ninh',
      '91/KH-UBND',
      '2021-04-26',
      'Nguyễn Thị Hạnh',
      ['92-KL/TW', '41-KH/TU', '1238/TTr-LĐTBXH'],
    ],
    ['Thanh Hóa', '68/KH-UBND', '2024-03-08', 'Đỗ Minh Tuấn', ['42-NQ/TW', '56-CTr/TU']],
    ['Đà Nẵng', '10/KH-UBND', '2022-01-17', 'Ngô Thị Kim Yến', ['1983/QĐ-TTg', '29-KH/TU']],
    ['Đồng Nai', '230/KH-UBND', '2024-07-02', 'Nguyễn Sơn Hùng', ['68/NQ-CP', '332-KH/TU']],
    ['Lai Châu', '767/KH-UBND', '2021-03-31', 'Tống Thanh Hải', ['92-KL/TW', '377-CV/TU']],
  ];
  for (const [province, number, date, signer, basis] of facts) {
    it(`${province}: number, date, signer and basis`, () => {
      const { plan } = planOf(province);
      expect(plan.number).toBe(number);
      expect(plan.signedDate).toBe(date);
      expect(plan.signer.name).toBe(signer);
      for (const b of basis) expect(plan.basis.map((x) => x.number)).toContain(b);
    });
  }
  it('reads the yearly reporting date of Thanh Hóa', () => {
    expect(planOf('Thanh Hóa').plan.reportingDuties.map((d) => d.dueDate)).toContain('--12-10');
  });
  it('finds the vision year of Thanh Hóa', () => {
    expect(planOf('Thanh Hóa').plan.horizon).toEqual(expect.arrayContaining([2030, 2045]));
  });
});

describe('tasks and agencies', () => {
  it('gives Đà Nẵng tasks the co-leads of the "Cơ quan thực hiện" line after them, in the plan’s words', () => {
    const t = planOf('Đà Nẵng').tasks.find((x) =>
      x.text.includes('chương trình mục tiêu quốc gia nước sạch'),
    );
    expect(t?.leads).toEqual([
      'Sở Xây dựng',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
    ]);
    expect(t?.partners).toEqual(['các sở, ban, ngành', 'UBND quận, huyện']);
    expect(t?.agencySource?.lineStart).toBe(91);
  });
  it('reads Đồng Nai appendix II rows with lead and timeframe', () => {
    const t = planOf('Đồng Nai').tasks.find((x) =>
      x.text.startsWith('Sửa chữa, nâng cấp Cơ sở Điều trị nghiện'),
    );
    expect(t?.leadAgency).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(t?.timeframe).toMatchObject({ text: 'Hằng năm', kind: 'yearly' });
  });
  it('takes the agency from an assignment heading ("2.5. Sở Thông tin và Truyền thông: Chủ trì …")', () => {
    const t = planOf('Thanh Hóa').tasks.find((x) => x.text.includes('mã số an sinh xã hội'));
    expect(t?.leadAgency).toBe('Sở Thông tin và Truyền thông');
  });
  it('gives Lai Châu tasks under "4. Sở Y tế" to Sở Y tế', () => {
    const t = planOf('Lai Châu').tasks.find((x) => x.text.includes('tuyến trạm y tế'));
    expect(t?.leadAgency).toBe('Sở Y tế');
  });
});
