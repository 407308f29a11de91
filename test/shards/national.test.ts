import { describe, expect, it } from 'vitest';
import { generateNational } from '../../scripts/national/generate';
import { SizedLru } from '../../src/library/lru';
import { NationalLibrary, type ShardBucket } from '../../src/library/national';
import { MANIFEST_KEY, type Manifest, shardsOf } from '../../src/library/shards';
import { corpus, TODAY } from '../helpers';

const national = generateNational(corpus, {
  provinces: ['An Giang', 'Bắc Giang', 'Cà Mau'],
  plansPerProvince: 1,
  seed: 7,
});
const files = shardsOf(national, 'test1');
const bucketOf = (store: Map<string, string>): ShardBucket => ({
  get: async (key) => {
    const text = store.get(key);
    return text === undefined ? null : { text: async () => text };
  },
});

describe('shardsOf', () => {
  it('writes one shard per province under the version, and a manifest naming them', () => {
    const manifest = JSON.parse(files.get(MANIFEST_KEY) ?? '') as Manifest;
    expect(manifest.version).toBe('test1');
    expect(manifest.provinces.map((e) => e.province)).toEqual(['An Giang', 'Bắc Giang', 'Cà Mau']);
    for (const e of manifest.provinces) {
      expect(e.key).toMatch(/^v\/test1\/[a-z-]+\.json$/);
      expect(files.get(e.key)?.length).toBeGreaterThan(1000);
      expect(e.plans.every((p) => p.province === e.province)).toBe(true);
    }
    expect([...files.keys()].at(-1)).toBe(MANIFEST_KEY);
  });
});

describe('NationalLibrary', () => {
  it('reads only the shard of the province asked about, once', async () => {
    const library = new NationalLibrary(bucketOf(files));
    const a = await library.answer('tỷ lệ BHYT Bắc Giang bao nhiêu', { today: TODAY });
    expect(a?.provinces).toEqual(['Bắc Giang']);
    expect(a?.text).toContain('Bắc Giang');
    await library.answer('tỷ lệ hộ nghèo ở Bắc Giang', { today: TODAY });
    expect(library.reads).toEqual([MANIFEST_KEY, 'v/test1/bac-giang.json']);
  });

  it('answers as an engine over that province alone would', async () => {
    const { createEngine } = await import('../../src/answer/engine');
    const { corpusOf } = await import('../../src/library/shards');
    const library = new NationalLibrary(bucketOf(files));
    const q = 'Cà Mau tỷ lệ lao động qua đào tạo bao nhiêu';
    const alone = createEngine(corpusOf(national, ['Cà Mau'])).answer(q, { today: TODAY });
    expect(await library.answer(q, { today: TODAY })).toEqual(alone);
  });

  it('answers a figure question naming no province from the summary, reading no shard', async () => {
    const library = new NationalLibrary(bucketOf(files));
    const a = await library.answer('tỷ lệ BHYT mục tiêu bao nhiêu', { today: TODAY });
    expect(a?.found).toBe(true);
    expect(a?.text).toMatch(/kế hoạch của 3 tỉnh, thành phố/);
    expect(a?.text).toContain('Bạn hỏi lại kèm tên tỉnh');
    expect(library.reads).toEqual([MANIFEST_KEY, 'v/test1/summary.json']);
    // Every figure quoted is a plan's own target, at the line its source names.
    for (const item of a?.items ?? []) {
      const record = national.plans.flatMap((p) => p.indicators).find((i) => i.id === item.id);
      expect(record?.source).toEqual(expect.objectContaining({ lineStart: item.source.lineStart }));
      expect(record?.targets.some((t) => item.line.includes(t.text))).toBe(true);
      expect(item.line).toContain(`KH ${item.source.planNumber}`);
    }
  });

  it('gives no national range for a province the data lacks', async () => {
    const library = new NationalLibrary(bucketOf(files));
    const a = await library.answer('tỷ lệ BHYT Điện Biên bao nhiêu', { today: TODAY });
    expect(a?.found).toBe(false);
    expect(library.reads).toEqual([MANIFEST_KEY]);
  });

  it('asks for a province when the question names none and is no figure question', async () => {
    const library = new NationalLibrary(bucketOf(files));
    const a = await library.answer('Sở Y tế làm gì', { today: TODAY });
    expect(a?.found).toBe(false);
    expect(a?.text).toContain('An Giang, Bắc Giang, Cà Mau');
    expect(library.reads).toEqual([MANIFEST_KEY]);
  });

  it("uses the chat's province when the question names none", async () => {
    const library = new NationalLibrary(bucketOf(files));
    const a = await library.answer('tỷ lệ BHYT bao nhiêu', { today: TODAY, province: 'An Giang' });
    expect(a?.provinces).toEqual(['An Giang']);
    expect(library.reads).toEqual([MANIFEST_KEY, 'v/test1/an-giang.json']);
  });

  it('gives null without a manifest, so the bundled plans answer', async () => {
    const library = new NationalLibrary(bucketOf(new Map()));
    expect(await library.answer('tỷ lệ BHYT Bắc Giang', { today: TODAY })).toBeNull();
  });

  it('reads the manifest again after its time to live, and a new version loads new shards', async () => {
    const store = new Map(files);
    let now = 0;
    const library = new NationalLibrary(bucketOf(store), { manifestTtlMs: 1000, now: () => now });
    await library.answer('BHYT An Giang', { today: TODAY });
    for (const [k, v] of shardsOf(national, 'test2')) store.set(k, v);
    now = 2000;
    await library.answer('BHYT An Giang', { today: TODAY });
    expect(library.reads.filter((k) => k.endsWith('an-giang.json'))).toEqual([
      'v/test1/an-giang.json',
      'v/test2/an-giang.json',
    ]);
  });

  it('keeps the cached engines within its byte bound', async () => {
    const library = new NationalLibrary(bucketOf(files), { maxBytes: 1 });
    await library.answer('BHYT An Giang', { today: TODAY });
    await library.answer('BHYT Cà Mau', { today: TODAY });
    expect(library.stats().cache.keys).toEqual(['test1:Cà Mau']);
  });
});

describe('SizedLru', () => {
  it('evicts the least recently used entries past its bound', () => {
    const lru = new SizedLru<number>(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    lru.get('a');
    lru.set('c', 3, 4);
    expect(lru.stats()).toEqual({ keys: ['a', 'c'], bytes: 8 });
    lru.set('a', 4, 4);
    expect(lru.get('a')).toBe(4);
    expect(lru.stats().bytes).toBe(8);
  });
});
