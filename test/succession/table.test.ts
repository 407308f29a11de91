import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SuccessionTable } from '../../src/schema/succession';

const root = join(import.meta.dirname, '../..');
const raw: unknown = JSON.parse(readFileSync(join(root, 'data/succession/table.json'), 'utf8'));
const table = SuccessionTable.parse(raw);
const rows = [...table.agencies, ...table.provinces, ...table.levels];

describe('data/succession/table.json', () => {
  it('parses with the SuccessionTable schema', () => {
    const result = SuccessionTable.safeParse(raw);
    expect(result.success ? [] : z.prettifyError(result.error)).toEqual([]);
  });

  it('gives every confirmed row a source with a url, a number and a quote', () => {
    const bare = rows
      .filter((row) => row.status === 'confirmed')
      .filter((row) => !row.sources.some((s) => s.url !== '' && s.number !== '' && s.quote !== ''))
      .map((row) => row.from);
    expect(bare).toEqual([]);
    expect(table.current.sources.length).toBeGreaterThan(0);
  });

  it('gives every row a document, or marks it unconfirmed and says what is missing', () => {
    // A row with no document read is allowed only as unconfirmed, with a note naming what was not found.
    const bare = rows
      .filter((row) => row.sources.length === 0)
      .filter((row) => row.status !== 'unconfirmed' || (row.note ?? '').length < 20)
      .map((row) => row.from);
    expect(bare).toEqual([]);
  });

  it('dates every change in 2025 or later', () => {
    const early = [...rows, table.current]
      .filter((row) => row.effective < '2025-01-01')
      .map((row) => row.effective);
    expect(early).toEqual([]);
  });

  it('names each old body at most once per field (and per province, where a row is limited to some)', () => {
    // `[]` is the body's default row, so it is its own key and may appear once beside the field rows.
    const keys = table.agencies.flatMap((row) => {
      const where = (row.provinces ?? ['*']).map((p) => `${row.from}|${p}`);
      const fields = row.fields.length === 0 ? ['*'] : row.fields;
      return where.flatMap((w) => fields.map((f) => `${w}|${f}`));
    });
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(repeated).toEqual([]);
    const provinces = table.provinces.map((row) => row.from);
    expect(provinces.filter((p, i) => provinces.indexOf(p) !== i)).toEqual([]);
  });

  it('keeps source dates, where given, no later than the research date', () => {
    const late = [...rows, table.current]
      .flatMap((row) => row.sources)
      .filter((s) => s.date !== null && s.date > table.asOf)
      .map((s) => s.number);
    expect(late).toEqual([]);
  });
});
