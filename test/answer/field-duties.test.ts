import { describe, expect, it } from 'vitest';
import { departmentOfFieldAsked, fieldDutiesOf, fieldWordOf } from '../../src/answer/field-duties';
import type { Indicator, PlanRecords, Task } from '../../src/schema/records';
import { ask, corpus, planOf } from '../helpers';

// A few lines of a plan as records: targets listed apart, duties given to bodies by field.
const target = (name: string, domain = '2. Mục tiêu cụ thể', leads: string[] = [], quote = name) =>
  ({
    id: `x/${name}`,
    name,
    domain,
    leads,
    partners: [],
    leadAgency: leads[0] ?? null,
    source: { quote },
  }) as unknown as Indicator;
let n = 0;
const duty = (text: string, ...leads: string[]) =>
  ({
    id: `x/t${++n}`,
    text,
    domain: 'III',
    leads,
    partners: [],
    leadAgency: leads[0] ?? null,
  }) as unknown as Task;
const plan = (...tasks: Task[]) => ({ plan: { id: 'x' }, indicators: [], tasks }) as unknown as PlanRecords;

const fixture = plan(
  duty(
    'Chủ trì, phối hợp bảo đảm nhu cầu thiết yếu về nước sạch sinh hoạt cho người dân nông thôn.',
    'Sở Nông nghiệp và Phát triển nông thôn',
  ),
  duty('Thực hiện chính sách đảm bảo vệ sinh môi trường, nước sạch.', 'Sở Tài nguyên và Môi trường'),
  duty(
    'Tiếp tục mở rộng, nâng cao chất lượng bảo hiểm y tế toàn dân.',
    'Sở Lao động - Thương binh và Xã hội',
    'Bảo hiểm xã hội thành phố',
  ),
  duty(
    'Tăng cường công tác tuyên truyền về bảo hiểm y tế học sinh.',
    'Sở Lao động - Thương binh và Xã hội',
    'Bảo hiểm xã hội thành phố',
  ),
  duty('Nâng cao chất lượng hệ thống y tế cơ sở, y tế dự phòng.', 'Sở Y tế'),
  duty(
    'Đẩy mạnh phân luồng học sinh sau trung học cơ sở vào học nghề.',
    'Sở Lao động - Thương binh và Xã hội',
  ),
  duty('Đổi mới căn bản, toàn diện giáo dục và đào tạo.', 'Sở Giáo dục và Đào tạo'),
  duty('Đảm bảo an toàn vệ sinh thực phẩm tại các cơ sở kinh doanh.', 'Ban Quản lý An toàn thực phẩm'),
  duty('Các sở, ngành chủ động bảo đảm dịch vụ thông tin cơ sở.', 'Các sở, ban, ngành'),
  duty('Cho vay vốn giải quyết việc làm đối với hộ nghèo.', 'Chi nhánh Ngân hàng chính sách xã hội tỉnh'),
  duty('Hỗ trợ nhà ở cho hộ nghèo.', 'Sở Xây dựng'),
);
const leadsOf = (t: Indicator) =>
  [...new Set(fieldDutiesOf(t, fixture)?.duties.flatMap((d) => d.leads) ?? [])].sort();

describe('fieldWordOf', () => {
  it('reads the most specific word of the lexicon a target holds: the longest, then the first', () => {
    expect(fieldWordOf('độ bao phủ BHYT toàn dân')?.term).toBe('bảo hiểm y tế');
    expect(fieldWordOf('100% hộ gia đình ở nông thôn được sử dụng nước sạch')?.term).toBe('nước sạch');
    expect(fieldWordOf('tỷ số giới tính khi sinh')?.term).toBe('giới tính khi sinh');
    expect(fieldWordOf('GRDP bình quân đầu người')).toBeNull();
  });
});

