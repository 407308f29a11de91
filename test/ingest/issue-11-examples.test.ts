/**
 * Every example listed in issue #11, checked against what the plan text says (file:line in data/raw,
 * the same files as ../shared/plans). Expected values are read off the plans, not off the parser's output.
 * New-plan header variants are checked on small fixture texts run through the ingest API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPlans } from '../../src/ingest/index';
import type { Indicator, PlanRecords, ReportingDuty, Source, Task } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';

const RAW = join(import.meta.dirname, '../../data/raw');
const files = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(RAW, file), 'utf8') }));
const result = ingestPlans(files);

const QN = '000_13b6eeb6396df31a.txt';
const TH = '001_93b4cdf418652554.txt';
const DNG = '002_53d1b271c35f000e.txt';
const DNA = '003_e79af7f4a1b5e011.txt';
const LC = '004_ed1bd25748fce24b.txt';

const LDTBXH = 'Sở Lao động - Thương binh và Xã hội';

function plan(file: string): PlanRecords {
  const p = result.corpus.plans.find((x) => x.plan.sourceFile === file);
  if (!p) throw new Error(`no records for ${file}`);
  return p;
}

/** The source's lines overlap [from, to]. */
const overlaps = (s: Source | undefined, from: number, to: number) =>
  !!s && s.lineStart <= to && s.lineEnd >= from;

const tasksAt = (file: string, from: number, to = from): Task[] =>
  plan(file).tasks.filter((t) => overlaps(t.source, from, to));
const indicatorsAt = (file: string, from: number, to = from): Indicator[] =>
  plan(file).indicators.filter((i) => overlaps(i.source, from, to));
const dutiesAt = (file: string, from: number, to = from): ReportingDuty[] =>
  plan(file).plan.reportingDuties.filter((d) => overlaps(d.source, from, to));

/** The one target of indicators at these lines with this value; fails with what was found. */
function targetAt(file: string, from: number, to: number, value: string) {
  const found = indicatorsAt(file, from, to).flatMap((i) =>
    i.targets.filter((t) => t.value === value).map((t) => ({ indicator: i, target: t })),
  );
  const first = found[0];
  if (!first) {
    const seen = indicatorsAt(file, from, to).map(
      (i) => `${i.name}: ${i.targets.map((t) => t.text).join(', ')}`,
    );
    throw new Error(`${file}:${from}-${to}: no target with value ${value}; found ${JSON.stringify(seen)}`);
  }
  return first;
}

/** Same body, spelled with or without commas and capitals ("Sở Văn hóa Thể thao và Du lịch"). */
const key = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const hasLead = (r: { leads: string[] }, name: string) => r.leads.some((l) => key(l) === key(name));

const show = (ts: { leads: string[]; partners: string[]; source: Source }[]) =>
  JSON.stringify(ts.map((t) => ({ at: t.source.lineStart, leads: t.leads, partners: t.partners })));

/** A plan fixture: header lines, then a small body with one duty, then the signature block. */
const BODY = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'Nâng cao nhận thức của các cấp, các ngành về chính sách xã hội.',
  'II. NHIỆM VỤ',
  '1. Sở Y tế: Chủ trì, phối hợp với các sở, ngành nâng cao chất lượng y tế cơ sở.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Phạm Quang Ngọc',
];
function ingestOne(file: string, lines: string[]) {
  const r = ingestPlans([{ file, text: lines.join('\n') }]);
  const p = r.corpus.plans[0];
  if (!p) throw new Error(`${file} not read: ${JSON.stringify(r.issues)}`);
  return p;
}

