/** The printed table and `bench/results.json`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import type { BenchOptions } from './options';
import { tableRows } from './report-rows';
import type { CorpusResult } from './run-corpus';
import type { WorkerResult } from './workerd';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  /** `load` is the 1/5/15-minute load average when the run started: other work skews the numbers. */
  machine: { node: string; cpu: string; cores: number; load: number[] };
  options: Omit<BenchOptions, 'sections' | 'corpora'> & { sections: string[]; corpora: string[] };
  /** `wrangler dev` with an empty corpus: what starting the tooling costs without our data. */
  baseline?: WorkerResult;
  corpora: Partial<Record<'real' | 'national', CorpusResult>>;
  /** CPU ms per request of each page type after warm-up (`scripts/bench/pages.ts`), target < 10 ms. */
  pages?: Record<string, Record<'cpu', { p50: number; p90: number }>>;
}

/** The table as text: one row per measurement, a column per corpus, the target beside it. */
export function formatTable(results: BenchResults): string {
  const names = (['real', 'national'] as const).filter((name) => results.corpora[name]);
  const header = ['', ...names, 'target (real / national)'];
  const body = tableRows(results.baseline)
    .map((row) => {
      const cells = names.map((name) => {
        const corpus = results.corpora[name];
        return corpus ? (row.cell(corpus) ?? '') : '';
      });
      const target = row.target ? `${row.target.real ?? '—'} / ${row.target.national ?? '—'}` : '';
      return [row.label, ...cells, target];
    })
    .filter((cells) => cells.slice(1, -1).some(Boolean));
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((cells) => (cells[i] ?? '').length)));
  return table.map((cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

/** Machine facts for the results file. */
export function machine(): BenchResults['machine'] {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Writes the results as JSON. */
export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
