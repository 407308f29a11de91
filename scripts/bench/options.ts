/** The benchmark's command line: `npm run bench -- --only latency,http --corpora real --rounds 50`. */
import { parseArgs } from 'node:util';
import { DEV_QUESTIONS_PATH } from './questions';

/** Every section, in the order it runs. */
export const SECTIONS = ['index', 'latency', 'bundle', 'cold', 'worker', 'http', 'shards', 'pages'] as const;
/** One section of the benchmark. */
export type Section = (typeof SECTIONS)[number];

/** Parsed options with the defaults the README's numbers used. */
export interface BenchOptions {
  sections: Set<Section>;
  corpora: Set<'real' | 'national'>;
  questionsPath: string;
  /** Rounds over the dev questions for the in-process latency. */
  rounds: number;
  /** Repetitions of each index build and load (median). */
  indexRuns: number;
  /** Fresh Node processes per cold-start probe. */
  coldRuns: number;
  /** Fresh `wrangler dev` starts per corpus. */
  workerRuns: number;
  durationS: number;
  connections: number;
  out: string;
}

/** What `npm run bench -- --help` prints, and every refused option with it. */
export const USAGE = `npm run bench -- [--only ${SECTIONS.join(',')}] [--corpora real,national]
  [--rounds 20] [--index-runs 3] [--cold-runs 5] [--worker-runs 3] [--duration 10] [--connections 50]
  [--questions ../shared/eval/dev.jsonl] [--out bench/results.json]`;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer\n${USAGE}`);
  return value;
}

function listOf<T extends string>(name: string, text: string, allowed: readonly T[]): Set<T> {
  const items = text.split(',').filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (unknown.length > 0) throw new Error(`--${name}: unknown ${unknown.join(', ')}\n${USAGE}`);
  return new Set(items as T[]);
}

/** Reads `argv` (without node and the script); `null` for `--help`. Throws with the usage on a bad option. */
export function parseBenchOptions(argv: string[]): BenchOptions | null {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(argv);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return null;
  return {
    sections: listOf('only', values.only, SECTIONS),
    corpora: listOf('corpora', values.corpora, ['real', 'national'] as const),
    questionsPath: values.questions,
    rounds: positive('rounds', values.rounds),
    indexRuns: positive('index-runs', values['index-runs']),
    coldRuns: positive('cold-runs', values['cold-runs']),
    workerRuns: positive('worker-runs', values['worker-runs']),
    durationS: positive('duration', values.duration),
    connections: positive('connections', values.connections),
    out: values.out,
  };
}

function readArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      only: { type: 'string', default: SECTIONS.join(',') },
      corpora: { type: 'string', default: 'real,national' },
      questions: { type: 'string', default: DEV_QUESTIONS_PATH },
      rounds: { type: 'string', default: '20' },
      'index-runs': { type: 'string', default: '3' },
      'cold-runs': { type: 'string', default: '5' },
      'worker-runs': { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      out: { type: 'string', default: 'bench/results.json' },
    },
  });
}
