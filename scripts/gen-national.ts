/**
 * `npm run gen:national -- --provinces 63 --plans 3 [--seed 20261123] [--out bench/national/corpus.json]`:
 * writes a synthetic national corpus varied from the real plans in data/plans. Never writes into data/.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpus } from '../data/plans/index';
import { PROVINCES } from '../src/text/vocabulary';
import { generateNational, NATIONAL_DEFAULTS } from './national/generate';
import { NATIONAL_PATH, writeNational } from './national/store';

const { values } = parseArgs({
  options: {
    provinces: { type: 'string', default: String(PROVINCES.length) },
    plans: { type: 'string', default: String(NATIONAL_DEFAULTS.plansPerProvince) },
    seed: { type: 'string', default: String(NATIONAL_DEFAULTS.seed) },
    out: { type: 'string', default: NATIONAL_PATH },
  },
});

const provinceCount = Number(values.provinces);
const plansPerProvince = Number(values.plans);
const seed = Number(values.seed);
if (
  ![provinceCount, plansPerProvince, seed].every(Number.isInteger) ||
  provinceCount < 1 ||
  plansPerProvince < 1
) {
  console.error('Usage: npm run gen:national -- --provinces 63 --plans 3 [--seed N] [--out file]');
  process.exit(2);
}
const out = resolve(values.out);
if (relative(resolve(import.meta.dirname, '../data'), out).split(/[\\/]/)[0] !== '..') {
  console.error('Refusing to write synthetic data under data/: the real corpus stays real.');
  process.exit(2);
}
if (corpus.plans.length === 0) {
  console.error('data/plans is empty: run `npm run ingest` first.');
  process.exit(1);
}

const national = generateNational(corpus, {
  provinces: PROVINCES.slice(0, provinceCount),
  plansPerProvince,
  seed,
});
const bytes = await writeNational(national, out);
const records = national.plans.reduce((n, p) => n + p.indicators.length + p.tasks.length, 0);
console.log(
  `${relative(process.cwd(), out)}: ${national.plans.length} synthetic plans (${national.provinces.length} provinces × ${plansPerProvince}), ` +
    `${records} indicators and tasks, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed}`,
);
