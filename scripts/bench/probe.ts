/**
 * The cold-start probe, run as a fresh `node --expose-gc` process (bundled to plain JS first, so no
 * transpiler is timed). It loads one module and answers one question, and prints its timings as JSON.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What the parent asks the probe to do. */
export interface ProbeRequest {
  /**
   * `core`: a bundle of src/corpus.ts, corpus inside; `worker`: the deployable Worker script, asked
   * through its `fetch`; `files`: a bundle of the engine, with the corpus (and a prebuilt index, when
   * `indexPath` is given) read from files, as a Worker would from KV or R2.
   */
  mode: 'core' | 'worker' | 'files';
  modulePath: string;
  corpusPath?: string;
  indexPath?: string;
  question: string;
  today: string;
}

/** What the probe prints: milliseconds since the probe started importing, and its memory at the end. */
export interface ProbeResult {
  loadMs: number;
  /** The Worker's start-up warm-up (`warmUp` of src/corpus.ts, when the module has one; `core` only). */
  warmUpMs: number;
  /** Reading and parsing the corpus, reading the index (`files` only). */
  readMs: number;
  /** From the loaded module to the first answer: building the engine and answering. */
  firstAnswerMs: number;
  totalMs: number;
  heapBytes: number;
  rssBytes: number;
}

type Engine = { answer(q: string, o: { today: string }): { text: string } };
type CreateEngine = (corpus: unknown, prebuiltIndex?: string) => Engine;

async function firstAnswer(
  request: ProbeRequest,
  mod: Record<string, unknown>,
  getEngine: () => Engine,
): Promise<number> {
  const start = performance.now();
  if (request.mode === 'worker') {
    const app = mod.default as { fetch(r: Request, env: object, ctx: object): Promise<Response> };
    const ctx = { waitUntil: () => {}, passThroughOnException: () => {} };
    const url = `http://127.0.0.1/api/ask?q=${encodeURIComponent(request.question)}`;
    const response = await app.fetch(new Request(url), { TODAY: request.today }, ctx);
    await response.text();
    if (response.status !== 200) throw new Error(`the Worker answered ${response.status}`);
  } else {
    getEngine().answer(request.question, { today: request.today });
  }
  return performance.now() - start;
}

async function main(request: ProbeRequest): Promise<ProbeResult> {
  const t0 = performance.now();
  const mod = (await import(pathToFileURL(request.modulePath).href)) as Record<string, unknown>;
  const loadMs = performance.now() - t0;
  // src/index.ts calls it in the Worker's global scope; the core bundle leaves it to its caller.
  const warmUp = request.mode === 'core' ? (mod.warmUp as ((today: string) => void) | undefined) : undefined;
  const tw = performance.now();
  warmUp?.(request.today);
  const warmUpMs = performance.now() - tw;
  let readMs = 0;
  let getEngine = mod.getEngine as () => Engine;
  if (request.mode === 'files' && request.corpusPath) {
    const t1 = performance.now();
    const corpus = JSON.parse(readFileSync(request.corpusPath, 'utf8')) as unknown;
    const index = request.indexPath ? readFileSync(request.indexPath, 'utf8') : undefined;
    readMs = performance.now() - t1;
    const create = mod.createEngine as CreateEngine;
    let engine: Engine | undefined;
    getEngine = () => {
      engine ??= create(corpus, index);
      return engine;
    };
  }
  const firstAnswerMs = await firstAnswer(request, mod, getEngine);
  const totalMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { loadMs, warmUpMs, readMs, firstAnswerMs, totalMs, heapBytes: heapUsed, rssBytes: rss };
}

const request = JSON.parse(process.argv[2] ?? '{}') as ProbeRequest;
process.stdout.write(`${JSON.stringify(await main(request))}\n`);
