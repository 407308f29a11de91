/**
 * `npm run ingest`: data/raw/*.txt → data/plans/<plan-id>.json, data/plans/agencies.json, data/plans/index.ts.
 * `--check` writes nothing and fails when the committed output is stale; `--report` prints coverage.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusToday } from '../src/answer/today';
import { ingestPlans } from '../src/ingest/index';
import { scoreAgainstGold } from './gold/compare';
import { BAR, type Floors, failures, floorsOf } from './gold/floors';
import { renderScores } from './gold/report';
import { renderOutputs } from './ingest-output';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const rawDir = join(root, args.find((a) => a.startsWith('--raw='))?.slice(6) ?? 'data/raw');
const outDir = join(root, 'data/plans');
const check = args.includes('--check');
const report = args.includes('--report');
const score = args.includes('--score');

const SIXTH = 'test/fixtures/plans/sixth';
const readPlans = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
const files = readPlans(rawDir);
const result = ingestPlans(files);
const outputs = renderOutputs(result.corpus);

for (const issue of result.issues) console.error(`${issue.file}:${issue.line}: ${issue.message}`);

if (report) {
  for (const r of result.reports) {
    console.log(
      `${r.file} → ${r.planId}: ${r.indicators} chỉ tiêu, ${r.targets} mục tiêu, ${r.tasks} nhiệm vụ, ${r.agencies} cơ quan`,
    );
    for (const u of r.uncovered)
      console.log(`  chưa thành bản ghi (${u.why}): ${r.file}:${u.line}: ${u.text}`);
  }
  // Every body the records name, with what became of it in 2025 (data/succession/table.json).
  const bodies = [
    ...new Set(
      result.corpus.plans.flatMap((p) =>
        [...p.indicators, ...p.tasks].flatMap((r) => [...r.leads, ...r.partners]),
      ),
    ),
  ].sort((a, b) => a.localeCompare(b, 'vi'));
  const LABEL = {
    current: 'còn nguyên',
    succeeded: 'đã có cơ quan kế nhiệm',
    unconfirmed: 'chưa xác nhận',
    group: 'nhóm cơ quan',
  };
  for (const b of bodies) {
    const status = statusToday(b);
    console.log(`  cơ quan hôm nay: ${b} — ${status ? LABEL[status] : 'KHÔNG CÓ TRONG BẢNG KẾ NHIỆM'}`);
  }
  if (result.unknownAgencies.length)
    console.log(`Cơ quan chưa có trong danh mục: ${result.unknownAgencies.join('; ')}`);
}

if (score) {
  const scores = [
    ...scoreAgainstGold(result.corpus.plans, join(root, 'test/gold')),
    // The synthetic sixth plan, in a layout none of the five uses, is scored too but never bundled.
    ...scoreAgainstGold(
      ingestPlans(readPlans(join(root, SIXTH))).corpus.plans,
      join(root, 'test/gold/sixth'),
    ),
  ];
  for (const line of renderScores(scores, !args.includes('--quiet'))) console.log(line);
  const floorsPath = join(root, 'test/gold/floors.json');
  if (args.includes('--floors')) {
    writeFileSync(floorsPath, `${JSON.stringify(floorsOf(scores), null, 2)}\n`);
    console.log('ingest: test/gold/floors.json rewritten from this score.');
  }
  const floors: Floors = existsSync(floorsPath) ? JSON.parse(readFileSync(floorsPath, 'utf8')) : {};
  const below = floorsOf(scores);
  const fields = Object.values(below).reduce((n, f) => n + Object.keys(f).length, 0);
  console.log(
    `Mức chuẩn: precision ≥ ${BAR.precision * 100}%, recall ≥ ${BAR.recall * 100}% mọi trường; ${fields} trường chưa đạt (ghi trong test/gold/floors.json).`,
  );
  const failed = failures(scores, floors);
  for (const f of failed) console.error(`kém hơn mức đã đạt: ${f}`);
  if (failed.length) process.exitCode = 1;
}

const failed = files.length - result.corpus.plans.length;
if (check) {
  const stale = Object.entries(outputs).filter(([name, content]) => {
    const path = join(outDir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== content;
  });
  const extra = existsSync(outDir) ? readdirSync(outDir).filter((f) => !(f in outputs)) : [];
  if (stale.length || extra.length) {
    console.error(
      `data/plans is stale (${[...stale.map(([n]) => n), ...extra].join(', ')}): run npm run ingest and commit.`,
    );
    process.exit(1);
  }
  console.log(`ingest: data/plans is fresh (${result.corpus.plans.length} plans).`);
} else if (!score) {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (!(f in outputs)) rmSync(join(outDir, f));
  for (const [name, content] of Object.entries(outputs)) writeFileSync(join(outDir, name), content);
  console.log(`ingest: ${result.corpus.plans.length}/${files.length} plans written to data/plans.`);
}
if (failed > 0) {
  console.error(`ingest: ${failed} plan(s) could not be read; see the errors above.`);
  process.exit(1);
}
