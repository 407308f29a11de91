/**
 * `/ke-hoach/<id>.csv|.json` and `/co-quan/<id>.csv|.json` over the fixture corpus: the CSV read back with
 * a separate parser and the JSON checked against a zod schema, both compared field by field with the records.
 */

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Indicator, PlanRecords, Source, Task } from '../../src/schema/records';
import { createWebRoutes } from '../../src/web';
import { fixtureApp, fixtureEngine } from './fixtures/app';
import { fixtureCorpus } from './fixtures/corpus';
import { csvRecords } from './fixtures/csv';

const env = { TODAY: '2026-11-23' };
const get = (path: string) => fixtureApp.request(path, {}, env);

/** What a row must say of its record, by CSV column; the JSON says the same under its own names. */
type Expected = Record<string, string>;

const where = (s: Source) =>
  `mục ${s.section}, dòng ${s.lineEnd > s.lineStart ? `${s.lineStart}–${s.lineEnd}` : s.lineStart}`;

function expectedRows({ plan, indicators, tasks }: PlanRecords): Expected[] {
  const common = (id: string, source: Source) => ({
    Tỉnh: plan.province,
    'Kế hoạch': plan.number,
    'Vị trí': where(source),
    'Tệp nguồn': source.file,
    'Trích dẫn': source.quote,
    'Đường dẫn': `http://localhost/ke-hoach/${plan.id}#${id.replace(/[^A-Za-z0-9_-]/g, '-')}`,
    Mã: id,
  });
  const bodies = (r: Indicator | Task) => ({
    'Chủ trì': r.leads.join('; '),
    'Phối hợp': r.partners.join('; '),
  });
  const none = { 'Mục tiêu': '', Năm: '', 'Đơn vị': '', Cấp: '', 'Khu vực': '' };
  return [
    ...indicators.flatMap((r) =>
      r.targets.map((t) => ({
        Loại: 'chỉ tiêu',
        'Lĩnh vực': r.domain,
        'Nội dung': r.name,
        'Mục tiêu': t.text,
        Năm: t.year === null ? '' : String(t.year),
        'Đơn vị': t.unit ?? r.unit,
        Cấp: t.scope === 'central' ? 'Trung ương' : 'tỉnh',
        'Khu vực': t.area === 'all' ? '' : t.area,
        ...bodies(r),
        'Thời hạn': '',
        ...common(r.id, r.source),
      })),
    ),
    ...tasks.map((r) => ({
      Loại: 'nhiệm vụ',
      'Lĩnh vực': r.domain,
      'Nội dung': r.text,
      ...none,
      ...bodies(r),
      'Thời hạn': r.timeframe.text,
      ...common(r.id, r.source),
    })),
    ...plan.reportingDuties.map((d, i) => ({
      Loại: 'báo cáo',
      'Lĩnh vực': '',
      'Nội dung': `${d.who} báo cáo ${d.to}`,
      ...none,
      'Chủ trì': d.reporters.join('; '),
      'Phối hợp': '',
      'Thời hạn': d.due,
      ...common(`${plan.id}/r${i + 1}`, d.source),
    })),
  ];
}

const [QUANG_NINH, DONG_NAI] = fixtureCorpus.plans as [PlanRecords, PlanRecords];

async function csv(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = new Uint8Array(await res.arrayBuffer());
  // UTF-8 BOM (EF BB BF), then the header row; CRLF line ends are checked by the parser.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return {
    rows: csvRecords(new TextDecoder().decode(bytes)),
    disposition: res.headers.get('content-disposition'),
  };
}

const Row = z.strictObject({
  kind: z.enum(['indicator', 'task', 'duty']),
  role: z.optional(z.enum(['lead', 'partner'])),
  id: z.string().check(z.minLength(1)),
  planId: z.string(),
  province: z.string(),
  planNumber: z.string(),
  domain: z.string(),
  text: z.string().check(z.minLength(1)),
  target: z.nullable(z.string()),
  year: z.nullable(z.number().check(z.int())),
  unit: z.nullable(z.string()),
  scope: z.nullable(z.enum(['province', 'central'])),
  area: z.nullable(z.string()),
  leads: z.array(z.string()),
  partners: z.array(z.string()),
  timeframe: z.nullable(z.string()),
  file: z.string(),
  section: z.string(),
  lineStart: z.number().check(z.int(), z.positive()),
  lineEnd: z.number().check(z.int(), z.positive()),
  quote: z.string(),
  url: z.url(),
});
const PlanFile = z.strictObject({
  plan: z.strictObject({
    id: z.string(),
    province: z.string(),
    number: z.string(),
    title: z.string(),
    signedDate: z.nullable(z.string()),
    url: z.url(),
  }),
  rows: z.array(Row),
});
const AgencyFile = z.strictObject({
  agency: z.strictObject({ id: z.string(), name: z.string(), aliases: z.array(z.string()), url: z.url() }),
  rows: z.array(Row),
});

const KIND = { indicator: 'chỉ tiêu', task: 'nhiệm vụ', duty: 'báo cáo' };
const ROLE = { lead: 'chủ trì', partner: 'phối hợp' };

