/**
 * The analyzer shared by index and query: folded syllables, syllable bigrams (so "bảo hiểm y tế" is a
 * phrase, not four words) and the domain's abbreviations and synonyms expanded both ways.
 */
import { tokens } from '../text/normalize';
import { ABBREVIATIONS, FOLDED_HOMOGRAPHS, SYNONYMS } from '../text/vocabulary';

const phrase = (text: string) => tokens(text).join(' ');

// abbreviation ("bhyt") → its syllables; and the syllables → the abbreviation.
const ABBR = new Map<string, string>();
for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
  const key = phrase(abbr).replace(/ /g, '');
  if (key.length >= 2) ABBR.set(key, phrase(full));
}
/** The words a folded abbreviation stands for ("bhxh" → "bao hiem xa hoi", "kh&dt" → "ke hoach va dau tu"), if any. */
export function abbreviationWords(word: string): string[] | undefined {
  return ABBR.get(word.replace(/[&-]/g, ''))?.split(' ');
}
/** An expansion: `from` (syllables, and as ` a b ` for a substring test) stands for `to`. */
interface Expansion {
  from: string[];
  fromText: string;
  to: string;
}
const EXPANSIONS: Expansion[] = [];
const expansion = (from: string, to: string): Expansion => ({
  from: from.split(' '),
  fromText: ` ${from} `,
  to,
});
for (const [abbr, full] of ABBR) {
  // Two-letter abbreviations ("kh", "tp", "tw") are expanded only from the short form: their long
  // forms are common words and would flood every document with the abbreviation.
  if (abbr.length >= 3) EXPANSIONS.push(expansion(full, abbr));
}
for (const group of SYNONYMS) {
  const forms = group.map(phrase);
  for (const a of forms) for (const b of forms) if (a !== b) EXPANSIONS.push(expansion(a, b));
}
// Expansions by their first syllable: a text is tested only against those that can start in it (most of
// the ~600 cannot), in the list's order, so the runs come out as a scan of the whole list gives them.
const EXPANSIONS_BY_SYLLABLE = new Map<string, number[]>();
for (const [i, e] of EXPANSIONS.entries()) {
  const first = e.from[0] ?? '';
  EXPANSIONS_BY_SYLLABLE.set(first, [...(EXPANSIONS_BY_SYLLABLE.get(first) ?? []), i]);
}

/** The expansions whose phrase stands in `joined` (` a b c `), in the list's order. */
function expansionsIn(syllables: readonly string[], joined: string): Expansion[] {
  const at = new Set<number>();
  for (const t of syllables) for (const i of EXPANSIONS_BY_SYLLABLE.get(t) ?? []) at.add(i);
  const out: Expansion[] = [];
  for (const i of [...at].sort((a, b) => a - b)) {
    const e = EXPANSIONS[i] as Expansion;
    if (joined.includes(e.fromText) && !onlyAsOtherWord(e, joined)) out.push(e);
  }
  return out;
}

// Each homograph's syllable, and the word after each place it stands, as one pattern made once.
const HOMOGRAPHS = new Map(
  Object.entries(FOLDED_HOMOGRAPHS).map(([syllable, others]) => [
    syllable,
    { others, at: new RegExp(` ${syllable}(?= ([a-z0-9]+)?)`, 'g') },
  ]),
);

/** Whether every place a one-syllable phrase stands in `joined` is a homograph's other word ("giao dục"). */
function onlyAsOtherWord(e: Expansion, joined: string): boolean {
  const [syllable] = e.from;
  const homograph = e.from.length === 1 && syllable ? HOMOGRAPHS.get(syllable) : undefined;
  if (!homograph) return false;
  const after = [...joined.matchAll(homograph.at)].map((m) => m[1] ?? '');
  return after.every((next) => homograph.others.includes(next));
}

/** Bigrams of adjacent syllables, joined with "_": `['bao','hiem']` → `['bao_hiem']`. */
export function bigrams(syllables: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) out.push(`${syllables[i]}_${syllables[i + 1]}`);
  return out;
}

/** Syllables with abbreviations spelled out and synonyms added (each expansion as its own run). */
export function expand(text: string): string[][] {
  const base = tokens(text);
  const runs: string[][] = [base];
  for (const t of base) {
    const full = ABBR.get(t);
    if (full) runs.push(full.split(' '));
  }
  for (const e of expansionsIn(base, ` ${base.join(' ')} `)) runs.push(e.to.split(' '));
  return runs;
}

