/**
 * `npx tsx scripts/bench/cold-compare.ts [--baseline <git ref>] [--runs 3] [--now <dir>]`: the first `/api/ask` of a
 * fresh isolate in workerd and the bundle size, for this tree and for `baseline` (default: the commit
 * before the prebuilt shards), in the same run and taking turns, so the ratio holds on a noisy machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundle } from './bundle';
import { checkout } from './checkout';
import { bundleForNode, bundleProbe, measureNodeCold } from './node-cold';
import { REPO_ROOT } from './stage';
import { median } from './stats';
import { measureWorker } from './workerd';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string', default: '5e2cb92' },
    runs: { type: 'string', default: '3' },
    // Another working copy to measure as "now" (e.g. HEAD plus one's own files, without others' edits).
    now: { type: 'string', default: REPO_ROOT },
  },
});
const QUESTIONS = {
  'named province': 'Quảng Ninh phấn đấu tỷ lệ lao động qua đào tạo đạt bao nhiêu % vậy ạ?',
  'no province': 'tỷ lệ BHYT mục tiêu bao nhiêu',
};

const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-cold-'));
try {
  const trees = { before: await checkout(values.baseline, join(tmp, 'before')), now: values.now };
  const names = Object.keys(trees) as (keyof typeof trees)[];
  const samples: Record<string, Record<string, number[]>> = { before: {}, now: {} };
  const add = (name: string, key: string, value: number) => {
    const m = samples[name] ?? {};
    m[key] = [...(m[key] ?? []), value];
    samples[name] = m;
  };
  const bundles = new Map<string, string>();
  const cores = new Map<string, string>();
  for (const name of names) {
    const bundle = await measureBundle(trees[name], join(tmp, `dist-${name}`));
    add(name, 'Worker bundle, gzip (KB)', bundle.gzip / 1024);
    bundles.set(name, bundle.mainPath);
    cores.set(
      name,
      await bundleForNode(join(trees[name], 'src/corpus.ts'), join(tmp, `node-${name}/core.mjs`)),
    );
  }
  const probePath = await bundleProbe(tmp);
  // The builds take turns, run by run (and which goes first alternates), so that a busy spell of the
  // machine falls on both alike.
  for (let run = 0; run < Number(values.runs); run++) {
    for (const name of run % 2 ? [...names].reverse() : names) {
      for (const [label, q] of Object.entries(QUESTIONS)) {
        const r = await measureWorker(trees[name], bundles.get(name) ?? '', [{ q, provinces: [] }], {
          runs: 1,
        });
        add(name, `first /api/ask, ${label} (ms)`, r.firstAskMs);
        add(name, `second /api/ask, ${label} (ms)`, r.secondAskMs);
      }
      // The isolate's start-up, which workerd does before /health answers: a fresh Node process loads the
      // engine's module, runs the warm-up the Worker's global scope runs (none before it existed), answers.
      const node = await measureNodeCold(
        probePath,
        {
          mode: 'core',
          modulePath: cores.get(name) ?? '',
          question: QUESTIONS['named province'],
          today: '2026-11-23',
        },
        1,
      );
      add(name, 'Node: module load (ms)', node.loadMs);
      add(name, 'Node: start-up warm-up (ms)', node.warmUpMs);
      add(name, 'Node: first answer after start-up (ms)', node.firstAnswerMs);
      add(name, 'Node: load + warm-up + first answer (ms)', node.totalMs);
    }
    console.log(`run ${run + 1}`, JSON.stringify(samples));
  }
  const rows = ['| measure | before | now | now / before |', '|---|---|---|---|'];
  for (const key of Object.keys(samples.now ?? {})) {
    const [b, n] = [median(samples.before?.[key] ?? []), median(samples.now?.[key] ?? [])];
    rows.push(`| ${key} | ${b.toFixed(1)} | ${n.toFixed(1)} | ${(n / b).toFixed(2)} |`);
  }
  console.log(
    `\nbaseline ${values.baseline}, ${values.runs} fresh starts each, interleaved (medians)\n${rows.join('\n')}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
