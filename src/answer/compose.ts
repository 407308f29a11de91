/** Records → lines of a reply, in Vietnamese, using only what the records say. */

import { agencyKey } from '../ingest/agencies';
import { executorLine } from '../ingest/rules/executor-line';
import type { Indicator, Plan, ReportingDuty, Source, Target, Task } from '../schema/records';
import { location } from '../text/citation';
import { formatDate, formatDaysLeft, writtenDays } from '../text/dates';
import { PASSED, passedMark, yearPassed } from '../text/elapsed';
import { fold } from '../text/normalize';
import { clip, ellipsize } from '../text/truncate';
import type { Found } from './context';
import type { AnswerItem, SourceRef } from './types';

/** Characters a reply aims to stay under; more items are left for the next question. */
export const REPLY_BUDGET = 850;
/**
 * A body's duties are read as a list: it may fill a reply to the brim (the line "… và N mục khác" included),
 * with each item cut to what it asks (`dutyGist`) rather than to its first words.
 */
export const LIST_BUDGET = 870;

/**
 * What a duty asks, without the words every duty of a list repeats: "Đề nghị Mặt trận Tổ quốc … các hội quần
 * chúng: tăng cường giám sát …" → "…tăng cường giám sát …"; "Chủ trì, phối hợp với các sở, ngành, địa phương
 * có liên quan triển khai …" → "…triển khai …". The rest is the plan's words as written.
 */
export function dutyGist(text: string, partners: readonly string[], leads: readonly string[] = []): string {
  const whole = displayText(text);
  const t = withoutLeadsOpening(withoutWho(whole), leads);
  // "Chủ trì, phối hợp với <partners> …": the partners are listed apart in the reply.
  const lead = /^(?:Chủ trì|Phối hợp)(?:,?\s*(?:phối hợp|chủ trì|tham mưu))?\s*(?:với\s+)?/iu.exec(t);
  if (lead && partners.length) {
    // Only the list right after the lead-in: a later "phối hợp với …" belongs to a duty of its own.
    const end = namesRunEnd(t, partners, lead[0].length, 6);
    const rest = t.slice(end).replace(/^[\s,;]*(?:và\s+)?(?:có\s+)?(?:liên quan\s*)?[\s,;]*/u, '');
    if (end > lead[0].length && rest.length > 20) return `…${rest}`;
  }
  return t === whole ? t : `…${t}`;
}

/**
 * Where a run of `names` standing one after another in `t` from `from` ends (their order free, a separator of up
 * to 6 characters between two; the first at most `firstSlack` characters after `from`); `from` when none stands
 * there.
 */
function namesRunEnd(t: string, names: readonly string[], from: number, firstSlack: number): number {
  let end = from;
  for (let grown = true; grown; ) {
    grown = false;
    for (const n of names) {
      const at = t.indexOf(n, Math.max(0, end - 1));
      if (n && at >= 0 && at <= end + (end === from ? firstSlack : 6) && at + n.length > end) {
        end = at + n.length;
        grown = true;
      }
    }
  }
  return end;
}

/**
 * A duty without the list of its leads it opens with, when that list is all the sentence's subject: "Giám đốc
 * các sở, …, Chủ tịch UBND các huyện … và các đơn vị có liên quan theo chức năng, nhiệm vụ được giao khẩn trương
 * xây dựng kế hoạch cụ thể …" → "khẩn trương xây dựng kế hoạch cụ thể …" (the leads are shown apart).
 */
function withoutLeadsOpening(t: string, leads: readonly string[]): string {
  // (The first at the very start: "Giao Sở X là cơ quan đầu mối …" keeps who gives it.)
  const end = namesRunEnd(t, leads, 0, 0);
  if (!end) return t;
  const rest = t
    .slice(end)
    .replace(
      /^[\s,;]*(?:và\s+)?(?:các đơn vị\s+)?(?:có\s+)?(?:liên quan\s*)?(?:theo chức năng,? nhiệm vụ(?: được giao)?\s*)?[\s,;]*/u,
      '',
    );
  // Only a subject before its verb: what follows starts a duty in lower case ("khẩn trương …", "tổ chức …").
  return rest.length > 20 && /^\p{Ll}/u.test(rest) ? rest : t;
}

