/** The bot's normalizer, plus the word form the web's phrase matching uses. */
import { fold } from '../search/normalize';

export { fold };

/** Folded words joined by single spaces, punctuation dropped: `foldWords('Sở LĐ-TB&XH')` → `'so ld tb xh'`. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