/** A JSON row in the CSV's terms, so both files are held to the same expectation. */
function asCsv(r: z.infer<typeof Row>): Expected {
  const lines = r.lineEnd > r.lineStart ? `${r.lineStart}–${r.lineEnd}` : String(r.lineStart);
  return {
    ...(r.role ? { 'Vai trò': ROLE[r.role] } : {}),
    Loại: KIND[r.kind],
    Tỉnh: r.province,
    'Kế hoạch': r.planNumber,
    'Lĩnh vực': r.domain,
    'Nội dung': r.text,
    'Mục tiêu': r.target ?? '',
    Năm: r.year === null ? '' : String(r.year),
    'Đơn vị': r.unit ?? '',
    Cấp: r.scope === null ? '' : r.scope === 'central' ? 'Trung ương' : 'tỉnh',
    'Khu vực': r.area ?? '',
    'Chủ trì': r.leads.join('; '),
    'Phối hợp': r.partners.join('; '),
    'Thời hạn': r.timeframe ?? '',
    'Vị trí': `mục ${r.section}, dòng ${lines}`,
    'Tệp nguồn': r.file,
    'Trích dẫn': r.quote,
    'Đường dẫn': r.url,
    Mã: r.id,
  };
}

async function json<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>> {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return schema.parse(await res.json());
}

describe('GET /ke-hoach/:planId.csv', () => {
  it('reads back to every target, task and reporting duty of the plan, in the plan words', async () => {
    for (const records of [QUANG_NINH, DONG_NAI]) {
      const { rows, disposition } = await csv(`/ke-hoach/${records.plan.id}.csv`);
      expect(rows).toEqual(expectedRows(records));
      expect(disposition).toBe(`attachment; filename="${records.plan.id}.csv"`);
    }
  });

  it('keeps a figure with a decimal comma and a list of partners each in one cell', async () => {
    const corpus = structuredClone(fixtureCorpus);
    const target = corpus.plans[1]?.indicators[1]?.targets[0];
    if (!target) throw new Error('fixture');
    target.text = '87,5%';
    const app = createWebRoutes(() => ({ ...fixtureEngine, corpus }));
    const body = await (await app.request('/ke-hoach/dong-nai.csv', {}, env)).text();
    expect(body).toContain(',"87,5%",2025,');
    const rows = csvRecords(body.slice(1));
    expect(rows.map((r) => r['Mục tiêu'])).toContain('87,5%');
    expect(rows.map((r) => r['Phối hợp'])).toContain(
      'Các sở, ban, ngành có liên quan; UBND các huyện, thành phố',
    );
  });
});

describe('GET /ke-hoach/:planId.json', () => {
  it('has the expected shape and says what the CSV says', async () => {
    for (const records of [QUANG_NINH, DONG_NAI]) {
      const file = await json(`/ke-hoach/${records.plan.id}.json`, PlanFile);
      const { id, province, number, title, signedDate } = records.plan;
      expect(file.plan).toEqual({
        id,
        province,
        number,
        title,
        signedDate,
        url: `http://localhost/ke-hoach/${id}`,
      });
      expect(file.rows.map(asCsv)).toEqual(expectedRows(records));
      expect(file.rows.every((r) => r.planId === id && r.role === undefined)).toBe(true);
    }
  });
});

describe('GET /co-quan/:agencyId.csv and .json', () => {
  // Sở Y tế leads a Quảng Ninh target and task and takes part in a Đồng Nai task.
  const roles = [
    ['chủ trì', 'quang-ninh/i/1'],
    ['chủ trì', 'quang-ninh/t/1'],
    ['phối hợp', 'dong-nai/t/1'],
  ];
  const all = [...expectedRows(QUANG_NINH), ...expectedRows(DONG_NAI)];
  const expected = roles.map(([role, id]) => ({ 'Vai trò': role, ...all.find((r) => r.Mã === id) }));

  it('reads back to the records the agency leads or takes part in, with its role', async () => {
    const { rows, disposition } = await csv('/co-quan/so-y-te.csv');
    expect(rows).toEqual(expected);
    expect(disposition).toBe('attachment; filename="so-y-te.csv"');
  });

  it('says the same in JSON, with the agency', async () => {
    const file = await json('/co-quan/so-y-te.json', AgencyFile);
    expect(file.agency).toEqual({
      id: 'so-y-te',
      name: 'Sở Y tế',
      aliases: [],
      url: 'http://localhost/co-quan/so-y-te',
    });
    expect(file.rows.map(asCsv)).toEqual(expected);
  });

  it('lists each target figure of a partner indicator on its own row', async () => {
    const { rows } = await csv('/co-quan/so-ldtbxh.csv');
    expect(rows.map((r) => [r['Vai trò'], r.Mã, r.Năm])).toEqual([['phối hợp', 'dong-nai/i/4.5', '2025']]);
  });
});

describe('unknown ids', () => {
  it('answer with the pages own 404', async () => {
    for (const [path, what] of [
      ['/ke-hoach/khong-co.csv', 'kế hoạch này'],
      ['/ke-hoach/khong-co.json', 'kế hoạch này'],
      ['/co-quan/khong-co.csv', 'cơ quan này'],
      ['/co-quan/khong-co.json', 'cơ quan này'],
      // A plan has no calendar of its own (the province has): this is no file, and no plan.
      ['/ke-hoach/dong-nai.ics', 'kế hoạch này'],
    ] as const) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain(`Không tìm thấy ${what}`);
    }
  });
});