/** A duty without a lead-in naming who, closed by a colon: "Đề nghị X: …", "Sở Y tế: …" → "…". */
function withoutWho(t: string): string {
  // "Đề nghị X: …", "Sở Y tế: …": a lead-in naming who, closed by a colon.
  const colon = t.indexOf(':');
  const head = colon > 0 ? t.slice(0, colon) : '';
  const namesWho =
    /^(?:Đề nghị|Giao|Yêu cầu)\s/u.test(head) ||
    (head.length < 120 &&
      /(?:^|\s)(?:Sở|UBND|Ủy ban|Ban|Hội|Mặt trận|Bảo hiểm|Công an|Đài|Báo|Liên đoàn|Tỉnh đoàn)\s/u.test(
        head,
      ));
  return colon > 0 && colon < 320 && namesWho && /\p{L}/u.test(t.slice(colon + 1))
    ? t.slice(colon + 1).trim()
    : t;
}

/** A statement without its list marker: "5. Sở Tài nguyên…" → "Sở Tài nguyên…", "a) Tăng cường…" → "Tăng cường…". */
export function displayText(text: string): string {
  // A clause cut from its list keeps no dangling ";" (the reply adds its own full stop).
  return text.replace(/^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))\s+/u, '').replace(/[;,:]\s*$/u, '');
}

export { sectionLabel } from '../text/citation';

/** A source with its plan, for the reply and the API. */
export function sourceRef(plan: Plan, source: Source): SourceRef {
  return { ...source, planId: plan.id, planNumber: plan.number, province: plan.province };
}

/** "Nguồn: KH 91/KH-UBND (26/04/2021), mục I.2.6, dòng 202–203." */
export function sourceLine(plan: Plan, source: Source, samePlan = false): string {
  const where = location(source);
  // In a list from one plan, the plan is named once: "Nguồn: mục III.6.1, dòng 372–378."
  if (samePlan) return `Nguồn: ${where}.`;
  const date = plan.signedDate ? ` (${formatDate(plan.signedDate)})` : '';
  return `Nguồn: KH ${plan.number}${date}, ${where}.`;
}

const byYear = (targets: Target[], today?: string) =>
  [...new Set(targets.map((t) => t.year))].map(
    (y) =>
      `${y ? `năm ${y}${passedMark(y, today)}` : 'mục tiêu'}: ${targets
        .filter((t) => t.year === y)
        .map((t) => t.text)
        .join(', ')}`,
  );

/**
 * What a question narrows a table row to: the years it names, and the column it asks for ("chỉ tiêu Trung ương
 * giao", "tỉnh phấn đấu"). A hotline reads out the one figure asked, not the whole row.
 */
export interface Focus {
  years: readonly number[];
  scope: 'province' | 'central' | null;
  /** The question's topic words (see `topicWords`): which of a sentence's several figures it asks for. */
  words?: readonly string[];
  /** Whether the question asks what a row's "Ghi chú" says (see `NOTE_ASKED`). */
  noteAsked?: boolean;
  /** Whether the question asks a yearly rise or fall ("tăng mỗi năm bao nhiêu", "giảm bình quân/năm"). */
  perYear?: boolean;
  /**
   * Whether a sentence is quoted whole even for some of its years: the question weighs a figure against the
   * plan's, or names another year ("năm 2030 so với năm 2025").
   */
  whole?: boolean;
}

// "… hiện nay / tính đến nay …", "Hiện Đồng Nai có bao nhiêu …", "vì sao tỉnh đặt …", "ghi chú": what a table
// row's notes say (where the row stands, why the province set its figure), not its targets.
const NOTE_ASKED =
  /\b(?:ghi chu|hien (?:nay|tai|trang|co|da|dang)|thuc trang|(?:tinh )?(?:den|toi) nay|vi sao|tai sao|ly do|sao lai)\b|^hien (?!thuc\b)/;

/** Whether a folded question asks what a table row's notes say. */
export const asksNote = (folded: string) => NOTE_ASKED.test(folded);

/** Whether a folded question asks a yearly rate: "tăng mỗi năm", "hằng năm giảm bao nhiêu", "bao nhiêu %/năm". */
export const asksPerYear = (folded: string) => /\b(?:moi|hang) nam\b|\/ ?nam\b/.test(folded);

// A yearly rate as a plan writes it: "tăng hàng năm 1%", "giảm 1,5%/năm", "mỗi năm tăng …".
const YEARLY = /(?:hằng|hàng|mỗi) năm|\/\s?năm/iu;

/**
 * A row's "Ghi chú", when the question asks about it: asked outright, asked of a year the note names and no
 * target of the row has ("cuối năm 2024 còn bao nhiêu hộ nghèo?" of a row set for 2025 and 2030), or asked a
 * yearly rate the note states and no target does ("… tăng mỗi năm bao nhiêu?" of a row whose note proposes
 * "tăng hàng năm 1%").
 */
