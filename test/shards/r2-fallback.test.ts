import { describe, expect, it } from 'vitest';
import { generateNational } from '../../scripts/national/generate';
import app from '../../src/app';
import { NationalLibrary, type ShardBucket } from '../../src/library/national';
import { MANIFEST_KEY, shardsOf } from '../../src/library/shards';
import { corpus, TODAY } from '../helpers';

const files = shardsOf(
  generateNational(corpus, { provinces: ['An Giang', 'Cà Mau'], plansPerProvince: 1, seed: 3 }),
  'r2test',
);

/** A bucket whose reads fail while `down()` says so, as R2 does now and then. */
const flakyBucket = (down: () => boolean): ShardBucket => ({
  get: async (key) => {
    if (down()) throw new Error(`R2 get ${key}: internal error`);
    const text = files.get(key);
    return text === undefined ? null : { text: async () => text };
  },
});

describe('a failing read of the manifest', () => {
  it('gives null while no manifest is known, so the bundled plans answer', async () => {
    let down = true;
    const library = new NationalLibrary(flakyBucket(() => down));
    expect(await library.answer('tỷ lệ BHYT An Giang', { today: TODAY })).toBeNull();
    expect(library.stats().failedReads).toBe(1);
    // The failure is not remembered: the next question reads the manifest again.
    down = false;
    const a = await library.answer('tỷ lệ BHYT An Giang', { today: TODAY });
    expect(a?.provinces).toEqual(['An Giang']);
  });

  it('keeps the manifest already known when a later read fails', async () => {
    let [down, now] = [false, 0];
    const library = new NationalLibrary(
      flakyBucket(() => down),
      { manifestTtlMs: 1000, now: () => now },
    );
    const before = await library.answer('tỷ lệ BHYT Cà Mau', { today: TODAY });
    [down, now] = [true, 5000];
    expect(await library.answer('tỷ lệ BHYT Cà Mau', { today: TODAY })).toEqual(before);
    expect(library.stats().failedReads).toBe(1);
    expect(library.reads.filter((k) => k === MANIFEST_KEY)).toHaveLength(2);
  });
});

describe('GET /api/ask with R2 failing', () => {
  it('answers 200 from the bundled plans, as without a bucket', async () => {
    const q = '/api/ask?q=t%E1%BB%B7%20l%E1%BB%87%20BHYT%20Qu%E1%BA%A3ng%20Ninh';
    const bundled = await app.request(q, {}, { TODAY });
    const failing = await app.request(q, {}, { TODAY, PLANS: flakyBucket(() => true) });
    expect(failing.status).toBe(200);
    expect(await failing.json()).toEqual(await bundled.json());
  });
});
