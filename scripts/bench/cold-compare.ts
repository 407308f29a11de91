/**
 * `npx tsx scripts/bench/cold-compare.ts [--baseline <git ref>] [--runs 3]`: the first `/api/ask` of a
 * fresh isolate in workerd and the bundle size, for this tree and for `baseline` (default: the commit
 * before the prebuilt shards), in the same run, so the ratio holds on a noisy machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundle } from './bundle';
import { checkout } from './checkout';
import { REPO_ROOT } from './stage';
import { measureWorker } from './workerd';

const { values } = parseArgs({
  options: { baseline: { type: 'string', default: '5e2cb92' }, runs: { type: 'string', default: '3' } },
});
const QUESTIONS = {
  'named province': 'Quảng Ninh phấn đấu tỷ lệ lao động qua đào tạo đạt bao nhiêu % vậy ạ?',
  'no province': 'tỷ lệ BHYT mục tiêu bao nhiêu',
};

const tmp = await mkdtemp(join(tmpdir(), 'cam-ket-cold-'));
try {
  const trees = { before: await checkout(values.baseline, join(tmp, 'before')), now: REPO_ROOT };
  const rows: string[] = [];
  const measured: Record<string, Record<string, number>> = { before: {}, now: {} };
  for (const [name, dir] of Object.entries(trees)) {
    const bundle = await measureBundle(dir, join(tmp, `dist-${name}`));
    const m = measured[name] ?? {};
    m.gzipKB = bundle.gzip / 1024;
    for (const [label, q] of Object.entries(QUESTIONS)) {
      const r = await measureWorker(dir, bundle.mainPath, [{ q, provinces: [] }], {
        runs: Number(values.runs),
      });
      m[`first /api/ask, ${label} (ms)`] = r.firstAskMs;
      m[`second /api/ask, ${label} (ms)`] = r.secondAskMs;
    }
    console.log(name, m);
  }
  rows.push('| measure | before | now | now / before |', '|---|---|---|---|');
  for (const key of Object.keys(measured.now ?? {})) {
    const [b = 0, n = 0] = [measured.before?.[key], measured.now?.[key]];
    rows.push(`| ${key} | ${b.toFixed(1)} | ${n.toFixed(1)} | ${(n / b).toFixed(2)} |`);
  }
  console.log(
    `\nbaseline ${values.baseline}, ${values.runs} fresh starts each (medians)\n${rows.join('\n')}`,
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