function noteShown(i: Indicator, focus?: Focus): string {
  if (!i.note || !focus) return '';
  const rowYears = new Set(i.targets.map((t) => t.year));
  const ofYear = focus.years.some((y) => !rowYears.has(y) && i.note?.includes(String(y)));
  const yearly =
    focus.perYear && YEARLY.test(i.note) && !i.targets.some((t) => YEARLY.test(`${t.text} ${t.unit ?? ''}`));
  return focus.noteAsked || ofYear || yearly ? ` Ghi chú của bảng: «${ellipsize(i.note, 400)}»` : '';
}

// Words of a figure's label that name no particular thing.
const GENERIC_LABEL = new Set([
  'dat',
  'co',
  'khoang',
  'tren',
  'duoi',
  'nguoi',
  'dan',
  'nam',
  'ty',
  'le',
  'so',
  'xuong',
  'len',
]);

/** What a figure counts, by its unit: "giường bệnh/10.000 dân" → "giường bệnh". */
const labelOf = (t: Target) => (t.unit?.includes('/') ? (t.unit.split('/')[0] ?? '').trim() : '');

/**
 * Of a sentence's several figures, the ones the question names by what they count ("còn bác sĩ?" of "39 giường
 * bệnh, 15 bác sĩ, 04 dược sĩ … trên 10.000 dân"); null unless the words pick some and not all.
 */
function figuresAsked(targets: readonly Target[], words: readonly string[]): [Target] | null {
  const asked = new Set(words);
  const own = (t: Target) =>
    fold(labelOf(t))
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 2 && !GENERIC_LABEL.has(w));
  // Only figures that each say what they count ("bác sĩ/10.000 dân", one unit each): a sentence whose figures
  // are parts of one phrase ("mức độ 1 …, trong đó …") is read whole.
  const counts = targets.map(labelOf);
  if (counts.some((c) => !c) || new Set(counts).size < counts.length) return null;
  const picked = targets.filter((t) => own(t).some((w) => asked.has(w)));
  // One figure asked; several are read out in the whole sentence, which keeps what each is said of.
  return picked.length === 1 && targets.length > 1 ? (picked as [Target]) : null;
}

/** A figure's words in its sentence, up to the next figure: "đạt 39 giường bệnh (không bao gồm … xã)". */
function segmentOf(sentence: string, t: Target, all: readonly Target[]): string {
  const at = sentence.indexOf(t.text);
  if (at < 0) return t.text;
  const next = Math.min(
    ...all.map((x) => (x === t ? -1 : sentence.indexOf(x.text, at + t.text.length))).filter((n) => n > at),
    sentence.length,
  );
  return sentence.slice(at, next).replace(/[\s,;]+(?:và\s*)?$/u, '');
}

/**
 * Rule: a sentence that sets a figure for each of several years, read for some of them, leaves out the other
 * years' figures with the year that brings each ("Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% lực lượng lao
 * động …" read for 2025 → "… có 20%, … lực lượng lao động …"; "đạt mức 80% vào năm 2025 và 90% vào năm 2030" →
 * "đạt mức 80% vào năm 2025 …"), as a quotation leaves out what it does not need, marked "…". A figure whose
 * year is not written beside it, or written twice in the sentence, stays.
 */
export function withoutOtherYears(
  sentence: string,
  targets: readonly Target[],
  asked: readonly number[],
): string {
  let out = sentence;
  for (const t of targets) {
    if (t.year === null || asked.includes(t.year) || !t.text) continue;
    const at = out.indexOf(t.text);
    if (at < 0 || out.indexOf(t.text, at + 1) >= 0) continue;
    const year = String(t.year);
    if (out.split(year).length !== 2) continue;
    const before = out.slice(0, at);
    const after = out.slice(at + t.text.length);
    // The year written before the figure ("…, năm 2030 có 25%") or after it ("90% vào năm 2030").
    const yearBefore = new RegExp(
      `(?:\\s*,)?\\s*(?:(?:và|đến|tới|vào)\\s+)*năm\\s+${year}\\s*,?\\s*$`,
      'u',
    ).exec(before);
    const yearAfter = new RegExp(
      `^\\s*,?\\s*(?:(?:vào|đến|tới|trong)\\s+)?năm\\s+${year}(?![0-9])`,
      'u',
    ).exec(after);
    if (yearBefore) out = `${before.slice(0, yearBefore.index)} …${after}`;
    else if (yearAfter)
      out = `${before.replace(/(?:\s*,|\s+và|\s+hoặc)?\s*$/u, '')} …${after.slice(yearAfter[0].length).replace(/^\s*(?:,|và)\s+/u, ' ')}`;
  }
  return out;
}

/** The "per …" a sentence gives its figures once, at its end ("… trên 10.000 dân"), for a figure cut from it. */
function perOf(segment: string, t: Target): string {
  const per = t.unit?.includes('/') ? t.unit.slice(t.unit.indexOf('/') + 1) : '';
  return per && !segment.includes(per) ? `/${per}` : '';
}

