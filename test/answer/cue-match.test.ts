import { describe, expect, it } from 'vitest';
import { CUE_GAP_WORDS, cueMatcher, cueText } from '../../src/answer/cue-match';

describe('cueText', () => {
  it('keeps words and percent signs, one space apart', () => {
    expect(cueText('dong nai lam gi?? 95 %')).toBe('dong nai lam gi 95 %');
  });
});

describe('cueMatcher', () => {
  it('matches whole words only: "ai lam" is not inside "dong nai lam"', () => {
    const m = cueMatcher(['ai lam']);
    expect(m('dong nai lam gi de giam ngheo')).toBe(false);
    expect(m('ai lam viec nay')).toBe(true);
  });

  it('offers alternatives in parentheses', () => {
    const m = cueMatcher(['(so|co quan|don vi) nao']);
    expect(m('co quan nao chu tri')).toBe(true);
    expect(m('don vi nao')).toBe(true);
    expect(m('so nao')).toBe(true);
    expect(m('nao so')).toBe(false);
  });

  it(`lets "…" skip up to ${CUE_GAP_WORDS} words`, () => {
    const m = cueMatcher(['quyet dinh … so may']);
    expect(m('quyet dinh phe duyet de an so may')).toBe(true);
    expect(m(`quyet dinh ${'x '.repeat(CUE_GAP_WORDS + 1)}so may`)).toBe(false);
  });

  it('ties a cue with "^" to the start', () => {
    const m = cueMatcher(['^help']);
    expect(m('help')).toBe(true);
    expect(m('can help')).toBe(false);
  });
});
