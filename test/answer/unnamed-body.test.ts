import { describe, expect, it } from 'vitest';
import { namesWholeRowFirst } from '../../src/answer/intents/agency';
import { unnamedBodyIn } from '../../src/answer/understand';
import type { Corpus } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { ask, corpus } from '../helpers';

describe('unnamedBodyIn', () => {
  it('finds a body the corpus never names, with or without diacritics', () => {
    expect(unnamedBodyIn(fold('Liên đoàn Lao động tỉnh làm gì?'), corpus)?.name).toBe('Liên đoàn Lao động');
    expect(unnamedBodyIn('hoi nong dan duoc giao gi', corpus)).toMatchObject({
      name: 'Hội Nông dân',
      sociopolitical: true,
    });
  });

  it('says nothing when a plan names the body, or when the question names none', () => {
    const task = corpus.plans[0]?.tasks[0];
    if (!task) throw new Error('corpus has no task');
    const naming: Corpus = {
      ...corpus,
      plans: [
        {
          ...(corpus.plans[0] as Corpus['plans'][number]),
          tasks: [{ ...task, leads: ['Hội Nông dân tỉnh'] }],
        },
      ],
    };
    expect(unnamedBodyIn('hoi nong dan duoc giao gi', naming)).toBeNull();
    expect(unnamedBodyIn('so y te duoc giao gi', corpus)).toBeNull();
    // "hỏi" folds to "hoi": only the whole name counts.
    expect(unnamedBodyIn('cho toi hoi nong thon bhyt bao nhieu', corpus)).toBeNull();
  });
});

// A target named whole that names no body is the answer, not a neighbouring target that names one.
describe('namesWholeRowFirst', () => {
  const row = (kind: string, coverage: number, precision = 0.5) => ({ doc: { kind }, coverage, precision });
  it('prefers a target named whole, covering the question at least as well, to another target with a body', () => {
    expect(namesWholeRowFirst(row('indicator', 0.69, 0.91), row('indicator', 0.66))).toBe(true);
  });
  it('not when it covers less, names less of itself, the other is named whole too, or is a duty', () => {
    expect(namesWholeRowFirst(row('indicator', 0.6, 0.91), row('indicator', 0.66))).toBe(false);
    expect(namesWholeRowFirst(row('indicator', 0.7, 0.5), row('indicator', 0.66))).toBe(false);
    expect(namesWholeRowFirst(row('indicator', 0.7, 0.91), row('task', 0.66))).toBe(false);
    expect(namesWholeRowFirst(row('indicator', 0.7, 0.91), row('indicator', 0.66, 0.85))).toBe(false);
    expect(namesWholeRowFirst(row('indicator', 0.59, 0.91), row('indicator', 0.42, 0.93))).toBe(true);
  });
  it('answers "… DTTS do sở nào phụ trách?" with the row that names no body, never a neighbour\'s body', () => {
    const a = ask('Đồng Nai chỉ tiêu giảm hộ nghèo đồng bào DTTS do sở nào phụ trách?');
    expect(a.text).toMatch(/không ghi cơ quan chủ trì/);
    expect(a.text).toContain('0,15');
    expect(a.text).not.toMatch(/Bảo hiểm xã hội tỉnh|Chủ trì: Sở/);
    const both = ask(
      'Đồng Nai chỉ tiêu giảm hộ nghèo đồng bào DTTS mỗi năm là bao nhiêu và sở nào phụ trách?',
    );
    expect(both.found).toBe(true);
    expect(both.text).toContain('0,15');
  });
});
