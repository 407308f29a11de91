/**
 * Agencies named in running text (an answer), found so the page can link each to its agency page:
 * "Sở Y tế chủ trì …" → [{ text: 'Sở Y tế', agency: so-y-te }, { text: ' chủ trì …' }].
 */
import type { Agency, Corpus } from '../schema/records';
import { fold } from '../text/normalize';
import { uniqueAgencies } from './agencies';

/** A run of text, linked when it names one agency. */
export interface Span {
  text: string;
  agency?: Agency;
}

interface Spelling {
  key: string;
  agency: Agency;
}

const spellingsOf = new WeakMap<Corpus, Spelling[]>();

/**
 * Spellings worth linking, longest first so "Sở Y tế tỉnh" wins over "Sở Y tế": at least two words, and
 * not a collective ("các sở, ngành"), which names no one page.
 */
function spellings(corpus: Corpus): Spelling[] {
  let list = spellingsOf.get(corpus);
  if (!list) {
    list = uniqueAgencies(corpus)
      .flatMap((agency) => [agency.name, ...agency.aliases].map((s) => ({ key: fold(s).trim(), agency })))
      .filter(({ key }) => key.includes(' ') && !/^(cac|giam doc) /.test(key))
      .sort((a, b) => b.key.length - a.key.length);
    spellingsOf.set(corpus, list);
  }
  return list;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** `text` cut into spans, each agency it names (on word boundaries, any case or accents) a linked span. */
export function agencySpans(corpus: Corpus, text: string): Span[] {
  const folded = fold(text);
  // Folding keeps one character per character of NFC text; anything else is shown unlinked.
  if (folded.length !== text.length) return [{ text }];
  const taken: Array<{ start: number; end: number; agency: Agency }> = [];
  for (const { key, agency } of spellings(corpus)) {
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      if (taken.some((t) => at < t.end && end > t.start)) continue;
      taken.push({ start: at, end, agency });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let from = 0;
  for (const t of taken) {
    if (t.start > from) spans.push({ text: text.slice(from, t.start) });
    spans.push({ text: text.slice(t.start, t.end), agency: t.agency });
    from = t.end;
  }
  if (from < text.length) spans.push({ text: text.slice(from) });
  return spans;
}
