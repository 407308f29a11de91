/** The printed table and `bench/results.json`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { BenchOptions } from './options';
import type { CorpusResult } from './run-corpus';
import { formatBytes, formatMs } from './stats';
import type { WorkerResult } from './workerd';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  machine: { node: string; cpu: string; cores: number };
  options: Omit<BenchOptions, 'sections' | 'corpora'> & { sections: string[]; corpora: string[] };
  /** `wrangler dev` with an empty corpus: what starting the tooling costs without our data. */
  baseline?: WorkerResult;
  corpora: Partial<Record<'real' | 'national', CorpusResult>>;
}

type Cell = (r: CorpusResult) => string | undefined;
interface Row {
  label: string;
  cell: Cell;
  /** Per corpus, since the targets differ for 5 plans and for the national corpus. */
  target?: Partial<Record<'real' | 'national', string>>;
}

const ms = (value: number | undefined) => (value === undefined ? undefined : formatMs(value));
const bytes = (value: number | undefined) => (value === undefined ? undefined : formatBytes(value));

function rows(baseline?: WorkerResult): Row[] {
  const scriptStartup = (r: CorpusResult) =>
    r.worker && baseline ? ms(r.worker.readyMs - baseline.readyMs) : undefined;
  return [
    { label: 'plans / indicators+tasks', cell: (r) => `${r.corpus.plans} / ${r.corpus.records}` },
    { label: 'corpus JSON', cell: (r) => bytes(r.corpus.jsonBytes) },
    { label: 'answer p50 (in-process)', cell: (r) => ms(r.latency?.p50), target: { real: '< 1 ms' } },
    { label: 'answer p95', cell: (r) => ms(r.latency?.p95) },
    {
      label: 'answer p99',
      cell: (r) => ms(r.latency?.p99),
      target: { real: '< 5 ms', national: '< 10 ms' },
    },
    { label: 'answers found', cell: (r) => r.latency && `${Math.round(r.latency.foundShare * 100)}%` },
    {
      label: 'cold: core import→1st answer',
      cell: (r) => ms(r.cold?.core?.totalMs),
      target: { real: '< 50 ms', national: '< 300 ms' },
    },
    { label: 'cold: Worker script→1st answer', cell: (r) => ms(r.cold?.workerScript?.totalMs) },
    { label: 'cold: engine + corpus file', cell: (r) => ms(r.cold?.corpusFile?.totalMs) },
    {
      label: 'heap after 1st answer (core)',
      cell: (r) => bytes(r.cold?.core?.heapBytes),
      target: { national: '< 64 MB' },
    },
    { label: 'heap (engine + corpus file)', cell: (r) => bytes(r.cold?.corpusFile?.heapBytes) },
    {
      label: 'bundle raw / gzip',
      cell: (r) => r.bundle && `${formatBytes(r.bundle.raw)} / ${formatBytes(r.bundle.gzip)}`,
      target: { real: '< 1 MB gzip', national: 'paid limit' },
    },
    { label: 'workerd: spawn→/health 200', cell: (r) => ms(r.worker?.readyMs) },
    { label: 'workerd: script startup (− empty)', cell: scriptStartup },
    { label: 'workerd: 1st /api/ask', cell: (r) => ms(r.worker?.firstAskMs) },
    { label: 'workerd: 2nd /api/ask', cell: (r) => ms(r.worker?.secondAskMs) },
    { label: 'workerd RSS after 1st answer', cell: (r) => bytes(r.worker?.rssBytes) },
    {
      label: 'HTTP req/s',
      cell: (r) => r.worker?.http && String(Math.round(r.worker.http.requestsPerSecond)),
    },
    {
      label: 'HTTP p50 / p99',
      cell: (r) => r.worker?.http && `${r.worker.http.p50} / ${r.worker.http.p99} ms`,
    },
    {
      label: 'HTTP non-2xx / errors',
      cell: (r) =>
        r.worker?.http && `${r.worker.http.non2xx} / ${r.worker.http.errors + r.worker.http.timeouts}`,
      target: { real: '0', national: '0' },
    },
  ];
}

/** The table as text: one row per measurement, a column per corpus, the target beside it. */
export function formatTable(results: BenchResults): string {
  const names = (['real', 'national'] as const).filter((name) => results.corpora[name]);
  const header = ['', ...names, 'target (real / national)'];
  const body = rows(results.baseline)
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
  return { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
}

/** Writes the results as JSON. */
export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