/** Every term of a text for the index: `analyze('BHYT')` → `['bhyt', 'bao', 'hiem', 'y', 'te', 'bao_hiem', …]`. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const run of expand(text)) out.push(...run, ...bigrams(run));
  return out;
}

/** One way to read a text: its syllables, and the phrase swapped in for another form (none as typed). */
export interface Variant {
  syllables: string[];
  swapped: string[];
  /** The phrase as typed that `swapped` stands for (none as typed). */
  gave: string[];
}

/**
 * Ways to read a query: as typed, and with one abbreviation or synonym swapped for its other form.
 * `variants('tỷ lệ BHYT')` → syllables `['ty','le','bhyt']`, then `['ty','le','bao','hiem','y','te']` with
 * `swapped` `['bao','hiem','y','te']`.
 */
export function variants(text: string): Variant[] {
  const base = tokens(text);
  const out: Variant[] = [{ syllables: base, swapped: [], gave: [] }];
  for (const i of base.keys()) {
    // One token ("bhyt"), or an abbreviation written in parts that tokens split ("NN&PTNT", "LĐ-TB&XH"),
    // joined into four letters at least.
    for (const n of [1, 2, 3]) {
      const joined = base.slice(i, i + n).join('');
      const full = i + n <= base.length && (n === 1 || joined.length >= 4) ? ABBR.get(joined) : undefined;
      if (!full) continue;
      const swapped = full.split(' ');
      out.push({
        syllables: [...base.slice(0, i), ...swapped, ...base.slice(i + n)],
        swapped,
        gave: base.slice(i, i + n),
      });
    }
  }
  const joined = ` ${base.join(' ')} `;
  for (const e of expansionsIn(base, joined))
    out.push({
      syllables: joined.replace(e.fromText, ` ${e.to} `).trim().split(' '),
      swapped: e.to.split(' '),
      gave: e.fromText.trim().split(' '),
    });
  return out;
}

/**
 * A reading of a query for the coverage check: its terms, and the syllables of the phrase swapped in, which
 * a record holds whole or not at all for the reading to count (half a synonym is not the synonym: "nước hợp
 * vệ sinh", read for "nước sạch", says nothing of a record with "hợp vệ sinh" alone).
 */
export interface Reading {
  terms: string[];
  needs: string[];
  /**
   * The terms of the phrase as typed that this reading swapped out ("ho", "ngheo", "ho_ngheo" for "nghèo đa
   * chiều"): a record that says them says what was asked, whatever the other reading's words.
   */
  gave: string[];
}

/**
 * Readings of a query: syllables, and bigrams only inside each " | "-separated segment, over every
 * variant. `readingsOf('tỷ lệ | nước sạch')[0].terms` → `['ty','le','nuoc','sach','ty_le','nuoc_sach']`.
 */
export function readingsOf(topic: string): Reading[] {
  const segments = topic
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  const perSegment = segments.map(variants);
  // One variant at a time, applied to its own segment; the other segments as typed.
  const out: Reading[] = [];
  const baseTerms = perSegment.map((v) => v[0]?.syllables ?? []);
  const build = (pick: string[][]) => [
    ...new Set(pick.flatMap((seg) => [...seg, ...bigrams(seg), ...concepts(seg)])),
  ];
  out.push({ terms: build(baseTerms), needs: [], gave: [] });
  for (const [i, vs] of perSegment.entries()) {
    for (const v of vs.slice(1))
      out.push({
        terms: build(baseTerms.map((b, j) => (j === i ? v.syllables : b))),
        needs: v.swapped,
        gave: inPlace(baseTerms[i] ?? [], v.gave),
      });
  }
  return out;
}

/**
 * The terms of `phrase` as it stands in `syllables`: its syllables and bigrams, with the bigrams that join it
 * to its neighbours ("le_ho" of "tỷ lệ hộ nghèo"): a record that says them says the phrase in the question's
 * sense, not merely its words ("người cao tuổi thuộc hộ nghèo" is no rate of poor households).
 */
