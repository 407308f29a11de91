/** Question understanding: province, plan, year, area, agency and intent, from the folded question. */
import { agencyKey } from '../ingest/agencies';
import type { Corpus } from '../schema/records';
import { fold } from '../search/normalize';
import { AGENCIES, PROVINCE_ALIASES, PROVINCES } from '../search/vocabulary';
import { INTENT_CUES, QUESTION_PHRASES, QUESTION_WORDS } from './cues';
import type { Intent } from './types';

/** What the engine read from a question. */
export interface Question {
  raw: string;
  folded: string;
  /** Provinces of the corpus the question names, in order. */
  provinces: string[];
  /** A province the question names that no plan covers ("Điện Biên"). */
  missingProvince: string | null;
  /** Plan ids named by number ("kế hoạch 230", "KH 68"). */
  planIds: string[];
  years: number[];
  area: 'thành thị' | 'nông thôn' | null;
  /** Canonical agency the question names ("sở y tế" → "Sở Y tế"). */
  agency: string | null;
  intent: Intent;
  /** The topic: the question without province, year, plan number and question words. */
  topic: string;
}

const words = (s: string) => ` ${s.replace(/[^a-z0-9]+/g, ' ').trim()} `;

function provincesIn(folded: string, corpus: Corpus): { found: string[]; missing: string | null } {
  const known = [...new Set(corpus.plans.map((p) => p.plan.province))];
  const text = words(folded);
  const hits: { name: string; at: number }[] = [];
  const all = [...new Set([...known, ...PROVINCES])];
  for (const name of all) {
    const at = text.indexOf(words(fold(name)));
    if (at >= 0) hits.push({ name, at });
  }
  for (const [alias, name] of Object.entries(PROVINCE_ALIASES)) {
    const at = text.indexOf(words(fold(alias)));
    if (at >= 0 && !hits.some((h) => h.name === name)) hits.push({ name, at });
  }
  hits.sort((a, b) => a.at - b.at);
  const found = hits.filter((h) => known.includes(h.name)).map((h) => h.name);
  const missing = hits.find((h) => !known.includes(h.name))?.name ?? null;
  return { found, missing };
}

interface AgencyKeys {
  /** Every spelling's key, with the canonical name it stands for; the name's own spelling first. */
  keys: { name: string; key: string; primary: boolean }[];
}

// agencyKey runs a regex per abbreviation: keyed once per corpus, not for every alias on every question.
const agencyKeysCache = new WeakMap<Corpus, AgencyKeys>();

function agencyKeysOf(corpus: Corpus): AgencyKeys {
  let cached = agencyKeysCache.get(corpus);
  if (!cached) {
    const names = [...new Set([...AGENCIES.map((a) => a.name), ...corpus.agencies.map((a) => a.name)])];
    const keys = names.flatMap((name) =>
      [name, ...(AGENCIES.find((a) => a.name === name)?.aliases ?? [])].map((alias) => ({
        name,
        key: agencyKey(alias),
        primary: alias === name,
      })),
    );
    cached = { keys };
    agencyKeysCache.set(corpus, cached);
  }
  return cached;
}

function agencyIn(folded: string, corpus: Corpus): string | null {
  const text = words(agencyKey(folded));
  const { keys } = agencyKeysOf(corpus);
  let best: { name: string; len: number } | null = null;
  for (const { name, key } of keys) {
    if (key.length > 4 && text.includes(` ${key} `) && (!best || key.length > best.len))
      best = { name, len: key.length };
  }
  if (best) return best.name;
  // "sở lao động" names the first agency whose name starts with it.
  const m = / so ((?:[a-z]+ ){1,3})/.exec(text);
  if (m?.[1] && !/^(nao|bao|may|lieu) /.test(m[1])) {
    const start = `so ${m[1].trim()}`;
    const hit = keys.find((k) => k.primary && k.key.startsWith(start));
    if (hit) return hit.name;
  }
  return null;
}

/** Reads a question against the corpus it will be answered from. */
export function understand(raw: string, corpus: Corpus): Question {
  const folded = fold(raw).replace(/\s+/g, ' ').trim();
  const { found, missing } = provincesIn(folded, corpus);
  const planIds: string[] = [];
  for (const m of folded.matchAll(/\b(?:ke hoach|kh)\s*(?:so\s*)?(\d{1,4})\b/g)) {
    for (const p of corpus.plans)
      if (p.plan.number.split('/')[0] === m[1] && !planIds.includes(p.plan.id)) planIds.push(p.plan.id);
  }
  const years = [...folded.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  // "giai đoạn 2021-2025" asks about the end of the period.
  const range = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/.exec(folded);
  const targetYears = range ? years.filter((y) => y !== Number(range[1])) : years;
  const area = /thanh thi|do thi/.test(folded) ? 'thành thị' : /nong thon/.test(folded) ? 'nông thôn' : null;
  const intent: Intent =
    found.length > 1 && !/ky|ban hanh|can cu/.test(folded)
      ? 'compare'
      : (INTENT_CUES.find(([, re]) => re.test(folded))?.[0] ?? 'target');

  let topic = ` ${folded.replace(/[^a-z0-9%/.,]+/g, ' ')} `;
  for (const name of [...found, missing ?? '']) if (name) topic = topic.replace(words(fold(name)), ' ');
  topic = topic
    .replace(/\b(?:ke hoach|kh)\s*(?:so\s*)?\d{1,4}(?:\/kh-ubnd)?\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ');
  for (const phrase of QUESTION_PHRASES) topic = topic.replaceAll(` ${phrase} `, ' ');
  topic = topic
    .split(/\s+/)
    .filter((w) => w && !QUESTION_WORDS.has(w.replace(/[?.,!]+$/, '')))
    .join(' ');
  return {
    raw,
    folded,
    provinces: found,
    missingProvince: missing,
    planIds,
    years: [...new Set(targetYears)],
    area,
    agency: agencyIn(folded, corpus),
    intent,
    topic,
  };
}
