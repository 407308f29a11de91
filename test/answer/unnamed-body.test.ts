import { describe, expect, it } from 'vitest';
import { unnamedBodyIn } from '../../src/answer/understand';
import type { Corpus } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { corpus } from '../helpers';

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