function inPlace(syllables: readonly string[], phrase: readonly string[]): string[] {
  const at = syllables.findIndex((_, k) => phrase.every((p, j) => syllables[k + j] === p));
  if (at < 0) return [];
  const before = syllables[at - 1];
  const after = syllables[at + phrase.length];
  // A phrase typed alone has no sense to hold beyond its words: nothing tells the record's use of it apart.
  if (!(before || after)) return [];
  return [
    ...phrase,
    ...bigrams([...phrase]),
    ...(before ? [`${before}_${phrase[0]}`] : []),
    ...(after ? [`${phrase[phrase.length - 1]}_${after}`] : []),
  ];
}

/** The terms of each reading (see `readingsOf`). */
export const queryTerms = (topic: string): string[][] => readingsOf(topic).map((r) => r.terms);

/** The abbreviations that name concepts (three letters or more), in ABBR's order. */
const CONCEPTS = [...ABBR].filter(([abbr]) => abbr.length >= 3);
/** Syllable → the concepts whose short form is it or whose long form starts with it. */
const CONCEPTS_BY_SYLLABLE = new Map<string, number[]>();
for (const [i, [abbr, full]] of CONCEPTS.entries())
  for (const first of new Set([abbr, full.split(' ')[0] ?? '']))
    CONCEPTS_BY_SYLLABLE.set(first, [...(CONCEPTS_BY_SYLLABLE.get(first) ?? []), i]);

/** Each concept's long form as syllables, by its place in `CONCEPTS`. */
const CONCEPT_SYLLABLES = CONCEPTS.map(([, full]) => full.split(' '));

/** Whether `run` stands in `syllables` from `at` on. */
const standsAt = (syllables: string[], at: number, run: string[]) =>
  run.every((s, k) => syllables[at + k] === s);

/**
 * Concepts named by an abbreviation, whichever way they are written: "BHXH" and "bảo hiểm xã hội" both
 * give `@bhxh`. They let "BHXH" tell "bảo hiểm xã hội" from "bảo hiểm thất nghiệp", which share
 * most of their syllables.
 */
export function concepts(syllables: string[]): string[] {
  // A concept stands in the text when its short form is one of the syllables or its long form's syllables
  // follow one another there. Only the concepts whose short form or first syllable is the syllable at hand
  // are tried, there: one lookup per syllable, where a substring search of the whole text per candidate
  // concept was most of the time spent on a document's terms. The output is in ABBR's order.
  const found: number[] = [];
  for (let at = 0; at < syllables.length; at++) {
    const syllable = syllables[at] ?? '';
    for (const i of CONCEPTS_BY_SYLLABLE.get(syllable) ?? []) {
      if (found.includes(i)) continue;
      if (CONCEPTS[i]?.[0] === syllable || standsAt(syllables, at, CONCEPT_SYLLABLES[i] ?? [])) found.push(i);
    }
  }
  return found.sort((a, b) => a - b).map((i) => `@${CONCEPTS[i]?.[0] ?? ''}`);
}

/**
 * Every way a concept is written, as terms: `spellings('@bhyt')` → `['bhyt', 'bao', 'hiem', 'y', 'te',
 * 'bao_hiem', 'hiem_y', 'y_te']`. A record that says "BHYT" says "bảo hiểm y tế", and the other way round.
 */
export function spellings(concept: string): string[] {
  const abbr = concept.replace(/^@/, '');
  const full = ABBR.get(abbr)?.split(' ') ?? [];
  return full.length ? [abbr, ...full, ...bigrams(full)] : [];
}

// The engine reads a task's text twice (its terms, and its name) and a heading once for every record under
// it: the terms of the last texts read are kept, so that each is analysed once. Bounded: a few MB at most.
const PLAIN_TERMS = new Map<string, string[]>();
const PLAIN_TERMS_KEPT = 512;

/** Terms of a document as written (syllables, bigrams and concepts, no synonyms): what coverage compares against. */
export function plainTerms(text: string): string[] {
  let terms = PLAIN_TERMS.get(text);
  if (!terms) {
    const t = tokens(text);
    terms = [...t, ...bigrams(t), ...concepts(t)];
    if (PLAIN_TERMS.size >= PLAIN_TERMS_KEPT) PLAIN_TERMS.clear();
    PLAIN_TERMS.set(text, terms);
  }
  // A copy: the caller may change what it gets.
  return [...terms];
}
