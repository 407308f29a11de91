/** A table's "Ghi chú" column: what a row stood at, or why the province set its figure, kept with the row. */
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/lines';
import { findTables, readTable } from '../../../src/ingest/table';
import { noteOf, tableRecords } from '../../../src/ingest/table-records';

// Two rows in the scraped layout: one cell per line, "|" closing each; the first row's note says something.
const TABLE = `MỤC TIÊU, CHỈ TIÊU CỤ THỂ
TT |
Nội dung chỉ tiêu |
Đơn vị tính |
Mục tiêu năm 2030 |
Cơ quan chủ trì |
Ghi chú |
1 |
Tỷ lệ hộ nghèo đa chiều |
% |
dưới 1 |
Sở Y tế |
Cuối năm 2024 còn 1.234 hộ nghèo (chiếm 0,4%). |
2 |
Tỷ lệ dân số tham gia BHYT |
% |
trên 95 |
Bảo hiểm xã hội tỉnh |
- |
`;

const rows = () => {
  const lines = readLines(TABLE);
  const [range] = findTables(lines);
  if (!range) throw new Error('no table found');
  return tableRecords(readTable(lines, range), {
    file: 'x.txt',
    planId: 'x',
    tableNo: 1,
    spellings: new Map(),
  }).indicators;
};

describe('table notes', () => {
  it('keeps a row’s note as written, and none for "-"', () => {
    const [poor, bhyt] = rows();
    expect(poor?.name).toBe('Tỷ lệ hộ nghèo đa chiều');
    expect(poor?.note).toBe('Cuối năm 2024 còn 1.234 hộ nghèo (chiếm 0,4%).');
    expect(bhyt?.name).toBe('Tỷ lệ dân số tham gia BHYT');
    expect(bhyt && 'note' in bhyt).toBe(false);
  });
  it('reads blanks and dashes as no note', () => {
    expect(noteOf(' - ')).toEqual({});
    expect(noteOf('')).toEqual({});
    expect(noteOf('Theo  Kế hoạch số 214/KH-UBND')).toEqual({ note: 'Theo Kế hoạch số 214/KH-UBND' });
  });
});
