/**
 * Rule: a duty that gives a body "the targets of a field" assigns it the indicators of that field.
 * "Sở Y tế: Chủ trì … thực hiện các chỉ tiêu, giải pháp thuộc lĩnh vực Y tế" → the indicators under
 * "2.6. Lĩnh vực y tế, …"; "Thực hiện các chỉ tiêu … liên quan đến lĩnh vực ngành quản lý" → the field the
 * body's own name says ("Sở Giáo dục và Đào tạo" → giáo dục, đào tạo). The assigning duty becomes the
 * indicator's `agencySource`.
 */
import type { Indicator, Source } from '../../schema/records';
import { expandAbbreviations } from '../../text/abbreviations';
import { fold, tokens } from '../../text/normalize';
import { FIELD_TERMS } from '../../text/vocabulary';
import { readAssignment } from './assignment';

const expand = expandAbbreviations;

/** A body given the targets of some fields, with the words that name them. */
export interface FieldAssignment {
  leads: string[];
  partners: string[];
  leadAgency: string | null;
  /** Each field as its folded tokens: `[['y', 'te']]`, `[['nguoi', 'co', 'cong'], ['giam', 'ngheo']]`. */
  fields: string[][];
  source: Source;
}

// Words that say what kind of thing a field is, not which field.
const GENERIC = new Set(
  'linh vuc ve cac chinh sach chi tieu muc tieu khac cong tac doi voi giai phap thuoc nhiem vu trong cua ke hoach nay theo de ra tren dia ban tinh thanh pho'.split(
    ' ',
  ),
);
// "Một số chỉ tiêu khác" names no field; "số" alone is a word of one ("dân số"). "Bảo đảm" says what is
// done, but "bảo" alone is a word of "bảo hiểm".
const meaningful = (text: string) =>
  tokens(text.replace(/(?:một|mot) (?:số|so)(?![\p{L}])|(?:bảo đảm|đảm bảo)(?![\p{L}])/giu, '')).filter(
    (t) => !GENERIC.has(t),
  );

// Words that say where, qualifying every field of a list they end: "nước sạch và vệ sinh môi trường nông thôn".
const AREA_TAIL = /\s(nông thôn|nong thon|thành thị|thanh thi|đô thị|do thi|miền núi|mien nui)[\s.,;:]*$/u;

/**
 * Fields of a list: "người có công, giảm nghèo và trẻ em - bình đẳng giới" → three token lists. An area
 * ending a pair joined by "và" qualifies both: "nước sạch và vệ sinh môi trường nông thôn" → rural clean
 * water, rural sanitation.
 */
export function fieldsOf(text: string): string[][] {
  return text
    .split(/[,;:]|\s[-–]\s/u)
    .flatMap((part) => {
      const pair = part.split(/\s(?:và|va)\s/u);
      const area = AREA_TAIL.exec(pair[pair.length - 1] ?? '')?.[1];
      return area && pair.length > 1 ? pair.map((p) => (AREA_TAIL.test(p) ? p : `${p} ${area}`)) : pair;
    })
    .map(meaningful)
    .filter((t) => t.length > 0);
}

// "… các chỉ tiêu, giải pháp thuộc lĩnh vực Y tế", "… các lĩnh vực: A, B", "nhiệm vụ, chỉ tiêu về thông tin, truyền thông".
// "mục tiêu" alone is not enough: "xã hội hóa việc thực hiện mục tiêu giáo dục" assigns no indicator; led
// ("Chủ trì, phối hợp … triển khai thực hiện mục tiêu nước sạch …") it does.
const TARGETS_OF = /(?:chi tieu|cac linh vuc\s*:|(?<=chu tri[^.;]{0,160})muc tieu)/g;
// "… liên quan đến lĩnh vực ngành (đang) quản lý": the body's own field.
const OWN_FIELD = /(?:nganh|linh vuc) (?:dang )?quan ly/;
const CLAUSE_END = /\s(?:theo ke hoach|cua ke hoach|tren dia ban|nham|de )/;

