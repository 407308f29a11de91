/**
 * Which agencies a record names: plans write `leadAgency` and `partners` as free text ("Sở LĐTBXH",
 * "Sở Lao động - Thương binh và Xã hội; các sở, ngành liên quan"), the corpus lists each agency once with
 * every spelling. Matching is on folded words so spelling, case and punctuation do not matter.
 */
import type { Agency, Corpus } from '../schema/records';
import { foldWords } from './fold';

interface Spelling {
  agency: Agency;
  key: string;
  /** Long spellings may sit inside a longer phrase; short ones ("UBND") must match the whole phrase. */
  inside: boolean;
}

const merged = new WeakMap<Corpus, Agency[]>();

/**
 * The corpus's agencies with one entry per id: ingest may list an id twice with two spellings
 * ("Các sở, ban, ngành", "các sở, ban, ngành"); the page shows one, with the other as an alias.
 */
export function uniqueAgencies(corpus: Corpus): Agency[] {
  const known = merged.get(corpus);
  if (known) return known;
  const byId = new Map<string, Agency>();
  for (const agency of corpus.agencies) {
    const first = byId.get(agency.id);
    if (!first) {
      byId.set(agency.id, agency);
      continue;
    }
    const aliases = [...first.aliases, agency.name, ...agency.aliases].filter((a) => a !== first.name);
    const planIds = [...first.planIds, ...agency.planIds];
    byId.set(agency.id, { ...first, aliases: [...new Set(aliases)], planIds: [...new Set(planIds)] });
  }
  const list = [...byId.values()];
  merged.set(corpus, list);
  return list;
}

interface Matcher {
  spellings: Spelling[];
  /** The same few hundred mentions recur on every page: match each once per isolate. */
  memo: Map<string, Agency[]>;
}

const matchers = new WeakMap<Corpus, Matcher>();

function matcherFor(corpus: Corpus): Matcher {
  let m = matchers.get(corpus);
  if (!m) {
    const spellings = uniqueAgencies(corpus).flatMap((agency) =>
      [agency.name, ...agency.aliases].map((text) => {
        const k = foldWords(text);
        return { agency, key: k, inside: k.split(' ').length >= 3 };
      }),
    );
    m = { spellings: spellings.filter((s) => s.key), memo: new Map() };
    matchers.set(corpus, m);
  }
  return m;
}

/** The agencies one free-text mention names: `agenciesIn(corpus, 'Sở Y tế')` → `[{ id: 'so-y-te', … }]`. */
export function agenciesIn(corpus: Corpus, mention: string | null): Agency[] {
  if (!mention) return [];
  const m = matcherFor(corpus);
  const known = m.memo.get(mention);
  if (known) return known;
  const text = ` ${foldWords(mention)} `;
  const found = new Set<Agency>();
  for (const s of m.spellings) {
    if (text === ` ${s.key} ` || (s.inside && text.includes(` ${s.key} `))) found.add(s.agency);
  }
  const list = [...found];
  m.memo.set(mention, list);
  return list;
}

/** What an agency does in a record: leads it, supports it, or neither. */
export type Role = 'lead' | 'partner' | null;

/** The role `agency` plays in a target or task, by its `leadAgency` and `partners` text. */
export function roleOf(
  corpus: Corpus,
  agency: Agency,
  record: { leadAgency: string | null; partners: string[] },
): Role {
  if (agenciesIn(corpus, record.leadAgency).includes(agency)) return 'lead';
  if (record.partners.some((p) => agenciesIn(corpus, p).includes(agency))) return 'partner';
  return null;
}

/** Ids of every agency a record names, lead first: for the plan page's agency filter. */
export function agencyIdsOf(
  corpus: Corpus,
  record: { leadAgency: string | null; partners: string[] },
): string[] {
  const ids = [record.leadAgency, ...record.partners].flatMap((m) => agenciesIn(corpus, m).map((a) => a.id));
  return [...new Set(ids)];
}
