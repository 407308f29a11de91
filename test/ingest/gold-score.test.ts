import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorePlan } from '../../scripts/gold/compare';
import { BAR, type Floors, failures, floorsOf } from '../../scripts/gold/floors';
import { loadGold } from '../../scripts/gold/load';
import { ingestPlans } from '../../src/ingest/index';
import { rawFiles, root } from '../helpers';

const gold = loadGold(join(root, 'test/gold'));
const floors: Floors = JSON.parse(readFileSync(join(root, 'test/gold/floors.json'), 'utf8'));
const scores = ingestPlans(rawFiles).corpus.plans.map((p) => {
  const g = gold.get(p.plan.sourceFile);
  if (!g) throw new Error(`no gold for ${p.plan.sourceFile}`);
  return scorePlan(p, g.gold);
});

describe('records against the gold annotation', () => {
  it('has a reconciled gold for every bundled plan', () => {
    for (const f of rawFiles) expect(gold.get(f.file)?.provisional, f.file).toBe(false);
  });

  it(`clears ${BAR.precision * 100}% precision and ${BAR.recall * 100}% recall on every field, or the floor measured so far`, () => {
    expect(failures(scores, floors)).toEqual([]);
  });

  it('keeps floors only for fields still below the bar, never above what the records reach', () => {
    const now = floorsOf(scores);
    for (const [file, fields] of Object.entries(floors))
      for (const field of Object.keys(fields))
        expect(
          now[file]?.[field],
          `${file} ${field} clears the bar now: drop its floor (npm run ingest -- --score --floors)`,
        ).toBeDefined();
  });

  it('scores every kind of field on every plan', () => {
    for (const s of scores)
      for (const field of [
        'target',
        'comparator',
        'year',
        'lead',
        'partners',
        'reporting',
        'document',
        'plan number',
      ])
        expect(s.fields[field], `${s.file} ${field}`).toBeDefined();
  });
});
