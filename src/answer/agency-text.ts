/** Agency names as they stand in a question's text: taking every spelling of one out of a topic. */
import { agencyKey } from '../ingest/agencies';
import { fold } from '../text/normalize';
import { AGENCY_SHORTHANDS, agencySpellings } from '../text/vocabulary';
import { cueText } from './cue-match';

/** Removes the words of `phrase` (folded) wherever they stand together in `text`, whatever punctuation parts them. */
export function withoutWords(text: string, phrase: string): string {
  const words = phrase
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('[^a-z0-9]+');
  return words ? text.replace(new RegExp(`(?<![a-z0-9])${words}(?![a-z0-9])`, 'g'), ' ') : text;
}

/** Removes every spelling of `agency` that the vocabulary knows from a folded text, shorthands ("SYT") too. */
export function withoutAgency(text: string, agency: string): string {
  let out = ` ${text} `;
  // Any punctuation may stand between the words: "sở lao động - thương binh".
  for (const s of agencySpellings(agency))
    for (const form of [cueText(fold(s)), agencyKey(s)]) out = withoutWords(out, form);
  const key = agencyKey(agency);
  for (const [short, full] of Object.entries(AGENCY_SHORTHANDS))
    if (key.startsWith(agencyKey(full))) out = withoutWords(out, fold(short));
  // "Sở TTTT", "Sở TT&TT": a department by the initials of its field after "Sở" (which the question's reading leaves
  // as written: "số" folds alike).
  const field = fold(agency)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'va');
  if (field[0] === 'so' && field.length >= 3) {
    const letters = field.slice(1).map((w) => w[0]);
    out = out.replace(new RegExp(`(?<![a-z0-9])so[^a-z0-9]+${letters.join('[&-]?')}(?![a-z0-9])`, 'g'), ' ');
  }
  return out;
}