// "chỉ tiêu Trung ương giao", "TW": the central column; "tỉnh phấn đấu", "tỉnh mình đặt bao nhiêu", "chỉ tiêu
// riêng của tỉnh": the province's. Both named, or the two compared ("so với", "thấp hơn"): both columns.
const CENTRAL_ASKED = /\b(?:trung uong|tw|ca nuoc|quoc gia giao)\b/;
// "TW đặt 100%, còn Đồng Nai đặt bao nhiêu?": "còn …" turns from the centre to the province's own.
const PROVINCE_ASKED =
  /\b(?:(?:chi tieu|muc tieu) (?:rieng )?(?:cua )?tinh|tinh minh|tinh (?:tu )?(?:thi )?(?:dat|de ra|phan dau|bn|bao nhieu)|cua tinh|rieng cua|dia phuong|tu (?:dat|de ra|dat ra)|con (?:\S+ ){0,3}(?:thi )?(?:dat|de ra|dat ra|phan dau))\b/;
// "… như mức TW", "giống TW": the province's figure weighed against the centre's.
const COMPARED =
  /\b(?:so voi|so sanh|thap hon|cao hon|chenh|khac (?:nhau|gi|khong)|ca hai|(?:nhu|giong|bang) (?:muc |chi tieu )?(?:cua )?(?:tw|trung uong))\b/;

const LOCAL_COLUMN = 'chỉ tiêu của tỉnh';
const CENTRAL_COLUMN = 'chỉ tiêu Trung ương';

/**
 * Rule: a figure put forward as what a province sets ("Đồng Nai đặt 1-1,5%/năm cho tỉnh mình đúng không?",
 * "… chỉ đặt 35% như mức TW?") is the province's own column's; one put forward of the centre alone ("TW giao
 * 100% phải không?") the centre's. Null when the question names both as two figures (each claim its own).
 */
export function claimColumn(folded: string): Focus['scope'] {
  const central = CENTRAL_ASKED.test(folded);
  const province = PROVINCE_ASKED.test(folded);
  const compared = COMPARED.test(folded);
  if (central && province && !compared) return null;
  return central && !compared ? 'central' : 'province';
}

/** The part of a row's line (`indicatorText`) that gives `column`'s figures; the whole line without columns. */
export function columnPart(line: string, column: Focus['scope']): string {
  const local = line.indexOf(`${LOCAL_COLUMN}: `);
  const central = line.indexOf(`${CENTRAL_COLUMN}: `);
  if (!column || local < 0 || central < 0) return line;
  return column === 'province' ? line.slice(local, central) : line.slice(central);
}

/** The column a folded question asks for: one of the two, or null for both, neither, or the two compared. */
export function scopeAsked(folded: string): Focus['scope'] {
  if (COMPARED.test(folded)) return null;
  const central = CENTRAL_ASKED.test(folded);
  const province = PROVINCE_ASKED.test(folded);
  // "… giảm bao nhiêu, Trung ương giao bao nhiêu?": two figures asked, the centre's and the province's own.
  if (central && !province && (folded.match(/\bbao nhieu\b/g) ?? []).length > 1) return null;
  return central === province ? null : central ? 'central' : 'province';
}

