/** The secret comparison every webhook relies on. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeEqual } from '../../src/channels/webhook-guards';

describe('safeEqual', () => {
  it('accepts only the exact secret', () => {
    expect(safeEqual('tg-secret', 'tg-secret')).toBe(true);
    for (const wrong of ['', 'tg-secreT', 'tg-secre', 'tg-secret ', 'tg-secret\u0000', 'xg-secret']) {
      expect(safeEqual(wrong, 'tg-secret'), JSON.stringify(wrong)).toBe(false);
    }
    expect(safeEqual('bí-mật', 'bí-mật')).toBe(true);
    expect(safeEqual('bi-mat', 'bí-mật')).toBe(false);
    // Different lone surrogates: a UTF-8 encoder turns both into U+FFFD.
    expect(safeEqual('a\uD800', 'a\uD801')).toBe(false);
  });

  it('agrees with === on any pair of strings', () => {
    // Full Unicode, lone surrogates included: equality must hold for every JS string, not just valid UTF-16.
    const text = fc.string({ unit: 'binary' });
    fc.assert(fc.property(text, text, (a, b) => safeEqual(a, b) === (a === b)));
    fc.assert(fc.property(text, (a) => safeEqual(a, a)));
    fc.assert(
      fc.property(text, fc.string({ unit: 'binary', minLength: 1 }), (a, extra) => !safeEqual(a + extra, a)),
    );
  });
});