describe('issue #11: co-leads and the plan’s own names', () => {
  it('Đà Nẵng L46–50 and L97–99: "Sở LĐTBXH, Bảo hiểm xã hội thành phố chủ trì" → both are leads, as written', () => {
    for (const [from, to] of [
      [46, 49],
      [97, 98],
    ] as const) {
      const ts = tasksAt(DNG, from, to);
      expect(ts.length, `tasks at ${DNG}:${from}-${to}`).toBeGreaterThan(0);
      for (const t of ts) {
        expect(t.leads, `${DNG}:${t.source.lineStart} ${show([t])}`).toEqual(
          expect.arrayContaining([LDTBXH, 'Bảo hiểm xã hội thành phố']),
        );
        expect([...t.leads, ...t.partners]).not.toContain('Bảo hiểm xã hội tỉnh');
        // "phối hợp các sở, ban, ngành, UBND quận, huyện" (L50, L99)
        expect(t.partners).toContain('UBND quận, huyện');
      }
    }
  });

  it('Đà Nẵng is a city: no record says "huyện, thành phố" or "Bảo hiểm xã hội tỉnh"; "UBND các quận, huyện" is kept', () => {
    const p = plan(DNG);
    const names = [
      ...[...p.tasks, ...p.indicators].flatMap((r) => [...r.leads, ...r.partners]),
      ...p.plan.reportingDuties.flatMap((d) => [...d.reporters, d.who, d.to, d.via ?? '']),
    ];
    expect(names.filter((n) => /huyen, thanh pho/.test(fold(n)))).toEqual([]);
    expect(names.filter((n) => /bao hiem xa hoi tinh/.test(fold(n)))).toEqual([]);
    // L31 "Cơ quan thực hiện: Các sở, ngành, hội đoàn thể, UBND các quận, huyện." for the tasks of L28–30.
    const l28 = tasksAt(DNG, 28, 30);
    expect(l28.length).toBeGreaterThan(0);
    for (const t of l28) expect([...t.leads, ...t.partners], show([t])).toContain('UBND các quận, huyện');
  });

  it('Đà Nẵng L125–126 "9. Bảo hiểm xã hội / Cùng với Sở LĐTBXH chủ trì" → both lead that sentence; the rest is the heading’s', () => {
    const ts = tasksAt(DNG, 126);
    // "Cùng với Sở LĐTBXH chủ trì tham mưu …" co-leads its own sentence; "Nâng cao chất lượng phục vụ … . Đẩy
    // mạnh …" that follow are Bảo hiểm xã hội's alone (test/gold/reconciled.md, Đà Nẵng L126).
    const coLed = ts.filter((t) => t.text.startsWith('Cùng với'));
    expect(coLed, show(ts)).toHaveLength(1);
    expect(coLed[0]?.leads).toEqual(expect.arrayContaining(['Bảo hiểm xã hội', LDTBXH]));
    for (const t of ts) expect(t.leads, show([t])).toContain('Bảo hiểm xã hội');
    expect(ts.filter((t) => !t.text.startsWith('Cùng với')).every((t) => !t.leads.includes(LDTBXH))).toBe(
      true,
    );
  });
});

describe('issue #11: a channel is not the lead', () => {
  it('Lai Châu L145–147 under "13. Ủy ban nhân dân các huyện, thành phố": that body leads and reports; Sở LĐTBXH is only the channel', () => {
    const ts = tasksAt(LC, 147);
    expect(ts.length).toBeGreaterThan(0);
    for (const t of ts) {
      expect(t.leads, show([t])).toContain('Ủy ban nhân dân các huyện, thành phố');
      expect(t.leads, show([t])).not.toContain(LDTBXH);
    }
    const ds = dutiesAt(LC, 147);
    expect(ds.length, 'a reporting duty from L147').toBeGreaterThan(0);
    for (const d of ds) {
      expect(d.reporters, JSON.stringify(d)).toContain('Ủy ban nhân dân các huyện, thành phố');
      expect(d.reporters).not.toContain(LDTBXH);
      expect(fold(d.to)).toMatch(/^(uy ban nhan dan|ubnd) tinh$/);
      expect(d.via ?? '').toContain(LDTBXH);
    }
  });

  it('Đồng Nai L66–68: the heading’s bodies report to UBND tỉnh via Sở LĐTBXH before 10/11 each year', () => {
    const ds = dutiesAt(DNA, 68);
    expect(ds.length, 'a reporting duty from L68').toBe(1);
    const d = ds[0] as ReportingDuty;
    const reporters = d.reporters.map(fold);
    for (const who of ['Giám đốc các sở', 'Thủ trưởng các ban, ngành', 'Chủ tịch UBND các huyện, thành phố'])
      expect(reporters, JSON.stringify(d)).toContain(fold(who));
    expect(d.reporters).not.toContain(LDTBXH);
    expect(fold(d.to)).toMatch(/^(uy ban nhan dan|ubnd) tinh$/);
    expect(d.via ?? '').toContain(LDTBXH);
    expect(d.dueDate).toBe('--11-10');
    expect(d.frequency).toBe('yearly');
  });
});