describe('fieldDutiesOf', () => {
  it("gives the duties that hold the target's own word to the bodies leading most of them", () => {
    // "bảo hiểm y tế" is in two duties led by Sở LĐTBXH and BHXH, not in Sở Y tế's.
    expect(leadsOf(target('độ bao phủ bảo hiểm y tế toàn dân'))).toEqual([
      'Bảo hiểm xã hội thành phố',
      'Sở Lao động - Thương binh và Xã hội',
    ]);
  });

  it("prefers the field's own department to a lone duty of another body holding the word", () => {
    // One Sở LĐTBXH duty holds "trung học"; the department named for education leads its field.
    expect(leadsOf(target('tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở'))).toEqual([
      'Sở Giáo dục và Đào tạo',
    ]);
    expect(leadsOf(target('tỷ lệ mắc ngộ độc thực phẩm cấp tính'))).toEqual([
      'Ban Quản lý An toàn thực phẩm',
    ]);
  });

  it("keeps to the target's area: rural water to the rural duty; town water to none that names the country", () => {
    expect(leadsOf(target('tỷ lệ dân số nông thôn được cung cấp nước hợp vệ sinh'))).toEqual([
      'Sở Nông nghiệp và Phát triển nông thôn',
    ]);
    const towns = plan(
      duty(
        'Triển khai thực hiện mục tiêu nước sạch và vệ sinh môi trường nông thôn.',
        'Sở Nông nghiệp và Phát triển nông thôn',
      ),
    );
    expect(fieldDutiesOf(target('Tỷ lệ dân cư đô thị được cung cấp nước sạch'), towns)).toBeNull();
  });

  it('names no body when the duties holding the word disagree, or only a group leads them, or the target has one', () => {
    // "hộ nghèo": one duty of the bank, one of Sở Xây dựng; no department is named for poverty reduction.
    expect(fieldDutiesOf(target('giảm tỷ lệ hộ nghèo bình quân'), fixture)).toBeNull();
    expect(fieldDutiesOf(target('100% xã có thông tin cơ sở'), fixture)).toBeNull();
    expect(fieldDutiesOf(target('GRDP bình quân đầu người'), fixture)).toBeNull();
    expect(fieldDutiesOf(target('tỷ lệ bao phủ bảo hiểm y tế', '2.6', ['Sở Y tế']), fixture)).toBeNull();
  });

  it('gives a field to the duties naming it, beside duties that only touch its words', () => {
    const naming = plan(
      ...fixture.tasks,
      duty(
        'Tham mưu, hướng dẫn, triển khai các chính sách đối với người có công, bảo trợ xã hội, giảm nghèo, dạy nghề.',
        'Sở Lao động - Thương binh và Xã hội',
      ),
    );
    const leads = fieldDutiesOf(target('giảm tỷ lệ hộ nghèo bình quân'), naming)?.duties.flatMap(
      (d) => d.leads,
    );
    expect(leads).toEqual(['Sở Lao động - Thương binh và Xã hội']);
  });

  it("names none for a table row whose cell is empty when the table's other rows name their bodies", () => {
    const row = (name: string, leads: string[] = []) =>
      target(name, '5. Giảm nghèo', leads, `5.1 | ${name} | % | 1 |`);
    const table = {
      ...fixture,
      indicators: [
        row('Tỷ lệ hộ nghèo', ['Sở Lao động - Thương binh và Xã hội']),
        row('Tỷ lệ bao phủ bảo hiểm y tế'),
      ],
    } as PlanRecords;
    expect(fieldDutiesOf(row('Tỷ lệ bao phủ bảo hiểm y tế'), table)).toBeNull();
    // The same target written in a sentence is pursued by its field's duties.
    expect(fieldDutiesOf(target('Tỷ lệ bao phủ bảo hiểm y tế'), table)).not.toBeNull();
  });

  it("reads the field from the heading when the target's own words name none", () => {
    expect(leadsOf(target('Phấn đấu 95% đạt chuẩn', '5. Về giáo dục, đào tạo'))).toEqual([
      'Sở Giáo dục và Đào tạo',
    ]);
  });
});

