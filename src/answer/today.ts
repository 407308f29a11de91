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
import { remembered } from '../text/remember';

// Every answer that names a body asks what became of it, over every row of the succession table. Names
// come from the plans and the succession table (a few hundred); a bound all the same.
const KEYS_KEPT = 2048;

/**
 * One key per body, whatever the spelling: "Bảo hiểm xã hội thành phố" and "BHXH tỉnh" are one body (the
 * vocabulary's canonical name), "Chủ tịch UBND các huyện" is the district UBND.
 */
export const keyOf = remembered(
  (name) => agencyKey(canonicalAgency(name.replace(/^Chủ tịch\s+/u, '')).name),
  KEYS_KEPT,
);
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

/** Where an old body's duty went: the rows that apply, and how they were chosen. */
export interface Holders {
  rows: AgencySuccession[];
  /**
   * `field`: the duty names these rows' fields; `rest`: it names none, so the body's row for its other duties
   * holds (the other rows are then `others`); `candidates`: the body was split and nothing decides.
   */
  how: 'field' | 'rest' | 'candidates';
  /** False only for `candidates`: no row can be given as this duty's holder. */
  byField: boolean;
  /** For `field`: the field words the duty names, one list per row. */
  named: string[][];
  /** For `rest`: the body's rows for named fields, which hold instead when the duty is about one of them. */
  others: AgencySuccession[];
}

