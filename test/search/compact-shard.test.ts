import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { prebuilt } from '../../data/plans/index';
import { createEngine } from '../../src/answer/engine';
import { indicatorNames, prebuildPlan } from '../../src/answer/prebuilt';
import { builtNodes, CompactShard, encodeShard } from '../../src/search/compact-shard';
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

const tree = (m: unknown) => (m as { _index: { _tree: Map<string, unknown> } })._index._tree;
const nodeCount = (m: unknown) => {
  const count = (node: Map<string, unknown>): number =>
    1 +
    [...node.values()].reduce<number>(
      (n, v) => n + (v instanceof Map && !isLeaf(v) ? count(v as Map<string, unknown>) : 0),
      0,
    );
  return count(tree(m));
};
// A leaf's value maps field numbers, a node's maps edge labels.
const isLeaf = (m: Map<unknown, unknown>) => [...m.keys()].some((k) => typeof k === 'number');
const plain = (node: unknown): unknown =>
  node instanceof Map ? new Map([...node].map(([k, v]) => [k, plain(v)])) : node;

describe('CompactShard.load', () => {
  it('builds the MiniSearch object loadJS builds: the same maps, in the same order', () => {
    for (const { docs, loaded, forms } of plans)
      for (const form of forms) {
        const back = new CompactShard(form).load(docs, INDEX_OPTIONS);
        expect(back.toJSON()).toEqual(loaded.toJSON());
        // toJSON flattens the radix tree; its nodes' order decides the order of fuzzy matches.
        // (As plain maps: the loaded nodes read their edges on first use; copying them reads them all.)
        expect(isDeepStrictEqual(plain(tree(back)), tree(loaded))).toBe(true);
        expect(back.search('bao hiem y te').map((h) => h.id)).toEqual(
          loaded.search('bao hiem y te').map((h) => h.id),
        );
      }
  });

  it('builds only the nodes a search walks, and the same hits as the whole tree', () => {
    const biggest = plans.reduce((a, b) => (b.docs.length > a.docs.length ? b : a));
    const [form] = biggest.forms;
    if (!form) throw new Error('no form');
    const back = new CompactShard(form).load(biggest.docs, INDEX_OPTIONS);
    const all = nodeCount(biggest.loaded);
    expect(builtNodes(back)).toBe(0);
    const q = 'tỷ lệ người tham gia bảo hiểm thất nghiệp';
    expect(back.search(q)).toEqual(biggest.loaded.search(q));
    const built = builtNodes(back);
    expect(built).toBeGreaterThan(1);
    expect(built).toBeLessThan(all / 4);
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