describe('a target that names no body, asked who leads it', () => {
  it("says the plan names no body for it, then shows its field's duties and their bodies, found", () => {
    const a = ask(
      'Mục tiêu khống chế ngộ độc thực phẩm dưới 6 người/100.000 dân ở Đà Nẵng do cơ quan nào chủ trì?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/không ghi cơ quan chủ trì riêng cho chỉ tiêu/);
    expect(a.text).toContain('Chủ trì: Ban Quản lý An toàn thực phẩm');
    expect(a.text).not.toContain('Sở Y tế');
  });

  it("weighs a claim against the field's duties, never as the target's assignment", () => {
    const a = ask(
      'ty le tre duoi 5 tuoi suy dinh duong the thap coi o Thanh Hoa thi so y te hay so giao duc phu trach?',
    );
    expect(a.text).toMatch(
      /^Theo kế hoạch, Sở Y tế chủ trì các nhiệm vụ về suy dinh dưỡng, không phải Sở Giáo dục và Đào tạo\.\nKH 68\/KH-UBND không ghi cơ quan chủ trì riêng cho chỉ tiêu/,
    );
  });

  it('still says no body is named when no duty of the field names one', () => {
    expect(
      planOf('Quảng Ninh').indicators.some((i) => /dân cư đô thị được cung cấp nước sạch/.test(i.name)),
    ).toBe(true);
    const a = ask('Quảng Ninh tỷ lệ dân cư đô thị được cung cấp nước sạch do sở nào chủ trì?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/không ghi cơ quan chủ trì/);
    expect(a.text).not.toContain('Sở Nông nghiệp');
  });
});

describe('departmentOfFieldAsked', () => {
  it('finds the one department the plans name for the field a question names', () => {
    expect(
      departmentOfFieldAsked('so nao phu trach linh vuc thong tin - truyen thong trong kh 68?', [fixture]),
    ).toBeNull();
    const th = [planOf('Thanh Hóa')];
    expect(
      departmentOfFieldAsked('so nao phu trach linh vuc thong tin - truyen thong trong kh 68?', th),
    ).toBe('Sở Thông tin và Truyền thông');
    expect(departmentOfFieldAsked('ai chu tri linh vuc y te?', th)).toBe('Sở Y tế');
    // A field no department is named for ("nước sạch"), or no field named.
    expect(departmentOfFieldAsked('so nao phu trach linh vuc nuoc sach?', corpus.plans)).toBeNull();
    expect(departmentOfFieldAsked('so nao chu tri bhyt?', th)).toBeNull();
    // "các chỉ tiêu (ngành) y tế …", the province's name aside; a target's own words name no field.
    expect(departmentOfFieldAsked('cac chi tieu nganh y te thanh hoa do so nao chu tri?', th)).toBe(
      'Sở Y tế',
    );
    expect(departmentOfFieldAsked('chi tieu lao dong qua dao tao do ai chu tri?', th)).toBeNull();
  });
  it("answers with that department's duties when the records found name another body", () => {
    const a = ask('Sở nào phụ trách lĩnh vực thông tin - truyền thông trong KH 68?');
    expect(a.text).toMatch(/^Sở Thông tin và Truyền thông chủ trì/);
  });
});

describe('a part of the question that is only a role', () => {
  it('"…, phối hợp với đơn vị nào?" finds no record of its own: no other field\'s duty beside the target\'s', () => {
    const a = ask(
      'Thanh Hóa: chỉ tiêu trên 95% dân số tham gia BHYT đến 2030 thì sở nào chủ trì, phối hợp với đơn vị nào?',
    );
    expect(a.text).toContain('Chủ trì: Sở Y tế; phối hợp: Bảo hiểm xã hội tỉnh');
    expect(a.text).not.toContain('Sở Giáo dục');
  });
});

describe('a statement of the tasks section that names no body', () => {
  it("is pursued by the duties of its field when the question names that field's words", () => {
    // Lai Châu's II.6 "… nước sinh hoạt hợp vệ sinh …" names no body; IV.9 gives nước sạch to Sở NN&PTNT.
    const t = planOf('Lai Châu').tasks.find((x) => /nước sinh hoạt hợp vệ sinh/.test(x.text));
    expect(t?.leads).toEqual([]);
    expect(fieldDutiesOf(t as Task, planOf('Lai Châu'))?.duties[0]?.leads).toEqual([
      'Sở Nông nghiệp và phát triển nông thôn',
    ]);
    const a = ask(
      'Bà con vùng cao Lai Châu phản ánh thiếu nước sinh hoạt, kế hoạch giao sở nào thực hiện việc này ạ?',
    );
    expect(a.text).toMatch(/không ghi cơ quan chủ trì riêng cho nội dung: .*nước sinh hoạt/);
    expect(a.text).toContain('Chủ trì: Sở Nông nghiệp và phát triển nông thôn');
    // Never the body that runs the plan, whose duty shares only "thực hiện … kế hoạch".
    expect(a.text).not.toContain('Sở Lao động');
  });

  it('names no field of its own for a question in other words ("vay vốn" is no duty about jobs)', () => {
    const a = ask(
      'Đồng Nai: chuyện cho người nghèo vay vốn chính sách thì đơn vị nào chủ trì kế hoạch theo KH 230?',
    );
    expect(a.text).not.toMatch(/Nhiệm vụ về lao động/);
  });
});

describe('a group of duties whose bodies one line names', () => {
  it('answers a question listing what the group holds, each thing in another duty', () => {
    const a = ask(
      'Nhóm nhiệm vụ nước sạch, phòng mặn, xử lý điểm ô nhiễm môi trường ở ĐN có mấy sở cùng chủ trì, là những sở nào?',
    );
    expect(a.found).toBe(true);
    expect(a.text).toContain(
      'Chủ trì: Sở Xây dựng, Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường',
    );
  });
});