describe('issue #11: assignments that were lost', () => {
  it('Lai Châu L97–99 "1. Sở LĐTBXH / Cơ quan chủ trì thực hiện Kế hoạch…" gives a duty led by Sở LĐTBXH', () => {
    const ts = tasksAt(LC, 99);
    expect(ts.length).toBeGreaterThan(0);
    for (const t of ts) expect(t.leads, show([t])).toContain(LDTBXH);
  });

  for (const line of [32, 45]) {
    it(`Đà Nẵng L${line} "Cơ quan tổng hợp, báo cáo: Sở LĐTBXH" gives a record naming Sở LĐTBXH`, () => {
      const p = plan(DNG);
      const tasks = p.tasks.filter(
        (t) =>
          (overlaps(t.source, line, line) || overlaps(t.agencySource, line, line)) &&
          t.leads.includes(LDTBXH),
      );
      const duties = dutiesAt(DNG, line).filter((d) => d.reporters.includes(LDTBXH));
      expect(tasks.length + duties.length, `no task or duty from ${DNG}:${line}`).toBeGreaterThan(0);
    });
  }

  const thanhHoa: [string, number, number, string[]][] = [
    ['3.3. Bộ Chỉ huy Quân sự tỉnh: Chủ trì…', 237, 239, ['Bộ Chỉ huy Quân sự tỉnh']],
    ['3.4. Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh…', 240, 244, ['Mặt trận Tổ quốc Việt Nam tỉnh']],
    ['8.4. Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh…', 494, 498, ['Mặt trận Tổ quốc Việt Nam tỉnh']],
    ['9.1. Đề nghị Hội đồng nhân dân tỉnh…', 502, 505, ['Hội đồng nhân dân tỉnh']],
    [
      '2.6. Đề nghị Hội đồng nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh…',
      212,
      218,
      ['Hội đồng nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ],
  ];
  for (const [what, from, to, leads] of thanhHoa) {
    it(`Thanh Hóa L${from}–${to} "${what}" has ${leads.join(' and ')} as lead`, () => {
      const ts = tasksAt(TH, from, to);
      expect(ts.length).toBeGreaterThan(0);
      for (const t of ts) expect(t.leads, show([t])).toEqual(expect.arrayContaining(leads));
    });
  }
});

describe('issue #11: section-level assignments', () => {
  it('Quảng Ninh 2.6 health indicators (L194–201) get Sở Y tế from "2. Sở Y tế: Chủ trì … chỉ tiêu … lĩnh vực Y tế" (L667–670)', () => {
    // "Số bác sĩ" L194, "Số giường bệnh" L196, "dược sỹ" L198, "chất thải y tế" L199, "điều dưỡng" L201.
    for (const line of [194, 196, 198, 199, 201]) {
      const is = indicatorsAt(QN, line);
      expect(is.length, `indicators at ${QN}:${line}`).toBeGreaterThan(0);
      for (const i of is) {
        expect(i.leads, `${QN}:${line} ${i.name}`).toContain('Sở Y tế');
        expect(i.agencySource?.lineStart, `${QN}:${line} agencySource`).toBe(667);
      }
    }
  });

  it('Quảng Ninh: Sở LĐTBXH (L660–666) and Sở GD&ĐT (L671–673) get the indicators of their fields', () => {
    // 2.2 "Tỷ lệ lao động qua đào tạo đạt 87,5%" (L66–67): dạy nghề, việc làm → Sở LĐTBXH.
    const labour = targetAt(QN, 66, 68, '87,5').indicator;
    expect(labour.leads).toContain(LDTBXH);
    // The assignment is the heading (L660) and its text up to the field list (L663–666).
    expect(labour.agencySource?.lineStart ?? 0).toBeGreaterThanOrEqual(660);
    expect(labour.agencySource?.lineStart ?? 0).toBeLessThanOrEqual(663);
    expect(labour.agencySource?.lineEnd).toBe(666);
    // 2.3 "Tỷ lệ hộ nghèo đến năm 2025 còn dưới 1%" (L84–85): giảm nghèo → Sở LĐTBXH.
    expect(targetAt(QN, 84, 85, '1').indicator.leads).toContain(LDTBXH);
    // 2.7 "tỷ lệ trường đạt chuẩn quốc gia đạt từ 90% trở lên" (L216–217): giáo dục → Sở GD&ĐT.
    const school = targetAt(QN, 216, 217, '90').indicator;
    expect(school.leads).toContain('Sở Giáo dục và Đào tạo');
    expect(school.agencySource?.lineStart).toBe(671);
  });

  it('Lai Châu IV.4–IV.6, IV.9: Sở Y tế, Sở GD&ĐT, Sở TT&TT, Sở NN&PTNT get the indicators (“chỉ tiêu”) of their fields', () => {
    // "4. Sở Y tế … Thực hiện các chỉ tiêu, nhiệm vụ của Kế hoạch liên quan đến ngành" (L109–113)
    for (const [from, to, value] of [
      [71, 71, '98'],
      [73, 73, '12'],
    ] as const) {
      const i = targetAt(LC, from, to, value).indicator;
      expect(i.leads, `${LC}:${from} ${i.name}`).toContain('Sở Y tế');
      expect(i.agencySource?.lineStart ?? 0, `${LC}:${from} agencySource`).toBeGreaterThanOrEqual(109);
      expect(i.agencySource?.lineStart ?? 0).toBeLessThanOrEqual(113);
    }
    // "5. Sở Giáo dục và Đào tạo … Thực hiện các chỉ tiêu … lĩnh vực ngành" (L115–117): 66% trường chuẩn (L57)
    expect(targetAt(LC, 57, 57, '66').indicator.leads).toContain('Sở Giáo dục và Đào tạo');
    // "6. Sở Thông tin và Truyền thông / Thực hiện các nhiệm vụ, chỉ tiêu về thông tin, truyền thông" (L119–121)
    expect(targetAt(LC, 67, 67, '100').indicator.leads).toContain('Sở Thông tin và Truyền thông');
    // "9. Sở Nông nghiệp và phát triển nông thôn / … chỉ tiêu về bảo đảm nước sạch" (L131–133): trên 93% (L65).
    const water = targetAt(LC, 65, 65, '93').indicator;
    expect(hasLead(water, 'Sở Nông nghiệp và Phát triển nông thôn'), JSON.stringify(water.leads)).toBe(true);
  });

  it('Lai Châu IV.8: a body given a campaign (L127–129), not the field’s targets, leads the duty only', () => {
    // "8. Sở Văn hóa Thể thao và Du lịch / Tham mưu … triển khai … phong trào “Toàn dân đoàn kết …”" names no
    // "chỉ tiêu": the campaign's 86% (L77) stays without a lead, as both gold passes read it.
    const duty = tasksAt(LC, 129);
    expect(duty.length).toBeGreaterThan(0);
    for (const t of duty)
      expect(hasLead(t, 'Sở Văn hóa, Thể thao và Du lịch'), JSON.stringify(t.leads)).toBe(true);
    expect(targetAt(LC, 77, 77, '86').indicator.leads).toEqual([]);
  });

  it('Quảng Ninh: every indicator of a field that section IV assigns has that field’s agency as lead', () => {
    // IV.1 Sở LĐTBXH (L660–666): người có công, giảm nghèo, bảo trợ xã hội, tệ nạn xã hội, trẻ em - bình đẳng giới,
    // dạy nghề, việc làm → 2.1–2.5 (L55–192) except "Số người tham gia BHXH" (L73–74). IV.2 Sở Y tế (L667–670):
    // 2.6's health lines (L194–201, L204–205). IV.3 Sở GD&ĐT (L671–673): 2.7 (L215–236). IV.8 Sở TT&TT
    // (L705–707): 2.8 (L237–254). IV.4 Sở Xây dựng (L674–676) "chỉ tiêu … về nhà ở": L256–257.
    // IV.6 Sở NN&PTNT (L685–688) "mục tiêu nước sạch và vệ sinh môi trường nông thôn": L260–261.
    const fields: [number, number, string][] = [
      [55, 72, LDTBXH],
      [75, 192, LDTBXH],
      [194, 201, 'Sở Y tế'],
      [204, 205, 'Sở Y tế'],
      [215, 236, 'Sở Giáo dục và Đào tạo'],
      [237, 254, 'Sở Thông tin và Truyền thông'],
      [256, 257, 'Sở Xây dựng'],
      [260, 261, 'Sở Nông nghiệp và Phát triển nông thôn'],
    ];
    const wrong: string[] = [];
    let checked = 0;
    for (const [from, to, lead] of fields)
      for (const i of plan(QN).indicators.filter(
        (x) => x.source.lineStart >= from && x.source.lineStart <= to,
      )) {
        checked++;
        if (!hasLead(i, lead))
          wrong.push(`${QN}:${i.source.lineStart} ${i.name} → ${JSON.stringify(i.leads)}, want ${lead}`);
      }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});

describe('issue #11: reporting duties', () => {
  it('Đà Nẵng L135 "Định kỳ hàng năm (vào ngày 30/11) … gửi về Sở LĐTBXH để tổng hợp báo cáo UBND thành phố"', () => {
    const ds = dutiesAt(DNG, 135).filter((d) => d.frequency === 'yearly');
    expect(ds.length, JSON.stringify(dutiesAt(DNG, 135))).toBe(1);
    const d = ds[0] as ReportingDuty;
    expect(d.dueDate).toBe('--11-30');
    expect(d.via ?? '').toContain(LDTBXH);
    expect(fold(d.to)).toMatch(/^(uy ban nhan dan|ubnd) thanh pho$/);
    expect(fold(d.who)).toContain('cac co quan, don vi, dia phuong');
  });
});

describe('issue #11: plan boundaries and signer', () => {
  it('no record quotes the web page (Đà Nẵng "KT. CHỦ TỊCH", "Văn bản đang xem", "Chưa có Video") or lies after the plan’s end', () => {
    const WEB =
      /KT\. CHỦ TỊCH|CHỦ TỊCH \||Văn bản đang xem|Chưa có Video|Số hiệu:|Người ký:|Ngày hiệu lực|Tình trạng:/u;
    // Last line of the body before the signature block / "Nơi nhận" (Đồng Nai's appendices follow its body).
    const lastLine: Record<string, number> = { [QN]: 717, [TH]: 528, [DNG]: 135, [LC]: 147 };
    for (const p of result.corpus.plans) {
      const records = [...p.tasks, ...p.indicators, ...p.plan.reportingDuties, ...p.plan.documents];
      expect(
        records.filter((r) => WEB.test(r.source.quote)).map((r) => r.source.quote),
        p.plan.sourceFile,
      ).toEqual([]);
      const last = lastLine[p.plan.sourceFile];
      if (last)
        expect(
          records
            .filter((r) => r.source.lineStart > last)
            .map((r) => `${r.source.lineStart}: ${r.source.quote}`),
          p.plan.sourceFile,
        ).toEqual([]);
    }
  });

  it('signer capacity: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is a vice-chair signing on the chair’s behalf, not "Chủ tịch"', () => {
    expect(plan(LC).plan.signer).toEqual({ name: 'Tống Thanh Hải', title: 'Phó Chủ tịch' }); // L158–164
    expect(plan(QN).plan.signer).toEqual({ name: 'Nguyễn Thị Hạnh', title: 'Phó Chủ tịch' }); // L729–733
    // Đà Nẵng L137–138 "KT. / CHỦ TỊCH": on the chair's behalf; the name is in the page footer (L144).
    expect(plan(DNG).plan.signer).toEqual({ name: 'Ngô Thị Kim Yến', title: 'Phó Chủ tịch' });
    // Thanh Hóa L540–542 "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Đỗ Minh Tuấn": the chair himself.
    expect(plan(TH).plan.signer).toEqual({ name: 'Đỗ Minh Tuấn', title: 'Chủ tịch' });
  });
});

describe('issue #11: targets', () => {
  it('Quảng Ninh L204–205 "xuống còn 14,5%0" is per mille', () => {
    const { target } = targetAt(QN, 204, 205, '14,5');
    expect(target.unit).toBe('‰');
  });

  it('Đồng Nai 9.1 (L971–974) central 2030 "1 triệu" căn hộ keeps its magnitude', () => {
    const found = indicatorsAt(DNA, 971, 976).flatMap((i) =>
      i.targets.filter((t) => t.text.includes('triệu')).map((target) => ({ indicator: i, target })),
    );
    expect(found.length, JSON.stringify(indicatorsAt(DNA, 971, 976).map((i) => i.targets))).toBe(1);
    const { indicator, target } = found[0] as { indicator: Indicator; target: Indicator['targets'][number] };
    expect(target.scope).toBe('central');
    expect(target.year).toBe(2030);
    // Value as written ("1", gold convention, with "triệu" in the unit) or the full number: either way a million.
    const unit = target.unit ?? indicator.unit;
    const number = Number(
      target.value
        .replace(/\./g, '')
        .replace(',', '.')
        .replace(/\s*triệu$/, ''),
    );
    const magnitude = number * (/triệu/.test(`${unit} ${target.value}`) ? 1_000_000 : 1);
    expect(magnitude, JSON.stringify(target)).toBe(1_000_000);
    expect(fold(unit)).toContain('can ho');
    // The province's own 50.000 (L976) is in units, not millions.
    const local = targetAt(DNA, 971, 976, '50.000').target;
    expect(fold(`${local.unit ?? indicator.unit} ${local.value}`)).not.toContain('trieu');
  });

  it('"ít nhất" is >=: Thanh Hóa L113 13.787 căn hộ, Đà Nẵng L19 50% and 40%, Quảng Ninh L263–264 50% and 25%', () => {
    expect(targetAt(TH, 113, 114, '13.787').target.comparator).toBe('>=');
    expect(targetAt(DNG, 19, 19, '50').target.comparator).toBe('>=');
    expect(targetAt(DNG, 19, 19, '40').target.comparator).toBe('>=');
    expect(targetAt(QN, 262, 264, '50').target.comparator).toBe('>=');
    expect(targetAt(QN, 262, 264, '25').target.comparator).toBe('>=');
  });

  it('"trở lên" is >=: Quảng Ninh L216–217 "từ 90% trở lên", L211–213 "đạt tỷ lệ 50% trở lên"', () => {
    expect(targetAt(QN, 216, 217, '90').target.comparator).toBe('>=');
    expect(targetAt(QN, 211, 213, '50').target.comparator).toBe('>=');
  });

  it('"khoảng" is ~: Thanh Hóa L102 75 tuổi, L117 33m2; Lai Châu L49 1,1% 18% 18,5%; Quảng Ninh L209 40%', () => {
    expect(targetAt(TH, 101, 102, '75').target.comparator).toBe('~');
    expect(targetAt(TH, 116, 117, '33').target.comparator).toBe('~');
    expect(targetAt(LC, 49, 49, '1,1').target.comparator).toBe('~');
    expect(targetAt(LC, 49, 49, '18').target.comparator).toBe('~');
    expect(targetAt(LC, 49, 51, '18,5').target.comparator).toBe('~');
    expect(targetAt(QN, 209, 210, '40').target.comparator).toBe('~');
  });

  it('Thanh Hóa L85–88: the 2nd and 3rd figures of the clause are named for BHTN and lương hưu, not BHXH', () => {
    const at = indicatorsAt(TH, 85, 88);
    const named = (value: string, words: RegExp) =>
      at.find((i) => i.targets.some((t) => t.value === value) && words.test(fold(i.name)));
    const seen = JSON.stringify(at.map((i) => [i.name, i.targets.map((t) => t.value)]));
    const bhxh = named('60', /bao hiem xa hoi|bhxh/);
    const bhtn = named('45', /bao hiem that nghiep|bhtn/);
    const pension = named('60', /luong huu/);
    expect(bhxh, seen).toBeDefined();
    expect(bhtn, seen).toBeDefined();
    expect(pension, seen).toBeDefined();
    expect(bhtn?.targets.find((t) => t.value === '45')?.comparator).toBe('>');
    expect(new Set([bhxh?.name, bhtn?.name, pension?.name]).size).toBe(3);
  });

  it('Lai Châu L49–51: 1,1%, 18% and 18,5% are named for BHXH tự nguyện, BHTN and lương hưu', () => {
    const voluntary = targetAt(LC, 49, 49, '1,1').indicator.name;
    const bhtn = targetAt(LC, 49, 49, '18').indicator.name;
    const pension = targetAt(LC, 49, 51, '18,5').indicator.name;
    expect(fold(voluntary)).toMatch(/tu nguyen/);
    expect(fold(bhtn)).toMatch(/bao hiem that nghiep/);
    expect(fold(pension)).toMatch(/luong huu|nghi huu/);
    expect(new Set([voluntary, bhtn, pension]).size).toBe(3);
  });

  it('period headings give the period’s year: Thanh Hóa "2.1. Đến năm 2030"; "2.1. Giai đoạn 2021 - 2025"; "a) Từ 2021 đến 2025"', () => {
    expect(targetAt(TH, 113, 114, '13.787').target.year).toBe(2030);
    expect(targetAt(TH, 130, 130, '100').target.year).toBe(2030);
    const header = [
      'Số: 7/KH-UBND',
      'Hà Nam, ngày 10 tháng 4 năm 2021',
      'KẾ HOẠCH',
      'Thực hiện chính sách xã hội tỉnh Hà Nam đến năm 2030',
      'Căn cứ Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị;',
    ];
    const a = ingestOne('period-a.txt', [
      ...header,
      'I. MỤC TIÊU',
      '2. Mục tiêu cụ thể',
      '2.1. Giai đoạn 2021 - 2025',
      '- Tỷ lệ lao động qua đào tạo đạt 70%.',
      '2.2. Giai đoạn 2026 - 2030',
      '- Tỷ lệ lao động qua đào tạo đạt 75%.',
      ...BODY.slice(3),
    ]);
    const years = (p: PlanRecords, value: string) =>
      p.indicators.flatMap((i) => i.targets.filter((t) => t.value === value).map((t) => t.year));
    expect(years(a, '70')).toEqual([2025]);
    expect(years(a, '75')).toEqual([2030]);
    const b = ingestOne('period-b.txt', [
      ...header,
      'I. MỤC TIÊU',
      'a) Từ 2021 đến 2025',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.',
      'b) Từ 2026 đến 2030',
      '- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 98%.',
      ...BODY.slice(3),
    ]);
    expect(years(b, '95')).toEqual([2025]);
    expect(years(b, '98')).toEqual([2030]);
  });

  it('Thanh Hóa L118–119 "100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn": each figure its own area', () => {
    expect(targetAt(TH, 118, 119, '75').target.area).toBe('nông thôn');
    expect(targetAt(TH, 118, 119, '100').target.area).toBe('thành thị');
  });

  it('Quảng Ninh L51–52 "đến năm 2025, GRDP bình quân đầu người của tỉnh đạt trên 10.000 USD"', () => {
    const { indicator, target } = targetAt(QN, 51, 52, '10.000');
    expect(fold(indicator.name)).toContain('grdp');
    expect(target.comparator).toBe('>');
    expect(target.year).toBe(2025);
    expect(target.unit ?? indicator.unit).toBe('USD');
  });

  it('Lai Châu L29, L37, L43: 100%, 100% and 100%, 8.000 người/năm, 8.500 lao động/năm', () => {
    // L29 "100% người có công … có mức sống bằng hoặc cao hơn mức sống trung bình"
    const l29 = targetAt(LC, 29, 29, '100');
    expect(fold(l29.indicator.name)).toContain('nguoi co cong');
    // L37 "100% đối tượng bảo trợ xã hội … được trợ cấp hàng tháng; 100% đối tượng gặp khó khăn đột xuất …"
    const l37 = indicatorsAt(LC, 37).filter((i) => i.targets.some((t) => t.value === '100'));
    expect(l37.map((i) => fold(i.name)).join(' | ')).toMatch(/bao tro xa hoi/);
    expect(l37.map((i) => fold(i.name)).join(' | ')).toMatch(/dot xuat/);
    // L43 "hằng năm, đào tạo nghề cho 8.000 người, giải quyết việc làm cho 8.500 lao động"
    const train = targetAt(LC, 43, 43, '8.000');
    expect(train.target.unit ?? train.indicator.unit).toBe('người/năm');
    const jobs = targetAt(LC, 43, 43, '8.500');
    expect(jobs.target.unit ?? jobs.indicator.unit).toBe('lao động/năm');
    expect(jobs.indicator.name).not.toBe(train.indicator.name);
  });
});

describe('issue #11: header variants of new plans', () => {
  it('one-line header cells "| Số: 96/KH-UBND | Ninh Bình, ngày …" are read, not rejected', () => {
    const p = ingestOne('ninh-binh.txt', [
      '| ỦY BAN NHÂN DÂN TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |',
      '| Số: 96/KH-UBND | Ninh Bình, ngày 18 tháng 3 năm 2024 |',
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết số 42-NQ/TW về chính sách xã hội trên địa bàn tỉnh Ninh Bình',
      'Căn cứ Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng;',
      ...BODY,
    ]);
    expect(p.plan).toMatchObject({ number: '96/KH-UBND', province: 'Ninh Bình', signedDate: '2024-03-18' });
    expect(p.tasks.map((t) => t.leads)).toContainEqual(['Sở Y tế']);
  });

  it('"Số: 154 /KH- UBND" is 154/KH-UBND', () => {
    const p = ingestOne('ha-giang.txt', [
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ GIANG',
      'Số: 154 /KH- UBND',
      'Hà Giang, ngày 05 tháng 6 năm 2023',
      'KẾ HOẠCH',
      'Triển khai thực hiện chính sách xã hội trên địa bàn tỉnh Hà Giang',
      'Căn cứ Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị;',
      ...BODY,
    ]);
    expect(p.plan.number).toBe('154/KH-UBND');
    expect(p.plan.signedDate).toBe('2023-06-05');
  });

  it('"Thực hiện Văn bản số 555/…" is a basis document', () => {
    const p = ingestOne('van-ban.txt', [
      'Số: 60/KH-UBND',
      'Hà Nam, ngày 20 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Triển khai thực hiện chính sách xã hội trên địa bàn tỉnh Hà Nam',
      'Thực hiện Văn bản số 555/UBND-VX ngày 12/3/2024 của Ủy ban nhân dân tỉnh về triển khai chính sách xã hội; Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:',
      ...BODY,
    ]);
    expect(p.plan.basis).toContainEqual(
      expect.objectContaining({ kind: 'Văn bản', number: '555/UBND-VX', date: '2024-03-12' }),
    );
  });

  it('"42-NQ/TW, ngày 24/11/2023" keeps its date', () => {
    const p = ingestOne('comma-date.txt', [
      'Số: 61/KH-UBND',
      'Hà Nam, ngày 21 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Triển khai thực hiện chính sách xã hội trên địa bàn tỉnh Hà Nam',
      'Căn cứ Nghị quyết số 42-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng (khóa XIII) về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội;',
      ...BODY,
    ]);
    expect(p.plan.basis).toContainEqual(
      expect.objectContaining({ kind: 'Nghị quyết', number: '42-NQ/TW', date: '2023-11-24' }),
    );
  });

  it('a title on the line after the header, without a "KẾ HOẠCH" line, is the title', () => {
    const p = ingestOne('no-ke-hoach-line.txt', [
      'Số: 45/KH-UBND',
      'Hà Nam, ngày 10 tháng 4 năm 2024',
      'Triển khai thực hiện Nghị quyết số 42-NQ/TW của Ban Chấp hành Trung ương Đảng trên địa bàn tỉnh Hà Nam',
      'Căn cứ Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:',
      ...BODY,
    ]);
    expect(fold(p.plan.title)).toContain('trien khai thuc hien nghi quyet so 42-nq/tw');
  });

  it('a title that shares its line with "KẾ HOẠCH" is the title', () => {
    const p = ingestOne('one-line-title.txt', [
      'Số: 46/KH-UBND',
      'Hà Nam, ngày 11 tháng 4 năm 2024',
      'KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW VỀ CHÍNH SÁCH XÃ HỘI TRÊN ĐỊA BÀN TỈNH HÀ NAM',
      'Căn cứ Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:',
      ...BODY,
    ]);
    expect(fold(p.plan.title)).toContain('nghi quyet so 42-nq/tw ve chinh sach xa hoi');
  });

  it('website metadata above the header ("Người ký:" with the name two lines below) gives the signer and no record', () => {
    const p = ingestOne('metadata.txt', [
      'Số hiệu: | 96/KH-UBND |',
      'Loại văn bản: | Kế hoạch |',
      'Nơi ban hành: | Tỉnh Ninh Bình |',
      'Người ký: |',
      '',
      'Phạm Quang Ngọc',
      'Ngày ban hành: | 18/03/2024 |',
      'ỦY BAN NHÂN DÂN',
      'TỈNH NINH BÌNH',
      'Số: 96/KH-UBND',
      'Ninh Bình, ngày 18 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết số 42-NQ/TW về chính sách xã hội trên địa bàn tỉnh Ninh Bình',
      'Căn cứ Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng;',
      ...BODY,
    ]);
    expect(p.plan.number).toBe('96/KH-UBND');
    expect(p.plan.signer.name).toBe('Phạm Quang Ngọc');
    expect(p.plan.factSources.signer?.quote ?? '').toContain('Phạm Quang Ngọc');
    const records = [...p.tasks, ...p.indicators, ...p.plan.reportingDuties, ...p.plan.documents];
    expect(records.filter((r) => r.source.lineStart < 10).map((r) => r.source.quote)).toEqual([]);
  });

  it('an NFD copy of a plan yields the same records as the NFC text', () => {
    const lc = files.find((f) => f.file === LC);
    if (!lc) throw new Error('no Lai Châu');
    const nfc = ingestPlans([{ file: LC, text: lc.text.normalize('NFC') }]).corpus.plans[0];
    const nfd = ingestPlans([{ file: LC, text: lc.text.normalize('NFD') }]).corpus.plans[0];
    expect(nfc?.indicators.length).toBeGreaterThan(10);
    expect(nfd).toEqual(nfc);
  });
});
