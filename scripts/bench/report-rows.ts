/** The rows of the printed table: what each measurement is called, where it is read, and its target. */
import type { CorpusResult, DeliveryResult } from './run-corpus';
import { formatBytes, formatMs } from './stats';
import type { WorkerResult } from './workerd';

/** One printed row; `target` per corpus, since the targets differ for 5 plans and for ≈190. */
export interface Row {
  label: string;
  cell: (r: CorpusResult) => string | undefined;
  target?: { real?: string; national?: string };
}

const ms = (value: number | undefined) => (value === undefined ? undefined : formatMs(value));
const bytes = (value: number | undefined) => (value === undefined ? undefined : formatBytes(value));
const pair = (a: string | undefined, b: string | undefined) => (a && b ? `${a} / ${b}` : undefined);
const rawGzip = (s: { raw: number; gzip: number } | undefined) => s && pair(bytes(s.raw), bytes(s.gzip));

function deliveryRows(
  name: string,
  pick: (r: CorpusResult) => DeliveryResult | undefined,
  baseline?: WorkerResult,
): Row[] {
  const startup = (w?: WorkerResult) => (w && baseline ? ms(w.readyMs - baseline.readyMs) : undefined);
  return [
    {
      label: `${name}: bundle raw / gzip`,
      cell: (r) => rawGzip(pick(r)?.bundle),
      target: { real: '< 1 MB gzip', national: '≤ 10 MB gz (paid)' },
    },
    {
      label: `${name}: Node core → 1st answer`,
      cell: (r) => ms(pick(r)?.core?.totalMs),
      target: { real: '< 50 ms', national: '< 300 ms' },
    },
    { label: `${name}: Node Worker script → 1st`, cell: (r) => ms(pick(r)?.workerScript?.totalMs) },
    {
      label: `${name}: heap after 1st answer`,
      cell: (r) => bytes(pick(r)?.core?.heapBytes),
      target: { national: '< 64 MB' },
    },
    { label: `${name}: workerd startup (− empty)`, cell: (r) => startup(pick(r)?.worker) },
    { label: `${name}: workerd 1st /api/ask`, cell: (r) => ms(pick(r)?.worker?.firstAskMs) },
    { label: `${name}: workerd 2nd /api/ask`, cell: (r) => ms(pick(r)?.worker?.secondAskMs) },
    { label: `${name}: workerd RSS`, cell: (r) => bytes(pick(r)?.worker?.rssBytes) },
  ];
}

/** Every row, in print order; rows with no value for any corpus are dropped by the printer. */
export function tableRows(baseline?: WorkerResult): Row[] {
  return [
    { label: 'plans / indicators+tasks', cell: (r) => `${r.corpus.plans} / ${r.corpus.records}` },
    { label: 'corpus JSON', cell: (r) => bytes(r.corpus.jsonBytes) },
    { label: 'index: docs', cell: (r) => r.index && String(r.index.docs) },
    {
      label: 'index: build / loadJSON',
      cell: (r) => r.index && pair(ms(r.index.buildMs), ms(r.index.loadMs)),
    },
    {
      label: 'engine: build / from prebuilt',
      cell: (r) => r.index && pair(ms(r.index.engineBuildMs), ms(r.index.engineLoadMs)),
    },
    {
      label: 'heap: index built / loaded',
      cell: (r) => r.index && pair(bytes(r.index.heap.index), bytes(r.index.heap.loadedIndex)),
    },
    { label: 'heap: whole engine', cell: (r) => bytes(r.index?.heap.engine) },
    { label: 'index JSON raw / gzip', cell: (r) => rawGzip(r.index?.serialized) },
    { label: 'answer p50 (in-process)', cell: (r) => ms(r.latency?.p50), target: { real: '< 1 ms' } },
    { label: 'answer p95', cell: (r) => ms(r.latency?.p95) },
    { label: 'answer p99', cell: (r) => ms(r.latency?.p99), target: { real: '< 5 ms', national: '< 10 ms' } },
    { label: 'answers found', cell: (r) => r.latency && `${Math.round(r.latency.foundShare * 100)}%` },
    ...deliveryRows('built', (r) => r.built, baseline),
    ...deliveryRows('prebuilt', (r) => r.prebuilt, baseline),
    {
      label: 'shards: count / all stored gzip',
      cell: (r) => r.shards && `${r.shards.shards} / ${bytes(r.shards.stored.gzip)}`,
    },
    {
      label: 'shard: largest corpus+index gzip',
      cell: (r) => r.shards && bytes(r.shards.largest.corpus.gzip + r.shards.largest.index.gzip),
    },
    {
      label: 'shard: answer p50 / p99',
      cell: (r) => r.shards && pair(ms(r.shards.latency.p50), ms(r.shards.latency.p99)),
      target: { national: 'p99 < 10 ms' },
    },
    {
      label: 'shard: read+load → 1st answer',
      cell: (r) => ms(r.shards?.cold.totalMs),
      target: { national: '< 300 ms' },
    },
    { label: 'shard: read+build → 1st answer', cell: (r) => ms(r.shards?.coldBuild.totalMs) },
    {
      label: 'shard: heap after 1st answer',
      cell: (r) => bytes(r.shards?.cold.heapBytes),
      target: { national: '< 64 MB' },
    },
    {
      label: 'HTTP req/s',
      cell: (r) => r.built?.worker?.http && String(Math.round(r.built.worker.http.requestsPerSecond)),
    },
    {
      label: 'HTTP p50 / p99',
      cell: (r) => r.built?.worker?.http && `${r.built.worker.http.p50} / ${r.built.worker.http.p99} ms`,
    },
    {
      label: 'HTTP non-2xx / errors',
      cell: (r) => {
        const http = r.built?.worker?.http;
        return http && `${http.non2xx} / ${http.errors + http.timeouts}`;
      },
      target: { real: '0', national: '0' },
    },
  ];
}
