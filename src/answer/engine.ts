/** The answer engine (placeholder until the retrieval lands): pure, no I/O. */
import type { Corpus } from '../schema/records';
import type { Answer, AskOptions } from './types';

/** An engine over one corpus. */
export interface Engine {
  corpus: Corpus;
  answer(question: string, options: AskOptions): Answer;
}

/** Builds an engine over `corpus`. */
export function createEngine(corpus: Corpus): Engine {
  return {
    corpus,
    answer: () => ({
      text: 'Các kế hoạch hiện có không nói về điều này.',
      found: false,
      intent: 'target',
      items: [],
      sources: [],
      provinces: [],
    }),
  };
}
