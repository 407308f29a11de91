import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAgainstGold } from '../../scripts/gold/compare';
import { BAR, type Floors, failures, floorsOf } from '../../scripts/gold/floors';
import { loadGold } from '../../scripts/gold/load';
import { ingestPlans } from '../../src/ingest/index';
import { rawFiles, root } from '../helpers';

const gold = loadGold(join(root, 'test/gold'));
const floors: Floors = JSON.parse(readFileSync(join(root, 'test/gold/floors.json'), 'utf8'));
const sixthDir = join(root, 'test/fixtures/plans/sixth');
const sixth = readdirSync(sixthDir).map((file) => ({
  file,
  text: readFileSync(join(sixthDir, file), 'utf8'),
}));
const scores = [
  ...scoreAgainstGold(ingestPlans(rawFiles).corpus.plans, join(root, 'test/gold')),
  ...scoreAgainstGold(ingestPlans(sixth).corpus.plans, join(root, 'test/gold/sixth')),
];

describe('records against the gold annotation', () => {
  it('has a reconciled gold for every bundled plan, and scores the synthetic sixth plan too', () => {
    for (const f of rawFiles) expect(gold.get(f.file)?.provisional, f.file).toBe(false);
    expect(scores.map((s) => s.file)).toEqual([...rawFiles.map((f) => f.file), ...sixth.map((f) => f.file)]);
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