/** What an indicator commits to, as one line; a table row narrowed to `focus`. */
export function indicatorText(i: Indicator, today?: string, focus?: Focus): string {
  if (!i.source.section.startsWith('PL')) {
    // "39 giường bệnh, 15 bác sĩ, 04 dược sĩ … trên 10.000 dân" asked for doctors: that figure alone, in the
    // plan's words with the unit the sentence gives it, and what else the sentence sets, without figures.
    const named = focus?.words?.length ? figuresAsked(i.targets, focus.words) : null;
    const quoted = displayText(i.source.quote).replace(/[;,.\s]+$/, '');
    if (named) {
      const [t] = named;
      const segment = segmentOf(quoted, t, i.targets);
      const shown = `${segment}${perOf(segment, t)}`;
      const when = t.year
        ? `mục tiêu đến năm ${t.year}${yearPassed(t.year, today) ? ` — ${PASSED}` : ''}; `
        : '';
      const rest = [...new Set(i.targets.filter((x) => x !== t).map(labelOf))].filter(Boolean);
      return `${shown} (${when}câu này còn nêu: ${rest.join(', ')})`;
    }
    const year = i.targets.find((t) => t.year)?.year ?? null;
    const quote = quoted;
    if (year && !quote.includes(String(year)))
      return `${quote} (mục tiêu đến năm ${year}${yearPassed(year, today) ? ` — ${PASSED}` : ''})`;
    // "550/100.000 vào năm 2025 và 500/100.000 vào năm 2030": only the milestones that passed are said so.
    const years = [...new Set(i.targets.flatMap((t) => (t.year ? [t.year] : [])))];
    const passed = years.filter((y) => yearPassed(y, today));
    // "Phấn đấu đến năm 2025, có 20%, năm 2030 có 25% …" asked for 2030: that year's figure is read out
    // beside the sentence, and only the other milestones are said to have passed.
    const asked = focus?.years ?? [];
    const inAsked = i.targets.filter((t) => t.year !== null && asked.includes(t.year));
    if (inAsked.length && years.some((y) => !asked.includes(y))) {
      const gone = passed.filter((y) => !asked.includes(y));
      const read = focus?.whole ? quote : withoutOtherYears(quote, i.targets, asked);
      // (The other years' milestones are said passed only while the sentence still shows them.)
      const goneShown = gone.filter((y) => read.includes(String(y)));
      return `${read} (${byYear(inAsked, today).join('; ')}${goneShown.length ? `; mốc năm ${goneShown.join(', ')} — ${PASSED}` : ''})`;
    }
    if (passed.length && passed.length < years.length)
      return `${quote} (mốc năm ${passed.join(', ')} — ${PASSED})`;
    return yearPassed(year, today) ? `${quote} (mục tiêu năm ${year} — ${PASSED})` : quote;
  }
  const { years, inYears, allLocal, allCentral, yearHeld, showLocal, showCentral, local, central } =
    columnsOf(i, focus);
  const unit = i.unit && i.unit !== '%' ? ` (${i.unit})` : '';
  const columns: string[] = [];
  // A column the table leaves empty ("-") for the year asked sets nothing for it: said so, never left blank.
  const forYears = yearHeld ? ` cho năm ${years.join(', ')}` : '';
  if (showLocal)
    columns.push(`${LOCAL_COLUMN}: ${byYear(local, today).join('; ') || `không đặt${forYears}`}`);
  if (showCentral && central.length) columns.push(`${CENTRAL_COLUMN}: ${byYear(central, today).join('; ')}`);
  else if (showCentral && allCentral.length && !showLocal)
    columns.push(`${CENTRAL_COLUMN}: không đặt${forYears}`);
  const left = [
    !showLocal && allLocal.length ? LOCAL_COLUMN : '',
    !showCentral && allCentral.length ? CENTRAL_COLUMN : '',
    yearHeld && i.targets.some((t) => !inYears(t)) ? 'các năm khác' : '',
  ].filter(Boolean);
  const text = `${i.name}${unit} — ${columns.join('; ')}`;
  const note = noteShown(i, focus);
  return `${left.length ? `${text} (bảng còn ${left.join(', ')})` : text}${note ? `.${note}` : ''}`;
}

/** The asked years and column of a table row, when the row has them; what is left out is named, without figures. */
function columnsOf(i: Indicator, focus?: Focus) {
  const years = focus?.years ?? [];
  const inYears = (t: Target) => !years.length || t.year === null || years.includes(t.year);
  const allLocal = i.targets.filter((t) => t.scope === 'province');
  const allCentral = i.targets.filter((t) => t.scope === 'central');
  const yearHeld = years.length > 0 && i.targets.some((t) => t.year !== null && years.includes(t.year));
  const keep = (ts: Target[]) => (yearHeld ? ts.filter(inYears) : ts);
  const scope = focus?.scope ?? null;
  const showLocal = scope !== 'central' || !allCentral.length;
  const showCentral = scope !== 'province' || !allLocal.length;
  return {
    years,
    inYears,
    allLocal,
    allCentral,
    yearHeld,
    showLocal,
    showCentral,
    local: keep(allLocal),
    central: keep(allCentral),
  };
}

/**
 * Whether a table row, read as `indicatorText` reads it for `focus`, shows no figure: its columns asked set
 * nothing for the years asked ("— chỉ tiêu của tỉnh: không đặt cho năm 2030").
 */
export function setsNothingAsked(i: Indicator, focus?: Focus): boolean {
  if (!i.source.section.startsWith('PL')) return false;
  const { showLocal, showCentral, local, central, allCentral } = columnsOf(i, focus);
  // The columns shown, as indicatorText lists them: the province's, then the centre's when it has figures
  // (or, shown alone, says it sets none).
  const shown = [
    ...(showLocal ? [local] : []),
    ...(showCentral && (central.length || (allCentral.length && !showLocal)) ? [central] : []),
  ];
  return shown.length > 0 && shown.every((ts) => ts.length === 0);
}

