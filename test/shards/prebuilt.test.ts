import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine';
import { indicatorNames, prebuiltOf, prebuiltStats } from '../../src/answer/prebuilt';
import { termStats } from '../../src/answer/rank';
import { buildIndex } from '../../src/search/index';
import { corpus, root, TODAY } from '../helpers';

const questions = ['dev.jsonl', 'dev2.jsonl'].flatMap((f) =>
  readFileSync(join(root, 'test/robustness', f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string }),
);

describe('prebuiltStats', () => {
  const index = buildIndex(corpus);
  const nameOf = indicatorNames(corpus);
  const built = termStats(index, nameOf);
  const prebuilt = prebuiltStats(
    index,
    [...prebuiltOf(corpus).values()].map((p) => p()),
    nameOf,
  );

  it('gives every document the term sets termStats gives it, in the same order', () => {
    for (const id of index.docs.keys()) {
      expect([...(prebuilt.terms.get(id) ?? [])]).toEqual([...(built.terms.get(id) ?? [])]);
      expect([...(prebuilt.own.get(id) ?? [])]).toEqual([...(built.own.get(id) ?? [])]);
      expect(prebuilt.names.get(id)).toEqual(built.names.get(id));
    }
    expect(prebuilt.terms.size).toBe(built.terms.size);
  });

  it('gives every term the idf, phrase-ness and cohesion termStats gives it', () => {
    const terms = new Set([...built.terms.values()].flatMap((s) => [...s]));
    for (const t of [...terms, 'khong_co_tu_nay', 'constructor']) {
      expect(prebuilt.idf(t)).toBeCloseTo(built.idf(t), 12);
      expect(prebuilt.known(t)).toBe(built.known(t));
      expect(prebuilt.cohesion(t)).toBeCloseTo(built.cohesion(t), 12);
    }
  });
});

describe('createEngine with prebuilt plans', () => {
  it('answers every dev question exactly as the engine built at start', () => {
    const built = createEngine(corpus);
    const prebuilt = createEngine(corpus, prebuiltOf(corpus));
    expect(questions.length).toBeGreaterThan(100);
    for (const { q } of questions)
      expect(prebuilt.answer(q, { today: TODAY })).toEqual(built.answer(q, { today: TODAY }));
  });

  it('loads only the shards a question searches', () => {
    const read: string[] = [];
    const all = prebuiltOf(corpus);
    const watched = new Map(
      [...all].map(([id, plan]) => [
        id,
        () => {
          const p = plan();
          return {
            ...p,
            get index() {
              read.push(id);
              return p.index;
            },
          };
        },
      ]),
    );
    const engine = createEngine(corpus, watched);
    engine.answer('Quảng Ninh phấn đấu tỷ lệ lao động qua đào tạo đạt bao nhiêu?', { today: TODAY });
    expect(read).toEqual(['quang-ninh-91-2021']);
  });
});
