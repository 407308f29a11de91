/**
 * The bar records must clear against the gold: 98% precision and 97% recall on every field of every plan
 * (the records issue's acceptance), except where `test/gold/floors.json` records a lower measured value
 * that the parser has not reached yet. Floors only go up: a field that clears the bar leaves the file.
 */
import { type FieldScore, type PlanScore, precisionOf, recallOf } from './compare';

/** The bar every field must clear. */
export const BAR = { precision: 0.98, recall: 0.97 } as const;

/** `{ [file]: { [field]: { precision, recall } } }`: measured values below the bar, to be raised. */
export type Floors = Record<string, Record<string, { precision: number; recall: number }>>;

const down = (x: number) => Math.floor(x * 1000) / 1000;

/** The floors a score implies: each field below the bar at its measured value, rounded down to 0.1%. */
export function floorsOf(scores: PlanScore[]): Floors {
  const out: Floors = {};
  for (const s of scores) {
    for (const [field, f] of Object.entries(s.fields)) {
      const precision = precisionOf(f);
      const recall = recallOf(f);
      if (precision >= BAR.precision && recall >= BAR.recall) continue;
      out[s.file] ??= {};
      (out[s.file] as Floors[string])[field] = {
        precision: Math.min(BAR.precision, down(precision)),
        recall: Math.min(BAR.recall, down(recall)),
      };
    }
  }
  return out;
}

/** What a field must reach: the bar, or its recorded floor where one is lower. */
export function barFor(floors: Floors, file: string, field: string): { precision: number; recall: number } {
  return floors[file]?.[field] ?? BAR;
}

/** Fields of a score that fall below what they must reach: `['002…txt document: precision 71.0% < 80.0%']`. */
export function failures(scores: PlanScore[], floors: Floors): string[] {
  const out: string[] = [];
  for (const s of scores) {
    for (const [field, f] of Object.entries(s.fields) as [string, FieldScore][]) {
      const bar = barFor(floors, s.file, field);
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      if (precisionOf(f) < bar.precision)
        out.push(`${s.file} ${field}: precision ${pct(precisionOf(f))} < ${pct(bar.precision)}`);
      if (recallOf(f) < bar.recall)
        out.push(`${s.file} ${field}: recall ${pct(recallOf(f))} < ${pct(bar.recall)}`);
    }
  }
  return out;
}
