/**
 * A quote read from a table row ("4.5 | Tỷ lệ … tham gia BHTN | % | 35 | 45 | 51 | 56 | Bảo hiểm xã hội
 * tỉnh | …") named cell by cell from the record read from it: which cell is the unit, which the province's
 * 2030 target, which the lead agency. Only what the record holds names a cell; the rest stay unnamed.
 */
import type { Indicator, Target, Task } from '../schema/records';
import { foldWords } from './fold';

/** One cell of a table quote, with its column's name when the record tells it. */
export interface QuoteCell {
  label: string | null;
  value: string;
}

/** `Chỉ tiêu tỉnh 2030`, `Chỉ tiêu TW 2025`, with the area when the plan sets one for a group. */
export function targetLabel(t: Target): string {
  const area = t.area && t.area !== 'all' ? ` (${t.area})` : '';
  return `Chỉ tiêu ${t.scope === 'central' ? 'TW' : 'tỉnh'}${t.year !== null ? ` ${t.year}` : ''}${area}`;
}

/** Cells that say "no figure here" in the plans' tables. */
const EMPTY = /^[-–—]?$/;
const SECTION_NUMBER = /^(?:[IVXLC]+|\d+)(?:\.\d+)*\.?$/;

/**
 * `quoteCells('4.5 | Tỷ lệ … | % | 35 | …', indicator)` → `[{ label: 'Mục', value: '4.5' }, { label:
 * 'Chỉ tiêu', … }, { label: 'Đơn vị', value: '%' }, { label: 'Chỉ tiêu TW 2025', value: '35' }, …]`;
 * null for a quote that is not a table row. Targets are matched in the record's order, which is the
 * table's column order, so two equal figures ("30 | 35 | 30 | 35") still get their own columns.
 */
export function quoteCells(quote: string, record: Indicator | Task | null): QuoteCell[] | null {
  if (!quote.includes(' | ')) return null;
  if (!record) return cellsOf(quote, null);
  // Records never change within an isolate: name a row's cells once, not on every page that shows it.
  const known = named.get(record);
  if (known && known.quote === quote) return known.cells;
  const cells = cellsOf(quote, record);
  named.set(record, { quote, cells });
  return cells;
}

const named = new WeakMap<Indicator | Task, { quote: string; cells: QuoteCell[] }>();

function cellsOf(quote: string, record: Indicator | Task | null): QuoteCell[] {
  // Punctuation folds to nothing: "%" is only the same as "%".
  const same = (a: string | null | undefined, b: string) =>
    !!a && foldWords(a) === foldWords(b) && (foldWords(b) !== '' || a.trim() === b);
  const targets = record && 'targets' in record ? record.targets : [];
  const unit = record && 'unit' in record ? record.unit : null;
  let next = 0;
  const isTarget = (t: Target | undefined, value: string) =>
    !!t && (same(t.text, value) || same(t.value, value) || same(t.text, `${value}${unit ?? ''}`));
  const cells = quote
    .split(' | ')
    .map((cell) => cell.trim())
    .filter((value) => !EMPTY.test(value))
    .map((value, i): QuoteCell => {
      if (i === 0 && SECTION_NUMBER.test(value)) return { label: 'Mục', value };
      if (!record) return { label: null, value };
      if ('name' in record && same(record.name, value)) return { label: 'Chỉ tiêu', value };
      if ('text' in record && same(record.text, value)) return { label: 'Nhiệm vụ', value };
      const at = targets.findIndex((t, k) => k >= next && isTarget(t, value));
      const target = targets[at];
      if (target) {
        next = at + 1;
        return { label: targetLabel(target), value };
      }
      if (same(unit, value)) return { label: 'Đơn vị', value };
      if (same(record.leadAgency, value)) return { label: 'Chủ trì', value };
      if (record.partners.length && same(record.partners.join('; '), value))
        return { label: 'Phối hợp', value };
      if ('timeframe' in record && same(record.timeframe.text, value)) return { label: 'Thời hạn', value };
      return { label: null, value };
    });
  return record && 'name' in record ? nameGroup(cells) : cells;
}

/**
 * A target named in two cells ("Chỉ tiêu số lượng trên 10.000 dân … | Số giường bệnh"), which the record
 * joins into one name: the unnamed text cells between the section number and the unit are the group and
 * the target, in that order.
 */
function nameGroup(cells: QuoteCell[]): QuoteCell[] {
  const unit = cells.findIndex((c) => c.label === 'Đơn vị');
  const section = cells[0]?.label === 'Mục' ? 1 : 0;
  if (unit < 0 || cells.slice(section, unit).some((c) => c.label !== null)) return cells;
  const names = cells.slice(section, unit);
  const labels = names.length === 1 ? ['Chỉ tiêu'] : names.length === 2 ? ['Nhóm chỉ tiêu', 'Chỉ tiêu'] : [];
  if (labels.length === 0) return cells;
  return cells.map((c, i) => (i >= section && i < unit ? { ...c, label: labels[i - section] ?? null } : c));
}
