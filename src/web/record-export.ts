/**
 * A plan's records and an agency's assignments as flat rows, for a spreadsheet (CSV) or a program (JSON):
 * one row per target figure (so a year can be filtered), per task and per reporting duty, each with the
 * plan's own words and where the plan says it.
 */
import type { Indicator, Plan, PlanRecords, Source, Task } from '../schema/records';
import type { AgencyWork, PlanGroup } from './agency-work';
import { type CsvValue, toCsv } from './csv';
import { formatLocation } from './format';
import { dutyId, recordUrl } from './links';

/** One row: `{ kind: 'indicator', text: 'Tỷ lệ bao phủ bảo hiểm y tế', target: 'trên 95%', year: 2025, … }`. */
export interface ExportRow {
  kind: 'indicator' | 'task' | 'duty';
  /** In an agency's export: whether it leads the record or takes part; absent in a plan's export. */
  role?: 'lead' | 'partner';
  /** The record id (`dong-nai-230-2024/i12`), or the duty's from `dutyId()`. */
  id: string;
  planId: string;
  province: string;
  planNumber: string;
  domain: string;
  /** The indicator's name, the task's text, or "<who> báo cáo <to>" for a duty. */
  text: string;
  /** A target figure as the plan writes it (`87,5%`, `trên 95%`); null for a task or duty, or a target the plan leaves unstated. */
  target: string | null;
  year: number | null;
  unit: string | null;
  /** `province` for the plan's own target, `central` for a central (TW) benchmark it quotes. */
  scope: 'province' | 'central' | null;
  /** The area a target is for when not the whole province (`nông thôn`). */
  area: string | null;
  /** The bodies that lead (a duty's reporters), in the plan's words. */
  leads: string[];
  partners: string[];
  /** When, as the plan writes it: `Năm 2025`, `trước ngày 10/12 hằng năm`. */
  timeframe: string | null;
  file: string;
  section: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
  /** The record's row on its plan page. */
  url: string;
}

/** What differs between kinds; the plan and the source fill the rest. */
type Content = Omit<ExportRow, 'role' | 'planId' | 'province' | 'planNumber' | 'url' | keyof Source>;

/** A row with its keys in one order, so every JSON row reads the same. */
function row(plan: Plan, content: Content, source: Source, origin: string): ExportRow {
  const { kind, id, domain, text, ...rest } = content;
  const { file, section, lineStart, lineEnd, quote } = source;
  const url = recordUrl(origin, plan.id, id);
  const where = { planId: plan.id, province: plan.province, planNumber: plan.number };
  return { kind, id, ...where, domain, text, ...rest, file, section, lineStart, lineEnd, quote, url };
}

const NO_FIGURE = { target: null, year: null, unit: null, scope: null, area: null } as const;

function indicatorRows(plan: Plan, r: Indicator, origin: string): ExportRow[] {
  const base = { kind: 'indicator', id: r.id, domain: r.domain, text: r.name } as const;
  const bodies = { leads: r.leads, partners: r.partners, timeframe: null };
  if (r.targets.length === 0)
    return [row(plan, { ...base, ...NO_FIGURE, unit: r.unit || null, ...bodies }, r.source, origin)];
  return r.targets.map((t) => {
    const figure = { target: t.text, year: t.year, unit: t.unit ?? (r.unit || null), scope: t.scope };
    const area = t.area === 'all' ? null : t.area;
    return row(plan, { ...base, ...figure, area, ...bodies }, r.source, origin);
  });
}

function taskRow(plan: Plan, r: Task, origin: string): ExportRow {
  const base = { kind: 'task', id: r.id, domain: r.domain, text: r.text, ...NO_FIGURE } as const;
  const bodies = { leads: r.leads, partners: r.partners, timeframe: r.timeframe.text || null };
  return row(plan, { ...base, ...bodies }, r.source, origin);
}

