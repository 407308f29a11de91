/**
 * Rule: Vietnamese shortens a body's name to the first letters of its syllables, whole or after the word(s) saying
 * what kind of body it is: "NHCSXH" (Ngân hàng Chính sách xã hội), "Cục TK" (Cục Thống kê), "Ban DT" (Ban Dân
 * tộc), "Bộ CHQS". A question's word written so — letters without a vowel, which no Vietnamese syllable is —
 * that stands for exactly one body the plans name is read as that body's name. Bodies come from the corpus, so a
 * new plan's bodies are read the same way; "và" and the place word a name ends with ("tỉnh") are not spelled.
 */
import type { Corpus } from '../schema/records';
import { fold } from '../text/normalize';
import { ABBREVIATIONS, AGENCY_SHORTHANDS } from '../text/vocabulary';
import { SHORTHAND } from './shorthand';

/** Folded words of a name, "và" and a closing "tỉnh" / "thành phố" left out. */
function nameWords(name: string): string[] {
  const w = fold(name)
    .split(/[^a-z0-9]+/)
    .filter((x) => x && x !== 'va');
  while (w.at(-1) === 'tinh') w.pop();
  if (w.at(-2) === 'thanh' && w.at(-1) === 'pho') w.splice(-2);
  return w;
}

const initials = (words: readonly string[]) => words.map((w) => w[0]).join('');

/** Letters with no vowel: no syllable, so an abbreviation. */
const UNSPOKEN = /^[b-df-hj-np-tv-xz]{2,8}$/;

// Abbreviations the vocabulary already spells out ("LĐTBXH", "HĐND", "SYT") are read there, as before.
const LISTED = new Set(
  [...Object.keys(ABBREVIATIONS), ...Object.keys(AGENCY_SHORTHANDS), ...Object.keys(SHORTHAND)].map((k) =>
    fold(k).replace(/[^a-z0-9]+/g, ''),
  ),
);

// Folded "so" is both "sở" and "số": "số NV", "các sở TP" (thành phố) are no department's initials, so "sở"
// and its initials are read by the hand-made shorthand only.
const AMBIGUOUS_HEADS = new Set(['so']);

/**
 * Each way a body's name is shortened, as folded words, → the name's own words: "cuc tk" → "cuc thong ke",
 * "nhcsxh" → "ngan hang chinh sach xa hoi". A shortening two bodies share stands for neither.
 */
export function initialForms(names: readonly string[]): Map<string, string> {
  const forms = new Map<string, string | null>();
  const add = (form: string, words: string[]) => {
    const full = words.join(' ');
    const had = forms.get(form);
    forms.set(form, had === undefined || had === full ? full : null);
  };
  for (const name of names) {
    const w = nameWords(name);
    if (w.length < 3 || w[0] === 'cac') continue;
    for (const head of [1, 2]) {
      const rest = w.slice(head);
      if (rest.length >= 2 && !AMBIGUOUS_HEADS.has(w[0] ?? ''))
        add(`${w.slice(0, head).join(' ')} ${initials(rest)}`, w);
    }
    // Whole only: the initials of what follows the kind word name a field as well ("KHCN" is khoa học công nghệ).
    const whole = initials(w);
    if (whole.length >= 4 && UNSPOKEN.test(whole)) add(whole, w);
  }
  // A variant spelling of one body ("Nông Nghiệp", "nông nghiệp") gives the same words; two bodies do not.
  return new Map([...forms].filter((e): e is [string, string] => e[1] !== null));
}

const formsOf = new WeakMap<Corpus, Map<string, string>>();

/** The corpus's bodies by their shortened names (`initialForms`), worked out once per corpus. */
function corpusForms(corpus: Corpus): Map<string, string> {
  let forms = formsOf.get(corpus);
  if (!forms) {
    forms = initialForms(corpus.agencies.flatMap((a) => [a.name, ...a.aliases]));
    formsOf.set(corpus, forms);
  }
  return forms;
}

/**
 * A folded question with the bodies it names by their initials written out: `spellInitials('cuc tk tinh dong nai
 * bao cao gi', corpus)` → "cuc thong ke tinh dong nai bao cao gi". The longest shortening that ends at an
 * unspoken word wins.
 */
export function spellInitials(folded: string, corpus: Corpus): string {
  const words = folded.split(' ');
  if (!words.some((w) => UNSPOKEN.test(w))) return folded;
  const forms = corpusForms(corpus);
  const out: string[] = [];
  for (const word of words) {
    let done = false;
    if (UNSPOKEN.test(word) && !LISTED.has(word))
      for (const head of [2, 1, 0]) {
        if (out.length < head) continue;
        const full = forms.get([...out.slice(out.length - head), word].join(' '));
        if (!full) continue;
        out.splice(out.length - head, head);
        // "Ngân hàng NHCSXH": the name's first words, written out before its initials, are not said twice.
        const fw = full.split(' ');
        for (let k = Math.min(fw.length - 1, out.length); k > 0; k--)
          if (out.slice(out.length - k).join(' ') === fw.slice(0, k).join(' ')) {
            out.splice(out.length - k, k);
            break;
          }
        out.push(full);
        done = true;
        break;
      }
    if (!done) out.push(word);
  }
  return out.join(' ');
}
