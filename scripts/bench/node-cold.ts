/** Cold start in Node: fresh processes that load a bundled module and answer one question. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { ProbeRequest, ProbeResult } from './probe';
import { again, median } from './stats';

const run = promisify(execFile);

/** Bundles `entry` (TypeScript) into one minified ESM file for Node; returns its path. */
export async function bundleForNode(entry: string, outFile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  return outFile;
}

/** Bundles the probe itself into `dir`; returns its path. */
export function bundleProbe(dir: string): Promise<string> {
  return bundleForNode(join(import.meta.dirname, 'probe.ts'), join(dir, 'probe.mjs'));
}

/** Medians of up to `runs` fresh probe processes (fewer past 60 s). */
export async function measureNodeCold(
  probePath: string,
  request: ProbeRequest,
  runs: number,
): Promise<ProbeResult & { runs: number }> {
  const results: ProbeResult[] = [];
  const since = performance.now();
  while (again(results.length, runs, since, 60_000)) {
    const { stdout } = await run(process.execPath, ['--expose-gc', probePath, JSON.stringify(request)], {
      maxBuffer: 1 << 20,
    });
    // The probe's result is its last line; anything the bundle printed before it is not ours.
    const last = stdout.trim().split('\n').pop() ?? '';
    results.push(JSON.parse(last) as ProbeResult);
  }
  const pick = (key: keyof ProbeResult) => median(results.map((r) => r[key]));
  return {
    runs: results.length,
    loadMs: pick('loadMs'),
    warmUpMs: pick('warmUpMs'),
    readMs: pick('readMs'),
    firstAnswerMs: pick('firstAnswerMs'),
    totalMs: pick('totalMs'),
    heapBytes: pick('heapBytes'),
    rssBytes: pick('rssBytes'),
  };
}
