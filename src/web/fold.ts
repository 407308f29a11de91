/** The word form the web's matching uses, on top of the bot's normalizer. */
import { fold } from '../text/normalize';

/** Folded words joined by single spaces, punctuation dropped: `foldWords('Sở LĐ-TB&XH')` → `'so ld tb xh'`. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