/** A plan's targets, tasks and reporting duties, in the plan's order; `origin` makes the links absolute. */
export function planRows(records: PlanRecords, origin: string): ExportRow[] {
  const { plan } = records;
  const duties = plan.reportingDuties.map((d, index) => {
    const base = {
      kind: 'duty',
      id: dutyId(plan.id, index),
      domain: '',
      text: `${d.who} báo cáo ${d.to}`,
    } as const;
    const bodies = { leads: d.reporters, partners: [], timeframe: d.due };
    return row(plan, { ...base, ...NO_FIGURE, ...bodies }, d.source, origin);
  });
  return [
    ...records.indicators.flatMap((r) => indicatorRows(plan, r, origin)),
    ...records.tasks.map((r) => taskRow(plan, r, origin)),
    ...duties,
  ];
}

function roleRows<R extends Indicator | Task>(
  groups: PlanGroup<R>[],
  role: 'lead' | 'partner',
  toRows: (plan: Plan, record: R) => ExportRow[],
): ExportRow[] {
  return groups.flatMap(({ plan, rows }) =>
    rows.flatMap((r) => toRows(plan, r.record).map((exported) => ({ role, ...exported }))),
  );
}

/** An agency's targets and tasks as its page lists them: what it leads, then what it takes part in. */
export function agencyRows(work: AgencyWork, origin: string): ExportRow[] {
  const indicator = (plan: Plan, r: Indicator) => indicatorRows(plan, r, origin);
  const task = (plan: Plan, r: Task) => [taskRow(plan, r, origin)];
  return [
    ...roleRows(work.leadIndicators, 'lead', indicator),
    ...roleRows(work.partnerIndicators, 'partner', indicator),
    ...roleRows(work.leadTasks, 'lead', task),
    ...roleRows(work.partnerTasks, 'partner', task),
  ];
}

const KIND: Record<ExportRow['kind'], string> = { indicator: 'chỉ tiêu', task: 'nhiệm vụ', duty: 'báo cáo' };
const ROLE: Record<NonNullable<ExportRow['role']>, string> = { lead: 'chủ trì', partner: 'phối hợp' };
const SCOPE: Record<NonNullable<ExportRow['scope']>, string> = { province: 'tỉnh', central: 'Trung ương' };

/** The spreadsheet's columns, headed in Vietnamese: what a row says, then where the plan says it. */
const COLUMNS: ReadonlyArray<readonly [string, (r: ExportRow) => CsvValue]> = [
  ['Loại', (r) => KIND[r.kind]],
  ['Tỉnh', (r) => r.province],
  ['Kế hoạch', (r) => r.planNumber],
  ['Lĩnh vực', (r) => r.domain],
  ['Nội dung', (r) => r.text],
  ['Mục tiêu', (r) => r.target],
  ['Năm', (r) => r.year],
  ['Đơn vị', (r) => r.unit],
  ['Cấp', (r) => (r.scope ? SCOPE[r.scope] : null)],
  ['Khu vực', (r) => r.area],
  ['Chủ trì', (r) => r.leads.join('; ')],
  ['Phối hợp', (r) => r.partners.join('; ')],
  ['Thời hạn', (r) => r.timeframe],
  ['Vị trí', (r) => formatLocation(r)],
  ['Tệp nguồn', (r) => r.file],
  ['Trích dẫn', (r) => r.quote],
  ['Đường dẫn', (r) => r.url],
  ['Mã', (r) => r.id],
];

const ROLE_COLUMN = ['Vai trò', (r: ExportRow) => (r.role ? ROLE[r.role] : null)] as const;

/** The rows as a CSV for Excel; an agency's export (`withRole`) starts with its role in each row. */
export function rowsToCsv(rows: ExportRow[], withRole = false): string {
  const columns = withRole ? [ROLE_COLUMN, ...COLUMNS] : COLUMNS;
  return toCsv(
    columns.map(([header]) => header),
    rows.map((row) => columns.map(([, cell]) => cell(row))),
  );
}
