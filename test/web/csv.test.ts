/** The CSV writer: BOM, CRLF, RFC 4180 quoting, formula-looking cells defused; read back as written. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/web/csv';
import { parseCsv } from './fixtures/csv';

describe('csvCell', () => {
  it('quotes a cell with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('87,5%')).toBe('"87,5%"');
    expect(csvCell('“Kế hoạch” "91"')).toBe('"“Kế hoạch” ""91"""');
    expect(csvCell('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
    expect(csvCell('Sở Y tế')).toBe('Sở Y tế');
  });

  it('writes numbers as they are and nothing as an empty cell', () => {
    expect(csvCell(2025)).toBe('2025');
    expect(csvCell(null)).toBe('');
  });

  it('defuses a cell Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-5%')).toBe("'-5%");
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv(['Loại', 'Mục tiêu'], [['chỉ tiêu', '87,5%']]);
    expect(csv).toBe('\uFEFFLoại,Mục tiêu\r\nchỉ tiêu,"87,5%"\r\n');
  });

  it('reads back as written, whatever the cells hold (a formula-looking cell with its quote mark)', () => {
    const shown = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
    const cell = fc.string({ unit: fc.constantFrom(...'aăđêơư ,;"\r\n%=-ẠỮ0123456789') });
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 5 });
    fc.assert(
      fc.property(table, (rows) => {
        const csv = toCsv(['a', 'b', 'c'], rows);
        return (
          JSON.stringify(parseCsv(csv.slice(1))) ===
          JSON.stringify([['a', 'b', 'c'], ...rows.map((r) => r.map(shown))])
        );
      }),
    );
  });
});
