/**
 * A CSV writer (RFC 4180) for spreadsheets officials open in Excel: UTF-8 with a byte-order mark, without
 * which Excel reads Vietnamese as Windows-1252 ("Sá»Ÿ Y táº¿"), and CRLF line ends.
 */

/** A cell as given: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell Excel would run as a formula (`=`, `+`, `-`, `@`, or a tab or CR first) gets a leading `'`, as
 * OWASP advises against CSV injection; plan text never starts so today, but it is scraped text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, quoted when it holds a comma, a quote or a line break (quotes doubled):
 * `csvCell('87,5%')` → `'"87,5%"'`, `csvCell('Sở Y tế')` → `'Sở Y tế'`, `csvCell(null)` → `''`.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, the header row, one row per record, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return BOM + lines.map((line) => line + CRLF).join('');
}