// Words as whole words, padded, so "lao động" never matches inside "xuất khẩu lao động nữ" by accident of
// spacing: the field lexicon is matched on word boundaries.
const plain = (t: string) =>
  ` ${fold(t)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
// The table's field words, each folded once: every answer naming a body counts them in its duty's text.
const fieldWords = remembered(plain);
/** How often field `f` (a few words of the table's lexicon) stands in padded text `t`. */
function count(t: string, f: string): number {
  const w = fieldWords(f);
  let n = 0;
  // Non-overlapping, as splitting on the words would count them: the padded words share their spaces.
  for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + w.length)) n++;
  return n;
}
/** `t` without the body's name, nor its ministry's ("Bộ Lao động - …"): "lao động" there names no field. */
const withoutName = (t: string, body: string) =>
  plain(t).replaceAll(plain(body.replace(/^\S+\s+/u, '')), ' ');

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
  const text = withoutName(words, body);
  // A heading that is the body's own name ("5.1. Sở Lao động - Thương binh và Xã hội") names no field; a real
  // heading says the field more surely than a word in passing, so it counts three times.
  const head = withoutName(heading, body);
  const fieldsIn = (r: AgencySuccession) => r.fields.filter((f) => count(text, f) + count(head, f) > 0);
  const hits = (r: AgencySuccession) => r.fields.reduce((n, f) => n + count(text, f) + 3 * count(head, f), 0);
  // Every field the duty names, the most named first: a duty about "người có công, bảo trợ xã hội, giảm nghèo"
  // went to several bodies, and the answer says which part went where.
  const scored = new Map(changed.map((r) => [r, hits(r)] as const));
  const named = changed
    .filter((r) => (scored.get(r) ?? 0) > 0)
    .sort((a, b) => (scored.get(b) ?? 0) - (scored.get(a) ?? 0));
  if (named.length)
    return { rows: named, how: 'field', byField: true, named: named.map(fieldsIn), others: [] };
  // No field named: the body's row for "every other duty" holds, when the table has one.
  const rest = changed.filter((r) => !r.fields.length);
  const others = changed.filter((r) => r.fields.length);
  if (rest.length) return { rows: rest, how: 'rest', byField: true, named: [], others };
  return { rows: changed, how: 'candidates', byField: false, named: [], others: [] };
}

const cite = (s: LegalSource) => `${s.kind} ${s.number}`;
const UNCONFIRMED = ' (chưa xác nhận bằng văn bản)';

/** "giảm nghèo — Sở Nông nghiệp và Môi trường (chưa xác nhận bằng văn bản)": a row with the fields to show. */
function rowText(r: AgencySuccession, fields: readonly string[] = r.fields): string {
  const shown = fields.length > 3 ? [...fields.slice(0, 3), '…'] : fields;
  const field = shown.length ? `${shown.join(', ')} — ` : '';
  return `${field}${r.to}${r.status === 'confirmed' ? '' : UNCONFIRMED}`;
}

/** What the line needs besides the leads: the duty's words, where, and the question (its field goes first). */
export interface TodayContext {
  province?: string;
  /** The section heading of the duty: it names the field more surely than a word in passing. */
  heading?: string;
  /** The question as asked: a field it names ("việc giảm nghèo … giờ ai làm?") is answered first. */
  question?: string;
}

/** One lead's part of the line, and the rows it rests on. */
function leadPart(
  lead: string,
  words: string,
  c: TodayContext,
): { text: string; rows: AgencySuccession[] } | null {
  const h = holdersToday(lead, words, c.province, c.heading);
  if (!h) return null;
  // A field the question names goes first: "việc giảm nghèo … giờ ai làm?" is answered by its first words.
  const asked = withoutName(c.question ?? '', lead);
  const asks = (fields: readonly string[]) => Number(fields.some((f) => count(asked, f) > 0));
  const order = h.rows
    .map((r, i) => ({ r, fields: h.named[i] ?? r.fields }))
    .sort((a, b) => asks(b.fields) - asks(a.fields));
  const gone = statusToday(lead) === 'succeeded';
  const who = gone ? `${lead} không còn; ` : `${lead} → `;
  if (h.how === 'field')
    return { text: `${who}${order.map((o) => rowText(o.r, o.fields)).join('; ')}`, rows: h.rows };
  // A body merged whole ("Sở Kế hoạch và Đầu tư" → Sở Tài chính): its successor, nothing to place by field.
  if (h.how === 'rest' && !h.others.length) {
    const to = h.rows.map((r) => rowText(r, [])).join('; ');
    return { text: `${who}${gone ? `việc này nay thuộc ${to}` : to}`, rows: h.rows };
  }
  if (h.how === 'rest') {
    // The duty names no field: say who took the body's other duties, and who took each named field, so the
    // reader can place a duty the plan words broadly.
    const list = [
      ...h.rows.map((r) => `phần việc chung — ${rowText(r, [])}`),
      ...h.others.map((r) => rowText(r)),
    ];
    return { text: `${who}việc này không nêu lĩnh vực; ${list.join('; ')}`, rows: [...h.rows, ...h.others] };
  }
  return {
    text: `${who}lĩnh vực của việc này chưa rõ, có thể là: ${order.map((o) => rowText(o.r)).join('; ')}`,
    rows: h.rows,
  };
}

/** "tra cứu văn bản đến 30/11/2026": the day the succession table was researched, said wherever it is used. */
export const AS_OF_TEXT = `tra cứu văn bản đến ${formatDate(SUCCESSION.asOf)}`;

/**
 * The line an answer adds for one record's leads, or '' when none of them changed:
 * `todayLine(['Sở Lao động - Thương binh và Xã hội'], 'giảm nghèo bền vững')` →
 * "Hiện nay (từ 01/03/2025): Sở Lao động - Thương binh và Xã hội không còn; giảm nghèo — Sở Nông nghiệp và Môi
 * trường (chưa xác nhận bằng văn bản) (tra cứu văn bản đến 30/11/2026)." Only confirmed rows are cited.
 */
export function todayLine(leads: readonly string[], words: string, c: TodayContext = {}): string {
  const parts: string[] = [];
  const sources = new Set<string>();
  let since = '';
  for (const lead of leads) {
    if (isDistrict(lead)) {
      const level = SUCCESSION.levels[0];
      if (!level) continue;
      parts.push(
        `${lead}: cấp huyện không còn, nhiệm vụ chuyển về ${level.to.join(' hoặc ')} tùy lĩnh vực${level.status === 'confirmed' ? '' : UNCONFIRMED}`,
      );
      if (level.status === 'confirmed') for (const s of level.sources.slice(0, 1)) sources.add(cite(s));
      since ||= level.effective;
      continue;
    }
    const part = leadPart(lead, words, c);
    if (!part) continue;
    parts.push(part.text);
    for (const r of part.rows)
      if (r.status === 'confirmed') for (const s of r.sources.slice(0, 1)) sources.add(cite(s));
    since ||= part.rows[0]?.effective ?? '';
  }
  if (!parts.length) return '';
  const basis = [...sources, AS_OF_TEXT].join('; ');
  return `Hiện nay${since ? ` (từ ${formatDate(since)})` : ''}: ${parts.join('. ')} (${basis}).`;
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

// "các sở, ban, ngành có liên quan", "Giám đốc các sở", "Sở, ngành liên quan", "chính quyền địa phương": a group of bodies, not one
// body with a fate of its own.
const GROUP = /^(?:(?:giam doc|thu truong|lanh dao|chu tich) )?cac |^so (?:ban )?nganh\b|^chinh quyen /;

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

// "UBND xã", "Ủy ban nhân dân cấp xã", "UBND các xã, phường": the commune level of today.
const COMMUNE = /\b(?:ubnd|uy ban nhan dan|chinh quyen) (?:cap |cac )?(?:xa|phuong)\b/;

/**
 * The end of the district level when the question names the commune level that took part of its duties
 * ("UBND xã … phải làm gì?"), else null: plans signed before 2025 name only the district.
 */
export function communeLevelIn(folded: string) {
  return COMMUNE.test(folded) ? (SUCCESSION.levels.find((l) => l.level === 'huyện') ?? null) : null;
}

/** Every body's name of today the table knows: the departments every province has and each successor. */
export const NAMES_TODAY: readonly string[] = [
  ...new Set([...SUCCESSION.current.names, ...SUCCESSION.agencies.map((r) => r.to)]),
];
