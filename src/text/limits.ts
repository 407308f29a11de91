/**
 * How much of a caller's text the app reads: questions, the plan filter and the short names in URLs. Work
 * on input stops growing at these caps, so a 40 KB URL costs what a 200-character one does.
 */

/** Longest question the API, the pages and the bots accept, in characters. */
export const MAX_QUESTION_LENGTH = 500;

/** The plan filter's text is read up to this many characters: a filter is a few words ("bhyt ho ngheo"). */
export const MAX_FILTER_LENGTH = 200;

/** …and up to this many words: each word is tested against every row of the plan. */
export const MAX_FILTER_WORDS = 20;

/**
 * A name picked from a list in a URL (`?tinh=Quảng Ninh`, `?co-quan=so-y-te`, `?chi-tieu=bhyt`) is read up
 * to this many characters: the longest agency id today has 40, so a longer one names nothing either way.
 */
export const MAX_NAME_LENGTH = 120;

/** `capped('Quảng Ninh', 5)` → `'Quảng'`; `capped(undefined, 5)` → `''`. The first `max` characters, cheaply. */
export function capped(text: string | undefined, max: number): string {
  return (text ?? '').slice(0, max);
}
