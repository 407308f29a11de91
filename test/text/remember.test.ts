import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/text/remember';

describe('remembered', () => {
  it('computes each input once and keeps at most `kept` inputs, the oldest dropped first', () => {
    const calls: string[] = [];
    const loud = remembered((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect([loud('a'), loud('a'), loud('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    loud('c'); // drops 'a'
    expect(loud('b')).toBe('B');
    expect(loud('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