/**
 * "Chủ trì: Sở Y tế; phối hợp: Bảo hiểm xã hội tỉnh." in the plan's own words, every co-lead named;
 * '' when the record names nobody.
 */
export function agencyText(
  r: { leads: string[]; partners: string[] },
  maxPartners = 3,
  role: DutyRole = 'lead',
): string {
  if (!r.leads.length) return '';
  const partners = r.partners.slice(0, maxPartners);
  const more = r.partners.length > maxPartners ? ` và ${r.partners.length - maxPartners} đơn vị khác` : '';
  const [who, besides] = ROLE_WORDS[role];
  return `${who}: ${r.leads.join(', ')}${partners.length ? `; ${besides}: ${partners.join(', ')}${more}` : ''}.`;
}

/** How a plan gives a duty to the body it names: to lead it, to take part ("Phối hợp với …"), or asked of it. */
export type DutyRole = 'lead' | 'partner' | 'requested';

const ROLE_WORDS: Record<DutyRole, [string, string]> = {
  lead: ['Chủ trì', 'phối hợp'],
  partner: ['Phối hợp thực hiện', 'cùng'],
  requested: ['Đề nghị', 'cùng'],
};

/**
 * The role a duty's own words give the body it is under: "9. Đề nghị Ủy ban Mặt trận Tổ quốc …: tăng cường …"
 * asks it (a plan requests, it does not assign, the Front and the mass organisations); "11. Ban Dân tộc:
 * Phối hợp với các cơ quan liên quan …" gives it a part in others' work; anything else, to lead.
 */
export function dutyRole(text: string): DutyRole {
  const t = withoutNumbering(text);
  if (/^Đề nghị\s/u.test(t)) return 'requested';
  return /^(?:Phối hợp|Tham gia phối hợp)\b/u.test(withoutWho(t)) ? 'partner' : 'lead';
}

/**
 * A duty's role with its section: under a heading that asks ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,
 * các tổ chức chính trị - xã hội"), every duty is asked of the bodies it names, not given to them.
 */
export function taskRole(t: { text: string; domain: string }): DutyRole {
  if (/^\s*(?:[\dIVX]+(?:\.\d+)*\.?\s*)?Đề nghị\s/u.test(t.domain)) return 'requested';
  return dutyRole(t.text);
}

/**
 * "cơ quan đầu mối, chủ trì thực hiện KH 68/KH-UBND là Sở …": the body that runs a plan, as one sentence, in the
 * role words the plan gives it ("là cơ quan thường trực", "cơ quan đầu mối, chủ trì", "Chủ trì, phối hợp …").
 */
export function coordinatorText(plan: {
  number: string;
  coordinator?: { leads: string[]; source?: { quote: string } };
}): string {
  return `cơ quan ${coordinatorRole(plan.coordinator?.source?.quote ?? '')} thực hiện KH ${plan.number} là ${(plan.coordinator?.leads ?? []).join(', ')}.`;
}

// The words a plan uses for the role of the body that runs it.
const COORDINATOR_ROLES: ReadonlyArray<[RegExp, string]> = [
  [/\bdau moi\b/, 'đầu mối'],
  [/\bchu tri\b/, 'chủ trì'],
  [/\bthuong truc\b/, 'thường trực'],
];

/** The role words of a plan's sentence on its coordinator, in the order it writes them; "chủ trì" if none. */
export function coordinatorRole(quote: string): string {
  const first = fold(withoutNumbering(quote).split(/;|\.\s/)[0] ?? '');
  const found = COORDINATOR_ROLES.map(([re, word]) => [first.search(re), word] as const)
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0])
    .map(([, word]) => word);
  return found.length ? found.join(', ') : 'chủ trì';
}

const PART = /^(?:tham gia\s+)?phối hợp\s/iu;

/** A duty's words without the item number it opens with ("3.1.", "IV.", "b)"). */
export const withoutNumbering = (text: string) =>
  text.replace(/^\s*(?:[\dIVX]+(?:\.\d+)*\.?|[a-zđ]\))\s*/u, '');

/** Whether a duty's words (or one clause of them) open on the body's part in another's work: "phối hợp với …". */
export const opensPart = (text: string) => PART.test(text);

/**
 * The role in the part of a duty that is shown or asked about: a clause cut from a body's duties that opens
 * "phối hợp với …" is a part the body takes in someone else's work, whatever the duty's first words say; so
 * is the one clause of several ("Tham mưu …; phối hợp với các cơ quan có liên quan triển khai hỗ trợ nhà ở
 * cho hộ nghèo …") that holds the question's words (`words`, folded) better than any other.
 */
