/**
 * One answer's rankings share their searches: the hits of a search over every kind of record, narrowed to
 * targets, must be what a search over targets alone finds, ranked the same.
 */
import { describe, expect, it } from 'vitest';
import { type Ask, type EngineContext, lookups, search } from '../../src/answer/context';
import { lookupTerms, termStats } from '../../src/answer/rank';
import { understand } from '../../src/answer/understand';
import { analyze } from '../../src/search/analyze';
import { buildIndex } from '../../src/search/index';
import { corpus } from '../helpers';

const index = buildIndex(corpus);
const found = lookups(corpus);
const ctx: EngineContext = {
  corpus,
  index,
  stats: termStats(index, (id) => {
    const f = found.records.get(id);
    return f?.kind === 'indicator' ? f.record.name : undefined;
  }),
  ...found,
};
const askOf = (q: string): Ask => ({ q: understand(q, corpus), scope: corpus.plans, today: '2026-11-23' });
const shown = (cs: ReturnType<typeof search>) => cs.map((c) => [c.doc.id, c.rank, c.coverage, c.precision]);

describe('searches shared within one answer', () => {
  it.each([
    'Chỉ tiêu tỷ lệ dân số tham gia BHYT do đơn vị nào chủ trì?',
    'Sở nào chủ trì hướng dẫn, giám sát việc dùng quỹ đất xây nhà ở xã hội?',
    'trợ giúp pháp lý cho người nghèo đến 2030 phải đạt bao nhiêu %?',
  ])('«%s»: targets after every kind = targets alone', (q) => {
    const shared = askOf(q);
    const all = search(ctx, shared, shared.q.topic, ['indicator', 'task']);
    const narrowed = search(ctx, shared, shared.q.topic, ['indicator']);
    const fresh = askOf(q);
    const alone = search(ctx, fresh, fresh.q.topic, ['indicator']);
    expect(all.some((c) => c.doc.kind === 'task')).toBe(true);
    expect(narrowed.every((c) => c.doc.kind === 'indicator')).toBe(true);
    expect(shown(narrowed)).toEqual(shown(alone));
  });

  it('never serves a narrower search to a wider one', () => {
    const shared = askOf('Chỉ tiêu tỷ lệ dân số tham gia BHYT do đơn vị nào chủ trì?');
    search(ctx, shared, shared.q.topic, ['indicator']);
    const wide = search(ctx, shared, shared.q.topic, ['indicator', 'task']);
    const fresh = askOf('Chỉ tiêu tỷ lệ dân số tham gia BHYT do đơn vị nào chủ trì?');
    expect(shown(wide)).toEqual(shown(search(ctx, fresh, fresh.q.topic, ['indicator', 'task'])));
    expect(wide.some((c) => c.doc.kind === 'task')).toBe(true);
  });

  it('keeps another scope apart', () => {
    const shared = askOf('tỷ lệ BHYT');
    search(ctx, shared, shared.q.topic, ['indicator']);
    const one = search(ctx, { ...shared, scope: corpus.plans.slice(0, 1) }, shared.q.topic, ['indicator']);
    expect(new Set(one.map((c) => c.doc.planId))).toEqual(new Set([corpus.plans[0]?.plan.id]));
  });
});

// MiniSearch looks up a topic's rarest terms; a bigram no record holds ("o_nuoc" from "ở nước ngoài") is the
// rarest of all and finds nothing, so it must not take the place of a word that finds the record.
describe('the terms looked up', () => {
  it('skip bigrams no record holds, keeping the words that find records', () => {
    const topic = 'nguoi di lam viec o nuoc ngoai theo hop dong thi vay von qua dau';
    const terms = lookupTerms(topic, ctx.stats);
    const absent = analyze(topic).filter((t) => t.includes('_') && ctx.stats.cohesion(t) === 0);
    expect(absent.length).toBeGreaterThan(0);
    expect(terms.filter((t) => absent.includes(t))).toEqual([]);
    expect(terms.length).toBeGreaterThan(4);
  });
});
