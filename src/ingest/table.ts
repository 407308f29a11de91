/**
 * `|`-celled tables (one cell per line, rows wrapped over many lines) → header roles and rows of cells.
 * The scrape keeps one line per cell and a bare `|` for an empty cell; rows are told apart by the TT cell.
 */
import { fold } from '../text/normalize';
import type { Line } from './lines';

/** What a column holds. */
export type ColumnRole =
  | { role: 'tt' | 'name' | 'unit' | 'lead' | 'partners' | 'time' | 'submit' | 'notes' | 'other' }
  | { role: 'target'; scope: 'province' | 'central'; year: number | null };

/** One table of a plan. */
export interface Table {
  lineStart: number;
  lineEnd: number;
  columns: ColumnRole[];
  rows: TableRow[];
}

/** One row: its cells by column, the lines it spans and the group heading it sits under. */
export interface TableRow {
  tt: string;
  cells: { text: string; line: number }[];
  lineStart: number;
  lineEnd: number;
  group: string;
}

/** Line ranges that are tables: runs of cell / bare lines holding a header cell such as "TT". */
export function findTables(lines: Line[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line && fold(line.text) === 'tt' && line.cell) {
      let end = i;
      let j = i;
      while (j < lines.length) {
        const l = lines[j];
        if (!l) break;
        if (l.cell || l.bare) end = j;
        else if (l.text !== '') break;
        j++;
      }
      ranges.push({ start: line.no, end: lines[end]?.no ?? line.no });
      i = end + 1;
    } else i++;
  }
  return ranges;
}

const isTt = (s: string) => /^\d{1,2}(\.\d{1,2})*\.?$|^-$/.test(s);
const yearOf = (s: string) => {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(s);
  return m?.[1] ? Number(m[1]) : null;
};

function roleOf(
  cell: string,
): Exclude<ColumnRole['role'], 'target'> | 'target-group' | 'agency-group' | 'year' {
  const f = fold(cell);
  if (f === 'tt' || f === 'stt') return 'tt';
  if (/noi dung|nhiem vu|ten chi tieu/.test(f)) return 'name';
  if (/don vi tinh/.test(f)) return 'unit';
  if (/muc tieu|chi tieu/.test(f)) return 'target-group';
  if (/chu tri/.test(f)) return 'lead';
  if (/phoi hop/.test(f)) return 'partners';
  if (/co quan/.test(f)) return 'agency-group';
  if (/thoi gian trinh/.test(f)) return 'submit';
  if (/thoi gian/.test(f)) return 'time';
  if (/ghi chu/.test(f)) return 'notes';
  if (yearOf(f) !== null && f.length < 20) return 'year';
  return 'other';
}

/** Two header rows (the second may be empty) → one role per column. */
function readColumns(top: string[], sub: string[]): ColumnRole[] {
  const columns: ColumnRole[] = [];
  const rest = [...sub];
  for (const cell of top) {
    const role = roleOf(cell);
    if (role === 'target-group') {
      const scope = /trung uong|\btw\b/.test(fold(cell)) ? 'central' : 'province';
      let took = 0;
      while (rest.length && roleOf(rest[0] ?? '') === 'year') {
        columns.push({ role: 'target', scope, year: yearOf(rest.shift() ?? '') });
        took++;
        // A group spans the years it lists once; a repeated year belongs to the next group.
        if (
          rest.length &&
          columns.some((c) => c.role === 'target' && c.scope === scope && c.year === yearOf(rest[0] ?? ''))
        )
          break;
      }
      if (!took) columns.push({ role: 'target', scope, year: yearOf(cell) });
    } else if (role === 'agency-group') {
      let took = 0;
      while (rest.length && /^(lead|partners)$/.test(roleOf(rest[0] ?? ''))) {
        columns.push({ role: roleOf(rest.shift() ?? '') as 'lead' | 'partners' });
        took++;
      }
      if (!took) columns.push({ role: 'lead' });
    } else if (role === 'year') {
      columns.push({ role: 'target', scope: 'province', year: yearOf(cell) });
    } else columns.push({ role });
  }
  return columns;
}

/** Reads one table region into columns and rows. */
export function readTable(lines: Line[], range: { start: number; end: number }): Table {
  const region = lines.filter((l) => l.no >= range.start && l.no <= range.end && (l.cell || l.bare));
  // Header: text cells up to the first run of pipes, then a second header row when it holds years/roles.
  const headerRows: string[][] = [[]];
  let k = 0;
  for (; k < region.length; k++) {
    const l = region[k];
    if (!l) break;
    if (l.bare) {
      if (/\|\|/.test(l.raw) || headerRows[headerRows.length - 1]?.length) {
        if (headerRows.length === 2) break;
        headerRows.push([]);
      }
      continue;
    }
    const role = roleOf(l.text);
    if (headerRows.length === 2 && !/^(year|lead|partners)$/.test(role)) break;
    if (isTt(l.text) || l.text.length > 80) break;
    headerRows[headerRows.length - 1]?.push(l.text);
  }
  const columns = readColumns(headerRows[0] ?? [], headerRows[1] ?? []);
  const width = Math.max(columns.length, 3);
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  let group = '';
  const push = () => {
    if (row?.cells.some((c) => c.text)) rows.push(row);
    row = null;
  };
  for (; k < region.length; k++) {
    const l = region[k];
    if (!l) continue;
    const text = l.bare ? '' : l.text;
    const current: TableRow | null = row;
    const filled = current ? current.cells.length : 0;
    const headless = current !== null && current.tt === '' && current.cells.filter((c) => c.text).length <= 1;
    const startsRow =
      text !== '' &&
      (current === null ||
        filled >= width ||
        (isTt(text) && (filled >= width - 3 || headless)) ||
        (current.cells.every((c) => !c.text) && filled > 1));
    if (startsRow) {
      // A row that held only a title cell was a group heading ("Nâng cao năng lực…").
      if (current && current.tt === '' && current.cells.filter((c) => c.text).length === 1) {
        group = current.cells.find((c) => c.text)?.text ?? group;
        row = null;
      } else push();
      const tt = isTt(text) ? text.replace(/\.$/, '') : '';
      row = { tt, cells: [], lineStart: l.no, lineEnd: l.no, group };
      if (!tt) row.cells.push({ text: '', line: l.no });
      row.cells.push({ text, line: l.no });
      continue;
    }
    if (!row) continue;
    const open: TableRow = row;
    open.cells.push({ text, line: l.no });
    if (text) open.lineEnd = l.no;
  }
  push();
  return { lineStart: range.start, lineEnd: range.end, columns, rows };
}
