/**
 * Diacritics folding for the web filters, until `src/search/normalize.ts` lands on main; then this file
 * re-exports it. Kept byte-compatible with the client copy in `client/fold.ts` (a test checks both).
 */

/** Diacritics folded away, đ→d, lower case: `fold('Bảo hiểm Y TẾ')` → `'bao hiem y te'`. */
export function fold(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // NFD does not decompose đ/Đ (TOOLCHAIN.md).
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .normalize('NFC')
  );
}

/** Folded words joined by single spaces, punctuation dropped: `foldWords('Sở LĐ-TB&XH')` → `'so ld tb xh'`. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
