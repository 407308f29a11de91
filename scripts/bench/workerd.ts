/** Cold start and load of the Worker in workerd (`wrangler dev --local`), repeated on fresh processes. */
import { askPaths, type HttpResult, loadTest } from './http-load';
import { startLocalWorker } from './local-worker';
import type { DevQuestion } from './questions';
import { again, median } from './stats';

/** Medians over `runs` fresh starts, plus the load on the last one. */
export interface WorkerResult {
  runs: number;
  /** Spawn → first `/health` 200: wrangler and workerd starting, then the script's global scope. */
  readyMs: number;
  /** The first `/api/ask` of a fresh isolate: the engine is built on first use, then it answers. */
  firstAskMs: number;
  /** Spawn → first `/api/ask` 200. */
  toFirstAnswerMs: number;
  /** The next `/api/ask`, for comparison with the first. */
  secondAskMs: number;
  /** workerd's resident memory after the first answer (all isolates, wrangler's helpers included). */
  rssBytes: number;
  http?: HttpResult;
}

async function timedGet(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

/** Starts the built `script` up to `runs` times (fewer past 2 min); the last start also takes the HTTP load. */
export async function measureWorker(
  projectDir: string,
  script: string,
  questions: readonly DevQuestion[],
  options: { runs: number; load?: { durationS: number; connections: number } },
): Promise<WorkerResult> {
  const paths = askPaths(questions.map((question) => question.q));
  const [first = '/api/ask?q=x', second = first] = paths;
  const runs: Omit<WorkerResult, 'runs' | 'http'>[] = [];
  let http: HttpResult | undefined;
  const since = performance.now();
  for (let run = 0; again(run, options.runs, since, 120_000); run++) {
    const worker = await startLocalWorker(projectDir, script);
    try {
      const firstAskMs = await timedGet(worker.url + first);
      const secondAskMs = await timedGet(worker.url + second);
      runs.push({
        readyMs: worker.readyMs,
        firstAskMs,
        toFirstAnswerMs: worker.readyMs + firstAskMs,
        secondAskMs,
        rssBytes: await worker.rss(),
      });
      const last = !again(run + 1, options.runs, since, 120_000);
      if (last && options.load) http = await loadTest(worker.url, paths, options.load);
    } finally {
      await worker.stop();
    }
  }
  const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
  return {
    runs: runs.length,
    readyMs: pick('readyMs'),
    firstAskMs: pick('firstAskMs'),
    toFirstAnswerMs: pick('toFirstAnswerMs'),
    secondAskMs: pick('secondAskMs'),
    rssBytes: pick('rssBytes'),
    http,
  };
}