/** The fields a duty gives its leads, or [] when it gives none: `fieldsAssigned('… chỉ tiêu … lĩnh vực Y tế', ['Sở Y tế'])`. */
export function fieldsAssigned(text: string, leads: string[]): string[][] {
  const fields: string[][] = [];
  for (const clause of text.split(/[.;](?=\s)/u)) {
    const f = fold(clause);
    const hits = [...f.matchAll(TARGETS_OF)];
    const last = hits[hits.length - 1];
    if (!last) continue;
    if (OWN_FIELD.test(f)) {
      // The body's own name says its field: "Sở Giáo dục và Đào tạo" → giáo dục, đào tạo.
      for (const lead of leads) fields.push(...fieldsOf(lead.replace(/^(?:Sở|Ban|Cục)\s+/u, '')));
      continue;
    }
    let rest = f.slice((last.index ?? 0) + last[0].length);
    const end = CLAUSE_END.exec(rest);
    if (end) rest = rest.slice(0, end.index);
    fields.push(...fieldsOf(rest));
  }
  return fields;
}

/**
 * The partners of the sentences that give fields: "Chỉ đạo … phối hợp với các Sở, ngành và Hội đoàn thể
 * liên quan đẩy mạnh công tác tuyên truyền … Chủ trì tham mưu … các chỉ tiêu … về lĩnh vực thông tin và
 * truyền thông" gives the targets with no partner; the first sentence's partners are of the campaign.
 */
export function fieldPartners(text: string, leads: string[]): string[] {
  const clauses = text
    .split(/(?<=[.;])\s/u)
    .filter((c) => fieldsAssigned(c, leads).length > 0)
    .join(' ');
  return clauses ? readAssignment(clauses, { leads, partners: [] }).partners : [];
}

/** Parts of a domain heading: "2.6. Lĩnh vực y tế, bảo hiểm xã hội" → `[['y','te'], ['bao','hiem','xa','hoi']]`. */
function domainParts(domain: string): string[][] {
  return fieldsOf(domain.replace(/^(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ][).])\s*/u, ''));
}

const within = (part: string[], words: Set<string>) => part.every((t) => words.has(t));
// A heading that only says when ("Giai đoạn 2023 - 2025", "Đến năm 2030") names no field.
const PERIOD = /^(?:giai doan|den nam|tu|nam)?\s*[\d\s-]*$/;
// The lexicon's words for a field, as folded token strings: ['y te', 'bac si', 'tu vong', …].
const FIELD_WORDS = Object.entries(FIELD_TERMS).map(([field, terms]) => ({
  field: tokens(field).join(' '),
  words: terms.map((t) => tokens(expand(t)).join(' ')),
}));
const termsOf = (field: string[]) => FIELD_WORDS.find((f) => f.field === field.join(' '))?.words ?? [];

/**
 * The heading part an indicator's name speaks of most precisely, in the part's own words or its lexicon's
 * ("bảo hiểm thất nghiệp" is of "bảo hiểm xã hội"): the longest phrase, then the first. "Phát triển đối
 * tượng tham gia BHXH …, BHYT" is a social-insurance figure under "Lĩnh vực y tế, bảo hiểm xã hội",
 * although "BHYT" holds the words "y tế"; "Tỷ lệ dân số tham gia bảo hiểm y tế" is a health figure under
 * "Về y tế, dân số".
 */
export function mostSpoken(parts: string[][], text: string): string[] | null {
  let best: { part: string[]; size: number; at: number } | null = null;
  for (const part of parts) {
    for (const phrase of [part.join(' '), ...termsOf(part)]) {
      const at = text.indexOf(` ${phrase} `);
      if (at < 0) continue;
      const size = phrase.split(' ').length;
      if (!best || size > best.size || (size === best.size && at < best.at)) best = { part, size, at };
    }
  }
  return best?.part ?? null;
}

// A field the heading names exactly ("giáo dục") beats one that only contains it ("giáo dục dạy nghề").
function bestCover(candidates: string[][], assignments: FieldAssignment[]): FieldAssignment | null {
  let best: { a: FieldAssignment; fit: number } | null = null;
  for (const a of assignments) {
    for (const field of a.fields) {
      const words = new Set(field);
      for (const p of candidates) {
        if (!within(p, words)) continue;
        const fit = p.length === field.length ? 2 : 1;
        if (!best || fit > best.fit) best = { a, fit };
      }
    }
  }
  return best?.a ?? null;
}

/**
 * Which assignment covers an indicator: the heading part the indicator's name speaks of (or, when its name
 * speaks of none, any part of its heading) is one of the assignment's fields; under a heading that names no
 * field ("Một số chỉ tiêu khác"), a field of two words or more written in the indicator's name.
 */
