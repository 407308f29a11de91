/** Table rows → indicators (target tables) and tasks (assignment tables). */
import type { Indicator, Target, Task } from '../schema/records';
import { fold } from '../text/normalize';
import { recordAgencies } from './agencies';
import { areaOf, readCellTarget } from './figures';
import type { Table, TableRow } from './table';
import { readTimeframe } from './timeframe';

/** Agencies in one cell, as written: "Sở A; Sở B, các sở, ban, ngành" → three names, in order. */
export function agenciesInCell(cell: string): string[] {
  const parts = cell
    .split(/[;:]|\.\s+(?=[\p{Lu}])|,\s+(?=Sở |Bảo hiểm|Công an|Ban |Cục |Ủy ban|UBND|UBMTTQ|các )/u)
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    const name = part.replace(/\s+/g, ' ');
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const AREA_ROW = /^(thành thị|nông thôn|vùng sâu, vùng xa|các vùng còn lại|miền núi|đô thị)$/iu;

interface Context {
  file: string;
  planId: string;
  tableNo: number;
  spellings: Map<string, Set<string>>;
}

/** A "Ghi chú" cell that says something ("-" and blanks say nothing). */
export const noteOf = (text: string): { note?: string } => {
  const note = text.replace(/\s+/g, ' ').trim();
  return /\p{L}|\d/u.test(note) ? { note } : {};
};

/** Reads one table into records; `parent` rows lend their name and agencies to "-" sub-rows. */
export function tableRecords(table: Table, ctx: Context): { indicators: Indicator[]; tasks: Task[] } {
  const col = (role: string) => table.columns.findIndex((c) => c.role === role);
  const [iName, iUnit, iLead, iPartners, iTime, iNotes] = [
    'name',
    'unit',
    'lead',
    'partners',
    'time',
    'notes',
  ].map(col);
  const targetCols = table.columns.flatMap((c, i) => (c.role === 'target' ? [{ ...c, i }] : []));
  const indicators: Indicator[] = [];
  const tasks: Task[] = [];
  let parent: { row: TableRow; name: string; lead: string[]; partners: string[] } | null = null;
  const cell = (row: TableRow, i: number) => (i >= 0 ? (row.cells[i]?.text ?? '') : '');

  let heading: { tt: string; name: string } | null = null;
  for (const [index, row] of table.rows.entries()) {
    const name = cell(row, iName ?? -1);
    if (!name) continue;
    // "1 | Về giáo dục" with nothing else, followed by "1.1 …": a group heading, not a task.
    const next = table.rows[index + 1]?.tt ?? '';
    const bare = [iLead, iPartners, iTime, ...targetCols.map((c) => c.i)].every((i) => !cell(row, i ?? -1));
    if (bare && row.tt && next.startsWith(`${row.tt}.`)) {
      heading = { tt: row.tt, name };
      continue;
    }
    if (heading && !row.tt.startsWith(`${heading.tt}.`) && row.tt !== '-') heading = null;
    const leadCell = cell(row, iLead ?? -1);
    const partnersCell = cell(row, iPartners ?? -1);
    let lead = leadCell ? agenciesInCell(leadCell) : [];
    let partners = partnersCell ? agenciesInCell(partnersCell) : [];
    const sub = row.tt === '-' && parent !== null;
    if (sub && parent && !lead.length) {
      lead = parent.lead;
      partners = partners.length ? partners : parent.partners;
    }
    const fullName = sub && parent ? `${parent.name} — ${name}` : name;
    const section = `PL${ctx.tableNo}${row.tt && row.tt !== '-' ? `.${row.tt}` : sub && parent ? `.${parent.row.tt}` : ''}`;
    const cells = row.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' | ');
    // A "-" sub-row quotes its parent's name too: "Chỉ tiêu số lượng trên 10.000 dân … | Số bác sỹ | …".
    const quote = sub && parent ? `${parent.row.tt} | ${parent.name} … ${cells}` : cells;
    const lineStart = sub && parent ? parent.row.lineStart : row.lineStart;
    const source = { file: ctx.file, lineStart, lineEnd: row.lineEnd, section, quote };
    const domain = heading?.name || row.group || (row.tt.includes('.') ? `Nhóm ${row.tt.split('.')[0]}` : '');
    if (targetCols.length) {
      const unit = cell(row, iUnit ?? -1);
      // "Thành thị" as a sub-row, or the group an indicator names ("… khu vực thành thị", "… lao động nữ").
      const area = AREA_ROW.test(name) ? name.toLowerCase() : areaOf(name);
      const targets = targetCols
        .map((c) =>
          readCellTarget(
            cell(row, c.i),
            unit,
            c.role === 'target' ? c.year : null,
            c.role === 'target' ? c.scope : 'province',
            area,
          ),
        )
        .filter((t): t is Target => t !== null);
      if (row.tt !== '-') parent = { row, name, lead, partners };
      if (!targets.length && !sub && table.rows[index + 1]?.tt === '-') continue;
      indicators.push({
        id: `${ctx.planId}/pl${ctx.tableNo}-${indicators.length + 1}`,
        planId: ctx.planId,
        domain,
        name: fullName,
        unit,
        targets,
        ...recordAgencies({ leads: lead, partners }, ctx.spellings),
        source,
        ...noteOf(cell(row, iNotes ?? -1)),
      });
    } else {
      const time = cell(row, iTime ?? -1);
      tasks.push({
        id: `${ctx.planId}/pl${ctx.tableNo}-${tasks.length + 1}`,
        planId: ctx.planId,
        domain,
        text: name,
        ...recordAgencies({ leads: lead, partners }, ctx.spellings),
        timeframe: readTimeframe(time),
        source,
      });
    }
  }
  return { indicators, tasks: tasks.filter((t) => fold(t.text) !== 'tt') };
}
