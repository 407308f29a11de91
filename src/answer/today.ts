/**
 * Who holds a plan's duty today, after the 2025 reorganisation, from the sourced succession table
 * (data/succession/table.json). Answers keep the plan's words and add a line: "Hiện nay (từ 01/03/2025):
 * giảm nghèo — Sở Nông nghiệp và Môi trường (chưa xác nhận); … Căn cứ: Nghị định 45/2025/NĐ-CP." A row
 * that no document read confirms is always said to be unconfirmed, never stated as fact.
 */
import raw from '../../data/succession/table.json';
import { agencyKey, canonicalAgency } from '../ingest/agencies';
import { type AgencySuccession, type LegalSource, SuccessionTable } from '../schema/succession';
import { formatDate } from '../text/dates';
import { fold } from '../text/normalize';

/**
 * One key per body, whatever the spelling: "Bảo hiểm xã hội thành phố" and "BHXH tỉnh" are one body (the
 * vocabulary's canonical name), "Chủ tịch UBND các huyện" is the district UBND.
 */
export function keyOf(name: string): string {
  return agencyKey(canonicalAgency(name.replace(/^Chủ tịch\s+/u, '')).name);
}
// "UBND các huyện, thị xã, thành phố", "UBND quận, huyện": the district level, however the plan lists it.
const DISTRICT = /^(?:uy ban nhan dan) (?:cac )?(?:quan|huyen|thi xa)/;

/** The table, validated once when the module loads. */
export const SUCCESSION = SuccessionTable.parse(raw);

const byKey = new Map<string, AgencySuccession[]>();
for (const row of SUCCESSION.agencies) {
  const key = keyOf(row.from);
  byKey.set(key, [...(byKey.get(key) ?? []), row]);
}
const LEVEL_KEYS = new Set(SUCCESSION.levels.flatMap((l) => l.from.map(keyOf)));
const isDistrict = (name: string) => LEVEL_KEYS.has(keyOf(name)) || DISTRICT.test(keyOf(name));
const CURRENT = new Set(SUCCESSION.current.names.map(keyOf));

/** Where an old body's duty went: the rows that apply, and whether its field decided it. */
export interface Holders {
  rows: AgencySuccession[];
  /** False when the body was split and the duty's words name none of the fields: every candidate is given. */
  byField: boolean;
}

/**
 * The successors of `body` for a duty about `words` (its text and section): the rows whose field the words
 * name, else the body's row for all its other duties, else every candidate. `null` when the body did not change.
 */
export function holdersToday(body: string, words: string, province?: string, heading = ''): Holders | null {
  const rows = (byKey.get(keyOf(body)) ?? []).filter(
    (r) => !r.provinces || !province || r.provinces.some((p) => fold(p) === fold(province)),
  );
  const changed = rows.filter((r) => keyOf(r.to) !== keyOf(r.from));
  if (!changed.length) return null;
  // The section's heading says the field more surely than a word in passing: it counts three times.
  const plain = (t: string) => ` ${fold(t).replace(/[^a-z0-9]+/g, ' ')} `;
  const text = plain(words);
  // A heading that is the body's own name ("5.1. Sở Lao động - Thương binh và Xã hội") names no field.
  const head = plain(heading).replace(plain(body), ' ');
  const count = (t: string, f: string) => t.split(plain(f)).length - 1;
  const hits = (r: AgencySuccession) => r.fields.reduce((n, f) => n + count(text, f) + 3 * count(head, f), 0);
  // Every field the duty names, the most named first: a duty about "người có công, bảo trợ xã hội, giảm nghèo"
  // went to several bodies, and the answer says which part went where.
  const named = changed.filter((r) => hits(r) > 0).sort((a, b) => hits(b) - hits(a));
  if (named.length) return { rows: named, byField: true };
  // No field named: the body's row for "every other duty" holds, when the table has one.
  const rest = changed.filter((r) => !r.fields.length);
  if (rest.length) return { rows: rest, byField: true };
  return { rows: changed, byField: false };
}

const cite = (s: LegalSource) => `${s.kind} ${s.number}`;

