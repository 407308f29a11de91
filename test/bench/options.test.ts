import { describe, expect, it } from 'vitest';
import { parseBenchOptions, USAGE } from '../../scripts/bench/options';

describe('npm run bench options', () => {
  it('answers --help with nothing to run, so the script prints the usage', () => {
    expect(parseBenchOptions(['--help'])).toBeNull();
    expect(parseBenchOptions(['-h'])).toBeNull();
  });

  it('refuses an unknown or bad option with the usage, not a stack of parseArgs internals', () => {
    expect(() => parseBenchOptions(['--rnds', '3'])).toThrow(USAGE);
    expect(() => parseBenchOptions(['--rounds', '0'])).toThrow(/--rounds must be a positive integer/);
    expect(() => parseBenchOptions(['--only', 'latency,speed'])).toThrow(/unknown speed/);
  });

  it('reads the sections and numbers asked for', () => {
    const options = parseBenchOptions(['--only', 'latency', '--corpora', 'real', '--rounds', '5']);
    expect(options && [...options.sections]).toEqual(['latency']);
    expect(options && [...options.corpora]).toEqual(['real']);
    expect(options?.rounds).toBe(5);
  });
});