export function shownRole(text: string, shown: string, words: readonly string[] = []): DutyRole {
  if (PART.test(shown.replace(/^…\s*/u, '')) && shown.startsWith('…')) return 'partner';
  const clause = askedClause(text, words);
  if (clause && PART.test(clause)) return 'partner';
  return dutyRole(text);
}

/**
 * Whether a duty under a heading naming its body ("7. Sở Xây dựng", then "Tham mưu thực hiện kế hoạch phát triển
 * nhà ở …") has the body advise on the part shown or asked about: the part opens "Tham mưu", and no word of the
 * duty makes the body lead ("Chủ trì, phối hợp …"). The answer then says so in that word rather than "Chủ trì".
 * (A table's "Cơ quan chủ trì" column, or a "Cơ quan thực hiện: … chủ trì" line, is the plan's own "chủ trì".)
 */
export function advisesOn(
  t: { text: string; domain: string; leads: readonly string[] },
  shown: string,
  words: readonly string[] = [],
): boolean {
  const heading = agencyKey(withoutNumbering(t.domain));
  if (!t.leads.some((l) => heading === agencyKey(l)) || /\bchu tri\b/.test(fold(t.text))) return false;
  const text = t.text;
  const part = shown.startsWith('…')
    ? shown.replace(/^…\s*/u, '')
    : (askedClause(text, words) ?? withoutWho(withoutNumbering(text)));
  return /^Tham mưu\s/u.test(part.trim());
}

/** The one clause of a duty ("…; …") that holds the question's words (`words`, folded) better than any other. */
export function askedClause(text: string, words: readonly string[]): string | null {
  const clauses = text.split(/;\s*/u).filter((c) => c.trim());
  if (!words.length || clauses.length < 2) return null;
  const held = (c: string) => {
    const own = new Set(fold(c).split(/[^a-z0-9]+/));
    return words.filter((w) => own.has(w)).length;
  };
  const scored = clauses.map((c) => ({ c, n: held(c) })).sort((a, b) => b.n - a.n);
  const [best, next] = scored;
  return best && best.n > 0 && best.n > (next?.n ?? 0) ? best.c.trim() : null;
}

const DAY = 86_400_000;

