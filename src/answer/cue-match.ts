/**
 * Cue lists as data, matched on whole words of the folded question. A cue is folded words, where
 * `(a|b c)` offers alternatives, `…` stands for a gap of up to `CUE_GAP_WORDS` words and a leading `^`
 * ties the cue to the start: `cueMatcher(['ai (lam|chu tri)'])('dong nai lam gi')` → false, because
 * "ai" there is only the end of "nai".
 */

/**
 * Words a `…` may skip: "quyết định … số mấy" spans "quyết định phê duyệt đề án số mấy", and "nghị quyết … số
 * mấy" spans "nghị quyết hỗ trợ hộ nghèo, cận nghèo Đà Nẵng số mấy" (a subject and a place between).
 */
export const CUE_GAP_WORDS = 9;

/** The folded question as words separated by single spaces: "Đồng Nai làm?" → "dong nai lam". */
export function cueText(folded: string): string {
  return folded.replace(/[^a-z0-9%]+/g, ' ').trim();
}

/** Joins the pieces of a parenthesised group back into one word: `(duoc giao|giao(?! duc))` stays whole. */
function wordsOutsideParens(out: string[], piece: string): string[] {
  const last = out.at(-1);
  const open = (w: string) => (w.match(/\(/g)?.length ?? 0) - (w.match(/\)/g)?.length ?? 0);
  if (last !== undefined && open(last) > 0) out[out.length - 1] = `${last} ${piece}`;
  else out.push(piece);
  return out;
}

function compile(cue: string): RegExp {
  const start = cue.startsWith('^');
  const body = cue
    .replace(/^\^/, '')
    .trim()
    .split(/\s*…\s*/)
    .map((piece) =>
      piece
        .trim()
        .split(/\s+/)
        .reduce(wordsOutsideParens, [])
        .map((w) => (w.startsWith('(') ? `(?:${w.slice(1, -1)})` : w))
        .join(' '),
    )
    .join(`(?: [a-z0-9%]+){0,${CUE_GAP_WORDS}} `);
  return new RegExp(`${start ? '^' : '(?:^| )'}${body}(?= |$)`);
}

/** A test for whether a folded question holds any of `cues` as whole words. */
export function cueMatcher(cues: readonly string[]): (folded: string) => boolean {
  const res = cues.map(compile);
  return (folded) => {
    const text = cueText(folded);
    return res.some((re) => re.test(text));
  };
}
