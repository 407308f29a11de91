/**
 * The Vietnamese normalizer shared by ingest, index and query: what a citizen types and what the plan
 * says must meet in the same form.
 */

// Old-style tone placement ("hoà", "thuỷ") → the form most plans use ("hòa", "thủy"), only at the end of a
// syllable ("hoàn" is not "hòan"). Both forms fold to the same ASCII anyway; this keeps exact matching stable.
const TONE_PLACEMENT: ReadonlyArray<[RegExp, string]> = [
  [/oà(?![a-zà-ỹ])/g, 'òa'],
  [/oá(?![a-zà-ỹ])/g, 'óa'],
  [/oả(?![a-zà-ỹ])/g, 'ỏa'],
  [/oã(?![a-zà-ỹ])/g, 'õa'],
  [/oạ(?![a-zà-ỹ])/g, 'ọa'],
  [/oè(?![a-zà-ỹ])/g, 'òe'],
  [/oé(?![a-zà-ỹ])/g, 'óe'],
  [/oẻ(?![a-zà-ỹ])/g, 'ỏe'],
  [/oẽ(?![a-zà-ỹ])/g, 'õe'],
  [/oẹ(?![a-zà-ỹ])/g, 'ọe'],
  [/uỳ(?![a-zà-ỹ])/g, 'ùy'],
  [/uý(?![a-zà-ỹ])/g, 'úy'],
  [/uỷ(?![a-zà-ỹ])/g, 'ủy'],
  [/uỹ(?![a-zà-ỹ])/g, 'ũy'],
  [/uỵ(?![a-zà-ỹ])/g, 'ụy'],
];

/** NFC, lower case, one tone placement: `normalize('Hoà BÌNH')` → `'hoà bình'`. */
export function normalize(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  for (const [from, to] of TONE_PLACEMENT) s = s.replace(from, to);
  return s;
}

const NOT_ASCII = /\P{ASCII}/u;

/** Diacritics folded away, đ→d: `fold('Đồng Nai')` → `'dong nai'`. */
export function fold(text: string): string {
  // Most texts folded are folded already (keys, earlier folds): ASCII has nothing to take away.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * Search tokens: folded syllables with numbers kept whole ("87,5" → "87.5", "10.000" → "10000").
 * `tokens('Tỷ lệ BHYT đạt 87,5%')` → `['ty', 'le', 'bhyt', 'dat', '87.5']`.
 */
export function tokens(text: string): string[] {
  const folded = fold(text)
    // Thousands separators: "10.000" → "10000"; decimal commas: "87,5" → "87.5".
    .replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2')
    .replace(/(\d),(\d)/g, '$1.$2');
  // "tỷ lệ" / "tỉ lệ", "bác sỹ" / "bác sĩ": a final y after a consonant is the same sound as i.
  // "05 tuổi" and "5 tuổi", "02 buổi" and "2 buổi" are the same figure.
  // (The cheap checks first: most syllables end in neither y nor start with 0.)
  return (folded.match(/[a-z0-9]+(?:\.[0-9]+)?/g) ?? []).map((t) =>
    t.endsWith('y') && /^(?:b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)y$/.test(t)
      ? `${t.slice(0, -1)}i`
      : t.startsWith('0')
        ? t.replace(/^0+(?=\d)/, '')
        : t,
  );
}

/**
 * A Telex leftover read back to its syllable, folded: "tyr" → "ty", "leej" → "le", "ddoongf" → "dong",
 * "nghieepj" → "nghiep", "muwcs" → "muc". Returns the input when it has no Telex marks.
 */
export function detelex(word: string): string {
  let w = word;
  // A final tone key (s f r x j) after a vowel or a final consonant cluster.
  w = w.replace(/^([a-z]*[aeiouy][a-z]*?)[sfrxj]$/, '$1');
  w = w
    .replace(/^dd/, 'd')
    .replace(/aa|aw/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo|ow/g, 'o')
    .replace(/uw/g, 'u');
  // A tone key typed mid-word ("tyrle" is rare; "vieetj" is handled above).
  return w;
}