export function assignmentFor(
  indicator: Indicator,
  assignments: FieldAssignment[],
  leadIn = '',
): FieldAssignment | null {
  const name = new Set(tokens(expand(indicator.name)));
  const parts = domainParts(indicator.domain);
  // The clause's words after the figure count too: "… đạt tỷ lệ 50% trở lên số người hưởng lương hưu"; the
  // list's lead-in first, since it says what the whole list is about.
  const spoken = mostSpoken(
    parts,
    ` ${tokens(expand(`${leadIn} ${indicator.name} ${indicator.source.quote}`)).join(' ')} `,
  );
  const loose = parts.filter((p) => within(p, name));
  const best = bestCover(spoken ? [spoken] : loose.length ? loose : parts, assignments);
  if (best) return best;
  // A field of the lexicon that the name speaks of and no one is given ("bảo hiểm xã hội") leaves the figure
  // without a lead; a part of the heading the lexicon does not know ("chống mại dâm") decides nothing.
  if (spoken && !termsOf(spoken).length) {
    const other = bestCover(loose.length ? loose : parts, assignments);
    if (other) return other;
  }
  if (parts.some((p) => !PERIOD.test(p.join(' ')))) return null;
  // Under a heading that names no field ("Một số chỉ tiêu khác", "Giai đoạn 2023 - 2025"): the field whose
  // words the indicator's name holds ("tử vong", "giường bệnh" → y tế).
  const text = ` ${tokens(expand(indicator.name)).join(' ')} `;
  return (
    assignments.find((a) =>
      a.fields.some(
        (f) =>
          (f.length >= 2 && within(f, name)) ||
          mostlyWithin(f, name) ||
          termsOf(f).some((t) => text.includes(` ${t} `)),
      ),
    ) ?? null
  );
}

const AREAS = [
  ['nong', 'thon'],
  ['thanh', 'thi'],
  ['do', 'thi'],
];
/**
 * A field of three words or more that the name mostly holds (three words and three quarters at least), in
 * the same area: "nước sạch … nông thôn"
 * covers "Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh"; not "dân cư đô thị được cung cấp nước sạch".
 */
export function mostlyWithin(field: string[], name: Set<string>): boolean {
  if (field.length < 3) return false;
  const areaOf = (words: (w: string) => boolean) => AREAS.findIndex((a) => a.every(words));
  const fieldArea = areaOf((w) => field.includes(w));
  const nameArea = areaOf((w) => name.has(w));
  if (fieldArea >= 0 && nameArea >= 0 && fieldArea !== nameArea) return false;
  if (fieldArea >= 0 && nameArea < 0) return false;
  const held = field.filter((w) => name.has(w)).length;
  return held >= 3 && held / field.length >= 0.75;
}

/**
 * The lead-in of the list a figure's clause continues, or '': "Phấn đấu … phát triển đối tượng tham gia
 * BHXH …, BHYT: ít nhất bằng 48% …; khoảng 40% …; tỷ lệ bao phủ BHYT đạt trên 95%" — the third clause
 * starts in lower case on the line where the previous one ended, so it is an item of the same list, and
 * the words before the colon say what every item is about.
 */
export function listLeadIn(indicator: Indicator, previous: Indicator[]): string {
  let at = indicator;
  for (let i = previous.length - 1; i >= 0; i--) {
    const before = previous[i] as Indicator;
    const continues =
      before.source.file === at.source.file &&
      before.source.section === at.source.section &&
      before.source.lineEnd >= at.source.lineStart &&
      /^[\p{Ll}\d]/u.test(at.source.quote);
    if (!continues) return '';
    const colon = before.source.quote.indexOf(':');
    if (colon > 0 && !/^[\p{Ll}\d]/u.test(before.source.quote)) return before.source.quote.slice(0, colon);
    at = before;
  }
  return '';
}

/** Fills leads, partners and `agencySource` of the indicators that name no body; returns how many. */
export function applyFieldAssignments(indicators: Indicator[], assignments: FieldAssignment[]): number {
  let linked = 0;
  for (const [i, indicator] of indicators.entries()) {
    if (indicator.leads.length) continue;
    const a = assignmentFor(indicator, assignments, listLeadIn(indicator, indicators.slice(0, i)));
    if (!a) continue;
    indicator.leads = a.leads;
    indicator.leadAgency = a.leadAgency;
    indicator.partners = a.partners;
    indicator.agencySource = a.source;
    linked++;
  }
  return linked;
}
