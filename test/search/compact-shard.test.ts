import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { prebuilt } from '../../data/plans/index';
import { createEngine } from '../../src/answer/engine';
import { indicatorNames, prebuildPlan } from '../../src/answer/prebuilt';
import { CompactShard, encodeShard } from '../../src/search/compact-shard';
import { documentsOf } from '../../src/search/documents';
import { INDEX_OPTIONS, loadShard } from '../../src/search/index';
import { corpus, root, TODAY } from '../helpers';

const questions = ['dev.jsonl', 'dev2.jsonl'].flatMap((f) =>
  readFileSync(join(root, 'test/robustness', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string }),
);

const nameOf = indicatorNames(corpus);
const plans = corpus.plans.map((p) => {
  const { df, index } = prebuildPlan(p, nameOf);
  const docs = documentsOf({ plans: [p], agencies: [] });
  const loaded = loadShard(index);
  const shard = encodeShard(loaded, docs, df);
  // As the bundle holds it (frequencies and postings as JSON text) and as R2's shards give it (parsed).
  const forms = [{ ...shard, df: JSON.stringify(shard.df), index: JSON.stringify(shard.index) }, shard];
  return { id: p.plan.id, df, docs, loaded, forms };
});

describe('CompactShard.load', () => {
  it('builds the MiniSearch object loadJS builds: the same maps, in the same order', () => {
    for (const { docs, loaded, forms } of plans)
      for (const form of forms) {
        const back = new CompactShard(form).load(docs, INDEX_OPTIONS);
        expect(back.toJSON()).toEqual(loaded.toJSON());
        // toJSON flattens the radix tree; its nodes' order decides the order of fuzzy matches.
        const tree = (m: unknown) => (m as { _index: { _tree: unknown } })._index._tree;
        expect(isDeepStrictEqual(tree(back), tree(loaded))).toBe(true);
        expect(back.search('bao hiem y te').map((h) => h.id)).toEqual(
          loaded.search('bao hiem y te').map((h) => h.id),
        );
      }
  });

  it('refuses documents in another order than the shard', () => {
    const [first] = plans;
    if (!first) throw new Error('no plan');
    expect(() => encodeShard(first.loaded, [...first.docs].reverse(), first.df)).toThrow(/order/);
  });
});

describe('CompactShard.frequency', () => {
  it('gives every term the document frequency ingest counted, and 0 to others', () => {
    for (const { df, forms } of plans)
      for (const form of forms) {
        const shard = new CompactShard(form);
        for (const [t, n] of Object.entries(df)) {
          expect(shard.frequency(t)).toBe(n);
          // A prefix or an extension of a term walks into the tree and out again.
          for (const near of [t.slice(0, -1), `${t}a`]) expect(shard.frequency(near)).toBe(df[near] ?? 0);
        }
        expect(shard.frequency('')).toBe(0);
        expect(shard.frequency('khong_co_tu_nay')).toBe(0);
        expect(shard.frequency('constructor')).toBe(0);
      }
  });
});

describe('the bundled plans (data/plans/*.prebuilt.ts)', () => {
  it('answer every dev question as the engine built at start', () => {
    const built = createEngine(corpus);
    const bundled = createEngine(corpus, prebuilt);
    expect(questions.length).toBeGreaterThan(100);
    for (const { q } of questions)
      expect(bundled.answer(q, { today: TODAY })).toEqual(built.answer(q, { today: TODAY }));
  });
});
