/** Prints a gold score: one table per plan (precision, recall per field), then every disagreement. */
import { type PlanScore, precisionOf, recallOf } from './compare';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/** Lines of the report for `npm run ingest -- --score`. */
export function renderScores(scores: (PlanScore & { provisional: boolean })[], verbose: boolean): string[] {
  const out: string[] = [];
  for (const s of scores) {
    out.push(`${s.file}${s.provisional ? ' (một lượt chú giải, chưa đối chiếu)' : ''}`);
    out.push(`  ${'trường'.padEnd(18)} precision  recall   (bản ghi đúng/bản ghi, chuẩn đúng/chuẩn)`);
    for (const [name, f] of Object.entries(s.fields)) {
      out.push(
        `  ${name.padEnd(18)} ${pct(precisionOf(f))}  ${pct(recallOf(f))}   (${f.recordsRight}/${f.records}, ${f.goldRight}/${f.gold})`,
      );
    }
    if (verbose)
      for (const d of s.disagreements)
        out.push(`  ${s.file}:${d.line}: ${d.field}: chuẩn «${d.gold}» ≠ bản ghi «${d.record}»`);
  }
  return out;
}
