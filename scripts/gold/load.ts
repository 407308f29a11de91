/**
 * Reads the gold: `test/gold/<stem>.json` where a plan's passes are reconciled, else its first pass
 * (`test/gold/passes/<stem>.a[.<part>].json`, parts merged), marked provisional.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { GoldPlan } from '../../src/schema/gold';

export interface LoadedGold {
  gold: GoldPlan;
  /** True while only one pass exists: the numbers are indicative until the passes are reconciled. */
  provisional: boolean;
}

/** Several parts of one plan's pass → one gold: entries and covered ranges concatenated. */
export function mergeParts(parts: GoldPlan[]): GoldPlan {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeParts: no part');
  const all: GoldPlan = { ...first, covers: [...first.covers], targets: [...first.targets] };
  all.assignments = [...first.assignments];
  all.reporting = [...first.reporting];
  all.documents = [...first.documents];
  for (const p of rest) {
    all.covers.push(...p.covers);
    all.plan ??= p.plan;
    all.targets.push(...p.targets);
    all.assignments.push(...p.assignments);
    all.reporting.push(...p.reporting);
    all.documents.push(...p.documents);
  }
  return all;
}

function read(path: string): GoldPlan {
  const parsed = GoldPlan.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every plan's gold under `dir` (default `test/gold`), keyed by the raw file name; `passesOnly` reads one pass. */
export function loadGold(dir: string, pass = 'a', passesOnly = false): Map<string, LoadedGold> {
  const out = new Map<string, LoadedGold>();
  if (!existsSync(dir)) return out;
  // floors.json beside the gold holds the score's floors, not a plan.
  const finals = passesOnly ? [] : readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'floors.json');
  for (const f of finals.sort()) {
    const gold = read(join(dir, f));
    out.set(gold.file, { gold, provisional: false });
  }
  const passes = join(dir, 'passes');
  if (!existsSync(passes)) return out;
  const parts = new Map<string, GoldPlan[]>();
  for (const f of readdirSync(passes).sort()) {
    const m = /^(.+)\.([a-z])(?:\.\d+)?\.json$/.exec(f);
    if (!m?.[1] || m[2] !== pass) continue;
    const file = `${m[1]}.txt`;
    if (out.has(file)) continue;
    parts.set(file, [...(parts.get(file) ?? []), read(join(passes, f))]);
  }
  for (const [file, ps] of parts) out.set(file, { gold: mergeParts(ps), provisional: true });
  return out;
}