/** "giảm nghèo — Sở Nông nghiệp và Môi trường (chưa xác nhận)". */
function rowText(r: AgencySuccession): string {
  const field = r.fields.length ? `${r.fields.join(', ')} — ` : '';
  return `${field}${r.to}${r.status === 'confirmed' ? '' : ' (chưa xác nhận bằng văn bản)'}`;
}

/**
 * The line an answer adds for one record's leads, or '' when none of them changed:
 * `todayLine(['Sở Lao động - Thương binh và Xã hội'], 'giảm nghèo bền vững')`.
 */
export function todayLine(leads: readonly string[], words: string, province?: string, heading = ''): string {
  const parts: string[] = [];
  const sources = new Set<string>();
  let since = '';
  for (const lead of leads) {
    if (isDistrict(lead)) {
      const level = SUCCESSION.levels[0];
      if (!level) continue;
      parts.push(`${lead}: cấp huyện không còn, nhiệm vụ chuyển về ${level.to.join(', ')}`);
      for (const s of level.sources.slice(0, 1)) sources.add(cite(s));
      since ||= level.effective;
      continue;
    }
    const h = holdersToday(lead, words, province, heading);
    if (!h) continue;
    const list = h.rows.map(rowText).join('; ');
    parts.push(
      h.byField
        ? `${lead} → ${list}`
        : `${lead} đã được tách; lĩnh vực của việc này chưa rõ, có thể là: ${list}`,
    );
    for (const r of h.rows) for (const s of r.sources.slice(0, 1)) sources.add(cite(s));
    since ||= h.rows[0]?.effective ?? '';
  }
  if (!parts.length) return '';
  const basis = sources.size ? ` Căn cứ: ${[...sources].join('; ')}.` : '';
  return `Hiện nay${since ? ` (từ ${formatDate(since)})` : ''}: ${parts.join('. ')}.${basis}`;
}

/** Whether `body` is one that exists today under that name (a department every province has). */
export function isCurrent(body: string): boolean {
  return CURRENT.has(keyOf(body));
}

/** The old bodies whose duties (some or all) went to `body` today: "Sở Nội vụ" → Sở LĐTBXH (by field). */
export function predecessorsOf(body: string): AgencySuccession[] {
  const key = keyOf(body);
  return SUCCESSION.agencies.filter((r) => keyOf(r.to) === key && keyOf(r.from) !== key);
}

/** The province a former one now belongs to, with its source: "Quảng Nam" → Đà Nẵng. */
export function provinceToday(name: string) {
  return SUCCESSION.provinces.find((p) => fold(p.from) === fold(name) && fold(p.to) !== fold(name)) ?? null;
}

/** What became of a body the plans name: it exists as named, it was succeeded, only unconfirmed, or a group. */
export type StatusToday = 'current' | 'succeeded' | 'unconfirmed' | 'group';

// "các sở, ban, ngành có liên quan", "Giám đốc các sở": a group of bodies, not one body with a fate of its own.
const GROUP = /^(?:(?:giam doc|thu truong|lanh dao|chu tich) )?cac /;

/** The status today of a body as the plans name it, or null when the succession table does not know it. */
export function statusToday(body: string): StatusToday | null {
  if (GROUP.test(agencyKey(body))) return 'group';
  if (isDistrict(body)) return 'succeeded';
  const key = keyOf(body);
  if (CURRENT.has(key)) return 'current';
  const rows = byKey.get(key) ?? [];
  if (!rows.length) return null;
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  if (!confirmed.length) return 'unconfirmed';
  return confirmed.some((r) => keyOf(r.to) !== key) ? 'succeeded' : 'current';
}

/** Where an old body's duties went, every field: "Sở Tài nguyên và Môi trường" → Sở Nông nghiệp và Môi trường. */
export function successorsOf(body: string): AgencySuccession[] {
  const key = keyOf(body);
  return (byKey.get(key) ?? []).filter((r) => keyOf(r.to) !== key);
}

/** Former provinces now part of `province`: Đà Nẵng ← Quảng Nam. */
export function mergedInto(province: string) {
  return SUCCESSION.provinces.filter((p) => fold(p.to) === fold(province) && fold(p.from) !== fold(province));
}