/** Days from `today` to the next `--MM-DD` (this year or next). */
export function daysUntilYearly(today: string, monthDay: string): number {
  const thisYear = daysToThisYears(today, monthDay);
  if (thisYear >= 0) return thisYear;
  const [, , mm, dd] = monthDay.split('-');
  const next = Date.parse(`${Number(today.slice(0, 4)) + 1}-${mm}-${dd}T00:00:00Z`);
  return Math.round((next - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** Days from `today` to this year's `--MM-DD`, negative once it has passed. */
function daysToThisYears(today: string, monthDay: string): number {
  const [, , mm, dd] = monthDay.split('-');
  const day = Date.parse(`${today.slice(0, 4)}-${mm}-${dd}T00:00:00Z`);
  return Math.round((day - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/**
 * A yearly day against today: "còn 9 ngày"; once this year's has passed, that first, then the next one ("năm
 * nay đã quá hạn 4 ngày, kỳ tới còn 361 ngày"): "đã quá hạn chưa?" is asked of this year's.
 */
export function yearlyStatus(today: string, monthDay: string): string {
  const next = daysUntilYearly(today, monthDay);
  const thisYear = daysToThisYears(today, monthDay);
  return thisYear < 0
    ? `năm nay đã quá hạn ${-thisYear} ngày, kỳ tới ${formatDaysLeft(next)}`
    : formatDaysLeft(next);
}

/** Status of a timeframe against today: "còn 17 ngày", "đã qua", "năm nay". */
export function timeStatus(task: Pick<Task, 'timeframe'>, today: string): string {
  const tf = task.timeframe;
  const year = Number(today.slice(0, 4));
  if (tf.kind === 'date' && tf.date) {
    const days = Math.round((Date.parse(`${tf.date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
    return days >= 0 ? formatDaysLeft(days) : PASSED;
  }
  if (tf.kind === 'year' && tf.year)
    return tf.year < year ? PASSED : tf.year === year ? 'trong năm nay' : `còn ${tf.year - year} năm`;
  if (tf.kind === 'period' && tf.to) return tf.to < year ? PASSED : 'đang thực hiện';
  if (tf.kind === 'yearly') return 'lặp lại hằng năm';
  if (tf.kind === 'continuous') return 'thực hiện thường xuyên';
  return '';
}

/** What a found record says, as one line: an indicator's targets (past ones marked) or a task's text without its marker. */
export function recordText(f: Found, today?: string, focus?: Focus): string {
  return f.kind === 'indicator' ? indicatorText(f.record, today, focus) : displayText(f.record.text);
}

/** "Thời gian: Hằng năm — lặp lại hằng năm." for a task with a timeframe, '' otherwise. */
export function timeframeText(f: Found, today: string): string {
  if (f.kind !== 'task' || !f.record.timeframe.text) return '';
  const status = timeStatus(f.record, today);
  return `Thời gian: ${f.record.timeframe.text}${status ? ` — ${status}` : ''}.`;
}

/** "Các sở báo cáo UBND tỉnh (qua Sở LĐTBXH): trước ngày 10/12 hằng năm — còn 17 ngày." */
export function dutyText(d: ReportingDuty, today: string): string {
  const status = d.dueDate?.startsWith('--') ? ` — ${yearlyStatus(today, d.dueDate)}` : '';
  // "(qua Sở LĐTBXH)": the body the report passes through, as the plan names it.
  const via = d.via ? ` (qua ${d.via})` : '';
  // "định kỳ tổng hợp, báo cáo UBND tỉnh": a body that reports what others sent it compiles first.
  const sentence = sentenceTo(fold(d.source.quote), fold(d.to));
  const compiles = compilesReports(d);
  // "Tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy": the body drafts, the UBND reports.
  const advises = /tham muu (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) bao cao/.exec(sentence);
  const verb = advises
    ? `tham mưu ${/thanh pho/.test(advises[0]) ? 'UBND thành phố' : 'UBND tỉnh'} báo cáo`
    : compiles
      ? 'tổng hợp, báo cáo'
      : 'báo cáo';
  // The plan's words, and the day as readers write it: "trước ngày 10 tháng 11 (10/11 hằng năm)".
  const day = d.dueDate && writtenDays(d.due) !== d.due ? ` (${formatDate(d.dueDate)})` : '';
  // A yearly day written as readers write it ("trước ngày 10/12"), its "hằng năm" left after it in the plan's
  // sentence: said too.
  const yearly =
    !day &&
    d.dueDate?.startsWith('--') &&
    !/\b(?:hằng|hàng|mỗi) năm/iu.test(d.due) &&
    /\b(?:hang|moi) nam\b/.test(sentence)
      ? ' hằng năm'
      : '';
  return `${d.who} ${verb} ${d.to}${via}: ${d.due}${yearly}${day}${status}.`;
}

/** The sentence of a folded quote that reports to `to` (folded), or the whole quote. */
/** Whether a reporting duty's body compiles what others sent it before reporting ("tổng hợp, báo cáo …"). */
export function compilesReports(d: ReportingDuty): boolean {
  return !d.via && /tong hop[^.;]{0,120}bao cao/.test(sentenceTo(fold(d.source.quote), fold(d.to)));
}

function sentenceTo(quote: string, to: string): string {
  return quote.split(/[.;](?=\s)/).find((s) => s.includes(to)) ?? quote;
}

/** A record's lines in a reply, and the item that cites it. */
export interface Block {
  lines: string[];
  item: AnswerItem;
}

/**
 * Appends blocks to `lines`, in order, while the reply stays within `budget` characters (the first always
 * goes in); returns the items shown and, from the first that did not fit, those left for «Xem thêm».
 */
export function fitBlocks(
  lines: string[],
  blocks: readonly Block[],
  budget: number,
): { shown: AnswerItem[]; rest: AnswerItem[] } {
  const shown: AnswerItem[] = [];
  for (const [i, b] of blocks.entries()) {
    if (shown.length && [...lines, ...b.lines].join('\n').length > budget)
      return { shown, rest: blocks.slice(i).map((x) => x.item) };
    lines.push(...b.lines);
    shown.push(b.item);
  }
  return { shown, rest: [] };
}

/** The item id of a plan's standing body (its coordinator line): answers cite it, follow-ups read it back. */
export const coordinatorItemId = (planId: string) => `${planId}/coordinator`;

/** An item of the reply, tying a line to its record's source. */
export function item(
  kind: AnswerItem['kind'],
  id: string,
  plan: Plan,
  line: string,
  source: Source,
): AnswerItem {
  return { kind, id, planId: plan.id, province: plan.province, line, source: sourceRef(plan, source) };
}

/**
 * A group's "Cơ quan tổng hợp, báo cáo: X" line, as X's duty: "Tổng hợp, báo cáo nhóm nhiệm vụ «1. Thông tin,
 * tuyên truyền …»" (the group's heading, as the plan writes it); null for any other duty.
 */
export function compilingDuty(task: Pick<Task, 'text' | 'domain'>): string | null {
  if (executorLine(task.text)?.role !== 'compiles' || !task.domain) return null;
  return `Tổng hợp, báo cáo nhóm nhiệm vụ «${clip(task.domain, 120)}»`;
}
