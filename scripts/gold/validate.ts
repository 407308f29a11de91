import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { GoldPlan } from '../../src/schema/gold';

for (const f of process.argv.slice(2)) {
  const r = GoldPlan.safeParse(JSON.parse(readFileSync(f, 'utf8')));
  if (r.success)
    console.log(
      `${f}: ok — ${r.data.targets.length} targets, ${r.data.assignments.length} assignments, ${r.data.reporting.length} reporting, ${r.data.documents.length} documents`,
    );
  else {
    console.log(`${f}: INVALID`);
    console.log(z.prettifyError(r.error));
    process.exitCode = 1;
  }
}
