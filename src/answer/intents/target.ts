/** "Tỷ lệ BHYT mục tiêu bao nhiêu?": the figure as the plan writes it, its year, agency and source. */

import { canonicalAgency, leadNames } from '../../ingest/agencies';
import { type Target, type Task, targetNumber } from '../../schema/records';
import { abbreviationWords } from '../../search/analyze';
import { readerDays } from '../../text/dates';
import { fold } from '../../text/normalize';
import { clip } from '../../text/truncate';
import {
  agencyText,
  askedClause,
  asksNote,
  asksPerYear,
  claimColumn,
  columnPart,
  item,
  opensPart,
  REPLY_BUDGET,
  recordText,
  scopeAsked,
  setsNothingAsked,
  shownRole,
  sourceLine,
  timeframeText,
  withoutNumbering,
} from '../compose';
import { type Ask, type EngineContext, type Found, search } from '../context';
import { putsForward } from '../cues';
import { found, notFound } from '../reply';
import { TUNING } from '../tuning';
import type { Answer, AnswerItem, Intent } from '../types';
import { areasIn, BODY_NOUN, PLAN_NUMBER, type Question, topicWords } from '../understand';
import { eachYearNote, pick, preferences, yearFits } from './pick';

/** A figure a citizen would ask for: a percent, a rate, or a count with its unit. */
export const FIGURE =
  /\d\s*(?:%|‰)|\d+(?:[.,]\d+)*\s*(?:người|lao động|hộ|căn|giường|bác sĩ|bác sỹ|m2|tuổi|lần|xã|trường|mô hình|bé trai|trẻ|thuê bao|USD|đô la|đồng|điều dưỡng)/u;
/**
 * Whether a folded question asks for a number. "… có chỉ tiêu gì về ô nhiễm môi trường?" asks what the plan sets,
 * and a target in words ("các điểm nóng ô nhiễm được cải tạo") answers it as well as a figure.
 */
/**
 * Whether a question asks for a number: "bao nhiêu", "mấy" (not "bộ máy"), "%", "tỷ lệ" … A figure the
 * question quotes ("BHYT toàn dân (trên 95% dân số) do ai chủ trì?") names what it asks about: its "%" asks
 * for nothing.
 */
export const asksNumber = (q: Pick<Question, 'folded' | 'howMany'> & { raw?: string }) =>
  q.howMany ||
  /bao nhi(?:e)?u|\bbn\b|(?<!\d\s?)%|ty le|ti le|phan tram|so luong/.test(withoutBodyCount(q)) ||
  asksLevel(q);

/**
 * A question without its count of bodies ("bao nhiêu cơ quan / đơn vị cùng chủ trì?"): the answer lists them, no
 * figure is asked. Folded, "bao nhiêu so" is also "bao nhiêu số (người)": only "sở" written so counts.
 */
function withoutBodyCount(q: { folded: string; raw?: string }): string {
  const bySpelling = /bao nhiêu sở(?!\p{L})/iu.test((q.raw ?? '').normalize('NFC'));
  return q.folded.replace(BODY_COUNT, (count, noun: string) => (noun === 'so' && !bySpelling ? count : ' '));
}
const BODY_COUNT = new RegExp(`\\bbao nhieu (${BODY_NOUN})\\b`, 'g');

// Folded, "mức nào" (which level: a figure) and "mục nào" (which section) are one: the diacritics, or the words
// before it ("nằm ở / thuộc / trong mục nào"), tell the section apart.
const SECTION_ASKED = /\b(?:o|nam o|thuoc|trong|tai) muc nao\b/;

/** Whether "mức nào" (a level) is asked, not "mục nào" (a section). */
export function asksLevel(q: { folded: string; raw?: string }): boolean {
  if (!/\bmuc nao\b/.test(q.folded)) return false;
  const raw = (q.raw ?? '').normalize('NFC').toLowerCase();
  if (raw.includes('mức nào')) return true;
  return !raw.includes('mục nào') && !SECTION_ASKED.test(q.folded);
}
export const asksFigure = (q: Pick<Question, 'folded' | 'howMany'>) =>
  asksNumber(q) || (/chi tieu/.test(q.folded) && !/chi tieu (gi|nao)\b|co (dat )?chi tieu/.test(q.folded));

const MONEY = /\d\s*(?:đồng|triệu|nghìn đồng|tỷ đồng|USD)|VNĐ/iu;

// "Bao nhiêu căn nhà ở xã hội?", "mấy giường bệnh?", "bao nhiêu m2?": a count in a unit of its own, which a
// share ("quỹ đất 20% để phát triển nhà ở xã hội") does not give.
const COUNT_UNITS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:bao nhieu|may|so) can\b/, /\d\s*(?:căn|căn hộ)\b/iu],
  [/\b(?:bao nhieu|may|so) giuong\b/, /\d\s*giường/iu],
  [/\b(?:bao nhieu|may) (?:m2|met vuong)\b/, /\d\s*(?:m2|m²|mét vuông)/iu],
  // "mỗi tháng được trợ cấp bao nhiêu tiền?", "dành bao nhiêu tỷ đồng?": an amount of money, which a share of
  // people covered is not.
  [
    // ("… bao nhiêu, Đồng Nai?" is the province: "đồng" before "Nai" or "Tháp" is no money; "tỷ lệ" no "tỷ".)
    /\b(?:bao nhieu|may) (?:tien|dong(?! (?:nai|thap)\b)|trieu|ty(?! le\b)|nghin dong|ngan dong)\b/,
    MONEY,
  ],
  // "bao nhiêu bác sĩ trên 1 vạn dân": a count per head of population, which "90% số xã có bác sĩ" is not.
  [
    /^(?=.*\b(?:bao nhieu|may)\b)(?=.*(?:\bvan dan|\b10\.?000 dan|\b100\.?000 dan|\b(?:10|100) (?:nghin|ngan) dan)\b)/,
    /vạn dân|\d\.?000 dân|(?:nghìn|ngàn) dân/iu,
  ],
];

/** The figure a question asks a count of, in its unit (see `COUNT_UNITS`); null when it asks none. */
export function countUnitAsked(folded: string): RegExp | null {
  return COUNT_UNITS.find(([asked]) => asked.test(folded))?.[1] ?? null;
}

/** Whether a text's figures are all shares (percents, or a table row whose unit cell is "%"), none in the unit asked. */
export function sharesOnly(text: string, unit: RegExp): boolean {
  return /\d\s*%|\|\s*%\s*\|/.test(text) && !unit.test(text);
}

/**
 * Rule: whether a record can answer a count asked in `unit`. An amount of money is answered only by a record
 * that states one, or a share of a budget ("dành bao nhiêu tỷ đồng cho đề án xóa nhà tạm?" is not answered by
 * the target "xóa bỏ nhà tạm, nhà dột nát": the plans set few sums, and a figure of another kind is no sum); any
 * other count by a record with some figure that is not a share.
 */
export function answersCount(text: string, unit: RegExp): boolean {
  return unit === MONEY ? unit.test(text) || BUDGET_SHARE.test(text) : !sharesOnly(text, unit);
}

// "bố trí nguồn kinh phí tương ứng 0,5% trên tổng chi thường xuyên ngân sách cấp tỉnh": a sum set as a share of
// a budget is the amount the plan gives.
const BUDGET_SHARE = /\d\s*%\s*(?:trên|của)?\s*(?:tổng\s+)?(?:chi|ngân sách|dự toán|vốn)(?![\p{L}])/iu;

/** Above this many provinces in one reply, each target is shown without its agencies. */
const MANY_PROVINCES = 2;

/** Whether a target is set for the whole province only: no row or figure of it names an area. */
function forAllOnly(i: { name: string; targets: readonly { area: string }[] }): boolean {
  const { urban, rural } = areasIn(fold(i.name));
  return i.targets.length > 0 && i.targets.every((t) => t.area === 'all') && !urban && !rural;
}

// Groups of people a plan may set a target of their own for: how a question names each (folded), how a target
// naming it reads, and its name in a reply.
const GROUPS: ReadonlyArray<{ asked: RegExp; held: RegExp; name: string }> = [
  {
    asked: /\b(?:dan toc thieu so|dtts|dong bao dan toc)\b/,
    held: /\b(?:dan toc thieu so|dtts|dong bao)\b/,
    name: 'đồng bào dân tộc thiểu số',
  },
  { asked: /\bnong dan\b/, held: /\bnong dan\b/, name: 'nông dân' },
  { asked: /\bphi chinh thuc\b/, held: /\bphi chinh thuc\b/, name: 'lao động khu vực phi chính thức' },
  { asked: /\b(?:phu nu|lao dong nu|nu gioi)\b/, held: /\b(?:phu nu|nu|nu gioi)\b/, name: 'phụ nữ' },
  { asked: /\bnguoi cao tuoi\b/, held: /\bnguoi cao tuoi\b/, name: 'người cao tuổi' },
  { asked: /\bnguoi khuyet tat\b/, held: /\bkhuyet tat\b/, name: 'người khuyết tật' },
  { asked: /\bcan ngheo\b/, held: /\bcan ngheo\b/, name: 'hộ cận nghèo' },
  { asked: /\bnguoi co cong\b/, held: /\bco cong\b/, name: 'người có công' },
];

/**
 * Rule: "riêng" beside a group of people ("chỉ tiêu riêng về đồng bào DTTS", "riêng nhóm nông dân …") asks that
 * group's own target. The groups so asked; none without "riêng" (a group named alone may be the target's subject).
 */
export function groupsAskedApart(folded: string): typeof GROUPS {
  if (!/\brieng\b(?! (?:le|cua (?:tinh|thanh pho|tw|trung uong)))/.test(folded)) return [];
  return GROUPS.filter((g) => g.asked.test(folded));
}

/** Whether a text names the area: "Khu vực nông thôn giảm 1,5%" names "nông thôn"; "Nông thôn mới" does not. */
const namesArea = (text: string, area: 'thành thị' | 'nông thôn') => {
  const { urban, rural } = areasIn(fold(text));
  return area === 'thành thị' ? urban : rural;
};

/**
 * Whether a target sets nothing for the area asked: neither its name nor any of its figures names that area
 * (a figure for "các huyện nghèo" is no figure for "thành thị").
 */
export function setsNothingFor(
  i: { name: string; targets: readonly { area: string }[] },
  area: 'thành thị' | 'nông thôn',
): boolean {
  return i.targets.length > 0 && !namesArea(i.name, area) && !i.targets.some((t) => namesArea(t.area, area));
}

/**
 * Rule: "ở mấy bệnh viện?", "bao nhiêu trạm y tế?": a count asked in a noun of its own, which a duty that
 * states that count ("… với 3 bệnh viện (…)") gives as a figure does. The pattern of "<number> <noun>",
 * folded; null when the question asks no such count.
 */
export function countedNoun(folded: string): RegExp | null {
  const m = /\b(?:may|bao nhieu) ([a-z]+ [a-z]+)\b/.exec(folded);
  if (!m?.[1] || /^(?:phan tram|nam |ngay |thang |lan |nguoi |%)/.test(m[1])) return null;
  return new RegExp(`\\b\\d+ ${m[1]}\\b`);
}

/** Whether a question asks two years apart ("năm 2025 và năm 2030"), not a period ("2021-2025"). */
const yearsAsApart = (folded: string) =>
  /\b(?:19|20)\d{2}\s*(?:,|va|hay|voi|con)\s*(?:nam\s*)?(?:19|20)\d{2}\b/.test(folded);

/** Answers a question about targets (and, with `intent` 'deadline', about when). */
export function answerTarget(ctx: EngineContext, ask: Ask, intent: Intent): Answer {
  const { q } = ask;
  const wantsFigure = asksFigure(q) && intent !== 'deadline';
  const unit = countUnitAsked(q.folded);
  const counted = countedNoun(q.folded);
  const accept = (c: { doc: { kind: string; text: string } }) =>
    (c.doc.kind === 'indicator' ||
      !wantsFigure ||
      FIGURE.test(c.doc.text) ||
      (counted !== null && counted.test(fold(c.doc.text)))) &&
    (!unit || answersCount(c.doc.text, unit));
  const { chosen, ranked } = pick(
    ctx,
    ask,
    ['indicator', 'task'],
    accept,
    preferences(ctx, ask),
    wantsFigure,
  );
  let fitting = chosen.filter((c) => yearFits(ctx, c.doc, q.years));
  // "… giảm nghèo mỗi năm ở nông thôn?": the one record found sets nothing for the area asked (a target not set
  // for it, a duty whose words never name it), while another of its plan, close enough to answer, is that area's
  // ("… trong đó: Khu vực nông thôn giảm 1,5%"): that one answers.
  const only = fitting.length === 1 ? ctx.records.get(fitting[0]?.doc.id ?? '') : undefined;
  const missesArea = (area: 'thành thị' | 'nông thôn') =>
    only?.kind === 'indicator'
      ? setsNothingFor(only.record, area)
      : only?.kind === 'task' && !namesArea(only.record.text, area);
  if (q.area && only && missesArea(q.area)) {
    const area = q.area;
    const ofArea = ranked.find((c) => {
      const f = ctx.records.get(c.doc.id);
      return (
        c.doc.planId === only.plan.plan.id &&
        c.coverage >= TUNING.confident &&
        f?.kind === 'indicator' &&
        f.record.targets.length > 0 &&
        !setsNothingFor(f.record, area) &&
        yearFits(ctx, c.doc, q.years)
      );
    });
    if (ofArea) fitting = [ofArea];
  }
  // An area asked ("… riêng ở nông thôn") of a target the plan sets for the whole province only: it sets none
  // for that area, and its figure for all is offered as such, never as the area's.
  // (Targets of one sentence — "hạ tỷ lệ thất nghiệp xuống dưới 3%, tỷ lệ việc làm tăng thêm …" — are one answer.)
  const records = fitting.map((c) => ctx.records.get(c.doc.id));
  const first = records[0];
  const oneSentence = records.every(
    (f) =>
      f?.kind === 'indicator' &&
      f.record.source.file === first?.record.source.file &&
      f.record.source.lineStart === first?.record.source.lineStart &&
      forAllOnly(f.record),
  );
  const best = fitting.length === 1 || oneSentence ? first : undefined;
  if (q.area && best?.kind === 'indicator' && setsNothingFor(best.record, q.area)) {
    const plan = best.plan.plan;
    const forAll = forAllOnly(best.record) ? ' (chung cho toàn tỉnh)' : '';
    const set = `Kế hoạch đặt${forAll}: ${recordText(best, ask.today)}\n  ${sourceLine(plan, best.record.source)}`;
    const answer = notFound(
      ctx,
      ask,
      intent,
      `KH ${plan.number} không đặt mục tiêu riêng cho ${q.area}.\n${set}`,
    );
    const cited = item('indicator', best.record.id, plan, set, best.record.source);
    const question = `${clip(best.record.name, 70)} ở ${plan.province}`;
    return { ...answer, suggestions: [{ question, source: cited.source }, ...(answer.suggestions ?? [])] };
  }
  // "… chỉ tiêu riêng về đồng bào DTTS tham gia BHYT?", "Riêng nhóm nông dân … bao nhiêu %?": a group asked apart
  // of a target that does not name it is set for everyone: no figure of its own, and the figure for all as such.
  const groups = best ? groupsAskedApart(q.folded) : [];
  if (best && groups.length && !groups.some((g) => g.held.test(fold(recordText(best, ask.today))))) {
    const plan = best.plan.plan;
    const set = `Kế hoạch đặt chung: ${recordText(best, ask.today)}\n  ${sourceLine(plan, best.record.source)}`;
    const names = groups.map((g) => g.name).join(', ');
    const answer = notFound(
      ctx,
      ask,
      intent,
      `KH ${plan.number} không đặt chỉ tiêu riêng cho ${names}.\n${set}`,
    );
    const cited = item(best.kind, best.record.id, plan, set, best.record.source);
    const question = `${clip(best.kind === 'indicator' ? best.record.name : best.record.text, 70)} ở ${plan.province}`;
    return { ...answer, suggestions: [{ question, source: cited.source }, ...(answer.suggestions ?? [])] };
  }
  if (!fitting.length) {
    const where = ask.scope.length === 1 ? ` của ${ask.scope[0]?.plan.province}` : '';
    if (chosen.length && q.years.length) {
      // What the plan does set for it, with its source: "Số dược sỹ: năm 2030: 4 người".
      const best = chosen[0] ? ctx.records.get(chosen[0].doc.id) : undefined;
      const set =
        best?.kind === 'indicator'
          ? `\nKế hoạch đặt: ${recordText(best, ask.today)}\n  ${sourceLine(best.plan.plan, best.record.source)}`
          : '';
      // "Có phải … đặt mốc năm 2025 …?" of a target the plan sets for another year, "… có thời gian thực hiện là
      // năm 2025 phải không?" of a duty the plan times otherwise: no, and what it does set.
      if (best && putsForward(q) && (best.kind === 'indicator' || best.record.timeframe.text)) {
        const plan = best.plan.plan;
        const when = best.kind === 'task' ? timeframeText(best, ask.today) : '';
        const text = recordText(best, ask.today);
        const line = `${plan.province}: ${text}${when ? `${/[.!?…]$/.test(text) ? '' : '.'} ${when}` : ''}`;
        return found(
          intent,
          ['Không: kế hoạch đặt mốc thời gian khác:', line, `  ${sourceLine(plan, best.record.source)}`],
          [item(best.kind, best.record.id, plan, line, best.record.source)],
        );
      }
      const answer = notFound(
        ctx,
        ask,
        intent,
        `Kế hoạch${where} không đặt mục tiêu năm ${q.years.join(', ')} cho nội dung này.${set}`,
        set ? chosen.slice(1) : chosen,
      );
      if (!set || best?.kind !== 'indicator') return answer;
      // The figures shown are the record's, offered (and cited) as the first suggestion.
      const cited = item('indicator', best.record.id, best.plan.plan, set.trim(), best.record.source);
      const question = `${clip(best.record.name, 70)} ở ${best.plan.plan.province}`;
      return { ...answer, suggestions: [{ question, source: cited.source }, ...(answer.suggestions ?? [])] };
    }
    const plans = where ? `Kế hoạch${where}` : 'Các kế hoạch hiện có';
    // A question about a duty, a body or a plan fact is told the plan does not say it, not that it sets no target.
    const what = unit === MONEY ? 'số tiền cho nội dung này' : wantsFigure ? 'chỉ tiêu này' : 'nội dung này';
    // A count or an amount asked that no record gives in its unit: the records of the same thing, in shares,
    // are still what the plan does say, offered as suggestions.
    const known = unit ? search(ctx, ask, q.topic, ['indicator', 'task'], preferences(ctx, ask)) : ranked;
    return notFound(ctx, ask, intent, `${plans} không nêu ${what}.`, known);
  }
  const items: AnswerItem[] = [];
  const lines: string[] = [];
  const shownTexts: string[] = [];
  const shownRecords: Found[] = [];
  let firstBlock: { lines: string[]; item: AnswerItem } | undefined;
  const provinces = new Set(fitting.map((c) => c.doc.planId)).size;
  const many = provinces > 1 || fitting.length > 1 || q.provinces.length > 1;
  let setSome = false;
  const focus = {
    years: q.years,
    scope: scopeAsked(q.folded),
    words: topicWords(q.topic),
    noteAsked: asksNote(q.folded),
    perYear: asksPerYear(q.folded),
    whole:
      putsForward(q) ||
      (q.folded.match(/\b(?:19|20)\d{2}\b/g) ?? []).some((y) => !q.years.includes(Number(y))),
  };
  // Three provinces or more whose lines would not all fit share the reply: each line is cut to its share, so
  // that none is left out for room ("tỉnh nào … thấp nhất?" needs every province's figure; the plans' lines
  // give it first). A source line takes about 75 characters.
  const fullTexts = new Map(
    fitting.flatMap((c) => {
      const f = ctx.records.get(c.doc.id);
      return f ? [[c.doc.id, recordText(f, ask.today, focus)] as const] : [];
    }),
  );
  const fullLength = [...fullTexts.values()].reduce((n, t) => n + t.length + 90, 0);
  const share =
    provinces >= 3 && fullLength > REPLY_BUDGET
      ? Math.max(110, Math.floor((REPLY_BUDGET - 75 * provinces) / provinces) - 20)
      : 0;
  for (const c of fitting) {
    const f = ctx.records.get(c.doc.id);
    if (!f) continue;
    const plan = f.plan.plan;
    const when = timeframeText(f, ask.today);
    // The plan's words stay as written ("tín dụng... và"); a full stop is added only where none ends them.
    // A deadline written in words ("ngày 15 tháng 11") is also given as readers write it: "(15/11, 15/12)".
    const full = fullTexts.get(c.doc.id) ?? recordText(f, ask.today, focus);
    // (Cut before the year it is set for, which stays: "… (mục tiêu đến năm 2030)".)
    const year = share ? (/\s\(mục tiêu[^()]*\)$/u.exec(full)?.[0] ?? '') : '';
    const text = share ? `${clip(full.slice(0, full.length - year.length), share)}${year}` : full;
    // A row whose columns asked set nothing for the year asked ("không đặt cho năm 2030") answers no figure.
    if (!(f.kind === 'indicator' && setsNothingAsked(f.record, focus))) setSome = true;
    const days = intent === 'deadline' ? readerDays(text) : [];
    const body = days.length ? `${text.replace(/[.;,\s]+$/, '')} (${days.join(', ')})` : text;
    const line = `${plan.province}: ${body}${/[.!?…]$/.test(body) ? '' : '.'}${when ? ` ${when}` : ''}`;
    // Across many provinces the agencies wait for the "Cơ quan chủ trì" button: every province fits.
    const who =
      provinces > MANY_PROVINCES
        ? ''
        : agencyText(
            f.record,
            undefined,
            // The clause the question is about decides the role: "Tham mưu …; phối hợp với … hỗ trợ nhà ở cho hộ
            // nghèo" asked about housing the poor is a part the body takes, not a lead.
            f.kind === 'task' ? shownRole(f.record.text, f.record.text, topicWords(q.topic)) : 'lead',
          );
    const each = eachYearNote(f, q.years);
    const block = [
      many ? `• ${line}` : line,
      each ? `  ${each}` : '',
      who ? `  ${who}` : '',
      `  ${sourceLine(plan, f.record.source)}`,
    ].filter(Boolean);
    // Two figures of one clause ("87,5%, trong đó … trên 52%") show the same words and source once.
    if (lines.includes(block[0] ?? '') && lines.includes(block[block.length - 1] ?? '')) continue;
    // Keep the reply readable on a phone: stop before it grows past ~850 characters.
    if (items.length && [...lines, ...block].join('\n').length > REPLY_BUDGET) break;
    lines.push(...block);
    items.push(item(f.kind, f.record.id, plan, line, f.record.source));
    shownTexts.push(text);
    shownRecords.push(f);
    firstBlock ??= { lines: [line, ...block.slice(1)], item: items[0] as AnswerItem };
  }
  // A province the question names whose plan says nothing of it is said so, not left out: "so sánh … giữa Lai
  // Châu và Thanh Hóa" where only Lai Châu sets the figure.
  const answered = new Set(fitting.map((c) => c.doc.planId));
  for (const p of ask.scope) {
    if (!q.provinces.includes(p.plan.province) || answered.has(p.plan.id)) continue;
    // Its plan sets the figure for another year than the one asked: that year's figure, said as such.
    const other = chosen.map((c) => ctx.records.get(c.doc.id)).find((f) => f?.plan.plan.id === p.plan.id);
    if (other?.kind === 'indicator' && q.years.length) {
      const line = `${p.plan.province}: KH ${p.plan.number} không đặt mục tiêu năm ${q.years.join(', ')}; kế hoạch đặt: ${recordText(other, ask.today)}`;
      lines.push(`• ${line}`, `  ${sourceLine(p.plan, other.record.source)}`);
      items.push(item('indicator', other.record.id, p.plan, line, other.record.source));
      continue;
    }
    lines.push(`• ${p.plan.province}: KH ${p.plan.number} không nêu chỉ tiêu này.`);
  }
  // "… phải trình UBND tỉnh trước ngày nào?", "… hoàn thành vào năm nào?" of duties that give no day or year
  // ("Theo Kế hoạch", "Thường xuyên", nothing): the plan does not say when; the duties are what it says.
  const duties = records;
  const exact = intent === 'deadline' ? exactTimeAsked(q.folded) : null;
  // "… hạn hoàn thành là khi nào?" of duties that say nothing of time at all: the plan does not say when either.
  const says = (t: Task) => (exact ? statesTime(t, exact) : statesAnyTime(t));
  if (intent === 'deadline' && duties.length && duties.every((f) => f?.kind === 'task' && !says(f.record))) {
    const plans = [...new Set(duties.map((f) => `KH ${f?.plan.plan.number}`))].join(', ');
    return {
      ...found(
        intent,
        [`${plans} không nêu thời hạn (ngày, năm) cụ thể cho việc này. Kế hoạch ghi:`, ...lines],
        items,
      ),
      found: false,
    };
  }
  // "Sở Xây dựng chủ trì hay phối hợp trong hỗ trợ nhà ở cho hộ nghèo?": the role, in one line, first.
  // "… đạt 90% đúng không?": whether the figures shown are the one put forward.
  const role = q.agency && ROLE_CHOICE.test(q.folded) ? roleVerdict(q.agency, duties[0], q.topic) : null;
  // The role is that of the duty shown first: it alone is the answer, the body's other duties are not asked.
  if (role && firstBlock && duties[0]?.record.id === firstBlock.item.id)
    return found(intent, [role, ...firstBlock.lines], [firstBlock.item]);
  const verdict =
    role ??
    (putsForward(q) && !q.agency && !q.claimed && !BODY_PUT.test(q.folded)
      ? figureVerdict(q.folded, shownTexts, q.topic)
      : null) ??
    (intent !== 'deadline' && WHICH_HIGHER.test(q.folded)
      ? compareVerdict(shownRecords, q.years, q.area, LOWER_ASKED.test(q.folded))
      : null);
  // "… năm 2025 và năm 2030 là bao nhiêu?" of a target set for 2030 only: the year it sets none for is said.
  const unset = yearsAsApart(q.folded)
    ? q.years.filter((y) => !fitting.some((c) => yearFits(ctx, c.doc, [y])))
    : [];
  const note = unset.length ? [`Kế hoạch không đặt mục tiêu năm ${unset.join(', ')} cho nội dung này.`] : [];
  const answer = found(intent, [...(verdict ? [verdict] : []), ...note, ...lines], items);
  return wantsFigure && items.length && !setSome ? { ...answer, found: false } : answer;
}

// "… bên nào cao hơn?", "… thấp hơn hay cao hơn?", "chênh nhau bao nhiêu?": which of two figures is the higher.
const WHICH_HIGHER =
  /\b(?:cao hon|thap hon|nhieu hon|it hon|lon hon|nho hon|chenh(?: lech| nhau)?|(?:ben|tinh|noi|thanh pho) nao (?:dat )?(?:cao|thap|nhieu|it))\b/;

// "… bên nào thấp hơn?": the lower side asked for, named first.
const LOWER_ASKED = /\b(?:thap|it|nho) hon\b/;

/**
 * Whether a target's words hold more shares than the record sets: "tỷ lệ lao động qua đào tạo đạt 80%, trong đó,
 * có bằng cấp, chứng chỉ đạt 35%" is two records of one clause, and which of them a question means is not sure
 * enough to say which side is higher.
 */
function sharesItsClause(f: Extract<Found, { kind: 'indicator' }>): boolean {
  const written = f.record.source.quote.match(/\d\s*(?:%|‰)/g)?.length ?? 0;
  const set = f.record.targets.filter((t) => /^(?:%|‰)/.test(t.unit ?? '')).length;
  return written > set;
}

// Figures compare only as bounds of one kind: "ít nhất 50%" with "40%", "dưới 3%" with "dưới 4%"; a range or
// words never.
const BOUND_KIND: Partial<Record<Target['comparator'], 'at' | 'below'>> = {
  '=': 'at',
  '>': 'at',
  '>=': 'at',
  '~': 'at',
  '<': 'below',
  '<=': 'below',
};

/**
 * "… bên nào cao hơn?" of two provinces shown with one target each: the higher figure named, both as their
 * plans write them, for the year asked (else the latest year both set), in one unit, for the area asked (else
 * the whole province). Null when the two cannot be put side by side.
 */
export function compareVerdict(
  shown: readonly Found[],
  years: readonly number[],
  area: string | null,
  lowerAsked = false,
): string | null {
  type Shown = Extract<Found, { kind: 'indicator' }>;
  const byProvince = new Map<string, Shown>();
  for (const f of shown)
    if (f.kind === 'indicator' && !byProvince.has(f.plan.plan.province))
      byProvince.set(f.plan.plan.province, f);
  if (byProvince.size !== 2) return null;
  const [[a, fa], [b, fb]] = [...byProvince] as [[string, Shown], [string, Shown]];
  const own = (f: Shown) => f.record.targets.filter((t) => t.scope === 'province' && t.year !== null);
  const common = own(fa)
    .map((t) => t.year as number)
    .filter((y) => own(fb).some((t) => t.year === y));
  const year = years.length === 1 ? years[0] : common.length ? Math.max(...common) : undefined;
  // One figure each for that year: a row that also sets a part's figure ("80%, trong đó có bằng cấp … 35%")
  // or several areas is not one figure to compare.
  const one = (f: Shown) => {
    const set = own(f).filter((t) => t.year === year);
    const [t] = set;
    return set.length === 1 &&
      t &&
      t.area === (area ?? 'all') &&
      BOUND_KIND[t.comparator] &&
      Number.isFinite(targetNumber(t))
      ? t
      : null;
  };
  const [tx, ty] = [one(fa), one(fb)];
  if (!tx || !ty || sharesItsClause(fa) || sharesItsClause(fb)) return null;
  if ((tx.unit ?? '') !== (ty.unit ?? '') || BOUND_KIND[tx.comparator] !== BOUND_KIND[ty.comparator])
    return null;
  const shownAs = (t: Target) => t.text.replace(/^(?:phấn đấu\s+)?(?:đạt|có)\s+/iu, '');
  const [nx, ny] = [targetNumber(tx), targetNumber(ty)];
  const head = `So sánh mục tiêu năm ${year}:`;
  if (nx === ny) return `${head} ${a} (${shownAs(tx)}) và ${b} (${shownAs(ty)}) đặt bằng nhau.`;
  // Said the way it is asked: "… bên nào thấp hơn?" names the lower first.
  const xFirst = nx > ny !== lowerAsked;
  const [first, firstT, second, secondT] = xFirst ? [a, tx, b, ty] : [b, ty, a, tx];
  return `${head} ${first} đặt ${shownAs(firstT)}, ${lowerAsked ? 'thấp' : 'cao'} hơn ${second} (${shownAs(secondT)}).`;
}

// A figure with the unit it counts in, folded: "90%", "8.500 người", "27,5 m2".
// A range ("1-1,5%/năm", "4,5 - 5%") is one figure; a rate per population ("550/100.000 trẻ em") counts in its
// base.
const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)`;
const PER_POPULATION = String.raw`\/\s*(?:1|10|100)\.000\b`;
const FIGURE_WITH_UNIT = new RegExp(
  String.raw`(?<![\d.,/-])((?:${NUMBER}\s*-\s*)?${NUMBER})(?!\d|[.,]\d|(?!${PER_POPULATION})\/)\s*(%|${PER_POPULATION}|nguoi|ho|lao dong|xa|giuong|bac s[iy]|tuoi|m2|can|thon|truong|mo hinh|be trai)(?![a-z])`,
  'g',
);

// "… có phải đơn vị lo chỉ tiêu 83% …?", "… thuộc trách nhiệm Sở X phải không?": the claim is the body's.
const BODY_PUT = /\b(?:chu tri|phu trach|trach nhiem|giao cho|don vi|co quan|theo doi|lo)\b/;
// Every figure a question writes, years and document numbers aside (not the "2" of "m2").
const ANY_FIGURE = /(?<![\d.,/a-z])\d+(?:[.,]\d+)*(?![\d/])/g;
const A_YEAR = /^(?:19|20)\d{2}$/;

// "05 tuổi" is "5 tuổi".
const asNumber = (n: string) => n.replace(/^0+(?=\d)/, '');

// Which side of a figure is meant, by the words before it ("trên 90%", "ít nhất 60%", "còn dưới 1%") or after
// it ("90% trở lên").
// ("từ 5% đến 10%" is a range: "từ" counts only with "trở lên" after the figure.)
const ABOVE_BEFORE = /\b(?:tren|hon|it nhat|toi thieu|khong duoi|vuot)\s*$/;
const BELOW_BEFORE = /\b(?:duoi|khong qua|toi da|khong vuot qua)\s*$/;
const ABOVE_AFTER = /^\s*tro len\b/;
const BELOW_AFTER = /^\s*tro xuong\b/;

/** The side of a figure its words give: 'above', 'below', or null for the figure itself. */
export function sideOf(before: string, after: string): 'above' | 'below' | null {
  if (ABOVE_AFTER.test(after)) return 'above';
  if (BELOW_AFTER.test(after)) return 'below';
  if (BELOW_BEFORE.test(before)) return 'below';
  return ABOVE_BEFORE.test(before) ? 'above' : null;
}

// "đến 2025 hộ nghèo còn …": a year, then the subject — no count of households.
const YEAR_BEFORE_SUBJECT = /\b(?:den|nam|toi|vao|tu|cuoi|truoc|sau|giai doan)\s*$/;

/**
 * Rule: a sentence of a plan that sets several figures binds each to its year (the one written right after it,
 * "80% vào năm 2030", else the last one before it, "đến năm 2025, có 20%, năm 2030 có 25% …") and to the words
 * of its own clause ("thất nghiệp chung dưới 3%, … khu vực thành
 * thị dưới 2,5%"; "86% hộ gia đình, 75% thôn, bản"). Of figures that differ, those of the one year the question
 * names, then those of the clause holding most words of the claim's own clause (when one holds more than any
 * other), are the ones a claim is judged against; else all of them.
 */
function ofTheClaim(figures: Figure[], folded: string, claim: Figure, topic: string): Figure[] {
  if (new Set(figures.map((f) => f.n)).size < 2) return figures;
  let kept = figures;
  const years = [...new Set(folded.match(YEAR_WRITTEN) ?? [])];
  if (years.length === 1) {
    const ofYear = kept.filter((f) => f.year === years[0]);
    if (ofYear.length) kept = ofYear;
  }
  // The words of the claim's own clause in the question ("80%, trong đó có bằng cấp, chứng chỉ 35%": two
  // claims, each of its own thing), those of the topic; of a clause holding two claims ("60% lực lượng lao
  // động tham gia BHXH và trên 45% tham gia BHTN"), those its figure is followed by, up to the next one. Words
  // that say how a figure is set count for neither, and abbreviations count as the words they stand for.
  const asked = new Set(spelledWords(topic));
  const of = (text: string) => new Set(spelledWords(text).filter((w) => asked.has(w) && !FILLERS.has(w)));
  if (new Set(kept.map((f) => f.n)).size < 2) return kept;
  // A clause that names nothing ("có 20%, năm 2030 có 25% lực lượng lao động …") shares the subject written
  // after it: the clauses cannot tell the figures apart.
  if (kept.some((f) => !f.clause.split(' ').some((w) => /^[a-z]{2,}$/.test(w) && !FILLERS.has(w))))
    return kept;
  // (The words after the claim's figure first; when none of the lines' figures shares them, the whole clause's.)
  return closest(kept, of(claim.after)) ?? closest(kept, of(claim.clause)) ?? kept;
}

/**
 * The figures whose clauses share most of `words`, and of those the ones whose own words (after them) share most
 * and say least else ("100% số xã đạt chuẩn Nông thôn mới, ít nhất 50% số xã đạt chuẩn Nông thôn mới nâng cao");
 * null when none shares any or they cannot be told apart.
 */
function closest(figures: Figure[], words: Set<string>): Figure[] | null {
  if (!words.size) return null;
  const score = (f: Figure) => new Set(spelledWords(f.clause).filter((w) => words.has(w))).size;
  const best = Math.max(...figures.map(score));
  if (best === 0) return null;
  let top = figures.filter((f) => score(f) === best);
  // Figures of one clause ("100% hộ gia đình ở thành thị và 75% hộ gia đình ở nông thôn …") are told apart by the
  // words after each: the most of the claim's, then the fewest others.
  const after = (f: Figure) => spelledWords(f.after).filter((w) => !FILLERS.has(w));
  const shared = (f: Figure) => new Set(after(f).filter((w) => words.has(w))).size;
  const most = Math.max(...top.map(shared));
  top = top.filter((f) => shared(f) === most);
  const extra = (f: Figure) => after(f).filter((w) => !words.has(w)).length;
  const least = Math.min(...top.map(extra));
  top = top.filter((f) => extra(f) === least);
  return top.length < figures.length ? top : null;
}

// A year as a sentence writes it (not a document's number, "68/NQ-CP"), and one right after a figure.
const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b(?!\s*\/)/g;
// ("550/100.000 trẻ em vào năm 2025": a few words of what it counts may stand between, then "vào / đến".)
const YEAR_AFTER =
  /^\s*(?:(?:[a-z]+ ){1,3}(?:vao|den|trong) |(?:vao |den |trong )?)(?:nam )?((?:19|20)\d{2})\b(?!\s*\/)/;

// Words around a figure that say how it is set, not what it counts.
const FILLERS = new Set(
  'co la dat duoi tren khoang chiem muc con it nhat toi thieu da qua nam den vao phan dau tu va hon tro len xuong giam tang'.split(
    ' ',
  ),
);

/** The words of folded text (two letters or more), an abbreviation as the words it stands for. */
function spelledWords(text: string): string[] {
  return text
    .split(/[^a-z0-9&-]+/)
    .flatMap((w) => abbreviationWords(w) ?? [w])
    .filter((w) => /^[a-z]{2,}$/.test(w));
}

interface Figure {
  n: string;
  unit: string;
  side: 'above' | 'below' | null;
  /** The year written right after the figure, else the one written last before it, if any. */
  year?: string;
  /** The words of its clause (between commas, semicolons, brackets). */
  clause: string;
  /** The words after it in its clause, up to the next figure. */
  after: string;
}

// "từ 5 đến 17 tuổi" is the range "5-17 tuổi".
const FROM_TO = /\btu (\d+(?:,\d+)?) den (\d+(?:,\d+)?)(?= ?[a-z%])/g;

function figuresIn(text: string): Figure[] {
  const folded = text.replace(FROM_TO, '$1-$2');
  const starts = [...folded.matchAll(FIGURE_WITH_UNIT)].map((m) => m.index ?? 0);
  return [...folded.matchAll(FIGURE_WITH_UNIT)]
    .filter(
      (m) =>
        !A_YEAR.test(m[1] as string) ||
        !YEAR_BEFORE_SUBJECT.test(folded.slice(Math.max(0, (m.index ?? 0) - 12), m.index)),
    )
    .map((m) => {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      const before = folded.slice(0, at);
      // "80% vào năm 2030": a year right after the figure is its own; else the one written last before it.
      const year =
        YEAR_AFTER.exec(folded.slice(end, end + 20))?.[1] ?? [...before.matchAll(YEAR_WRITTEN)].pop()?.[0];
      // Clauses end at a comma that is no decimal comma ("1,1%"), a semicolon or a bracket.
      const from = [...before.matchAll(/[;()]|,(?!\d)/g)].pop();
      const to = folded.slice(end).search(/[;()]|,(?!\d)/);
      const clauseEnd = to < 0 ? folded.length : end + to;
      const next = starts.find((s) => s >= end) ?? folded.length;
      // (A question's sentence ends at its "?": "75% đúng ko? vậy ở thành thị …" says nothing more of the 75%.)
      const stop = folded.slice(end).search(/[?!]|\.(?!\d)/);
      return {
        n: asNumber((m[1] as string).replace(/\s+/g, '')),
        unit: (m[2] as string).replace(/^\/\s*/, '/'),
        side: sideOf(folded.slice(Math.max(0, at - 20), at), folded.slice(end, end + 12)),
        ...(year ? { year } : {}),
        clause: folded.slice(from ? (from.index ?? 0) + 1 : 0, clauseEnd),
        after: folded.slice(end, Math.min(next, clauseEnd, stop < 0 ? folded.length : end + stop)),
      };
    });
}

// People counted by what they are ("15 bác sỹ", "8.500 lao động"), which a table row counts in "người".
const PEOPLE = /^(?:bac s[iy]|lao dong)$/;

/** The figures of `given` in `unit`; for people named by what they are and none so, those counted in "người". */
function likeIn(given: Figure[], unit: string): Figure[] {
  const like = given.filter((f) => f.unit === unit);
  return like.length || !PEOPLE.test(unit) ? like : given.filter((f) => f.unit === 'nguoi');
}

/**
 * The figures put forward ("… BHYT đạt 90% đúng không?", "có phải 8.500 người không?", "trẻ dưới 5 tuổi … còn
 * dưới 15% đúng ko") against the figures in the same unit in the lines shown: "Đúng: …" when the lines give each
 * of them, "Không: …" when they give another figure for one — the wrong figure is not repeated. Null when a
 * figure has no like in the lines or they differ among themselves (once `ofTheClaim` has kept those of the
 * year and clause the claim names), or when the question writes a figure the lines do not (a claim it cannot
 * judge). A figure of the subject ("dưới 5 tuổi") is one the lines give.
 */
export function figureVerdict(folded: string, shown: readonly string[], topic = ''): string | null {
  const put = [...new Map(figuresIn(folded).map((f) => [`${f.n} ${f.unit}`, f])).values()];
  if (!put.length) return null;
  // A table row's figures are those of the column the claim is about (`claimColumn`).
  const column = claimColumn(folded);
  const given = shown.flatMap((t) => figuresIn(fold(columnPart(t, column))));
  const inLines = new Set(shown.flatMap((t) => (fold(t).match(/\d+(?:[.,]\d+)*/g) ?? []).map(asNumber)));
  // (A range put forward, "1-1,5%", writes both its ends.)
  const claimed = new Set(put.flatMap((f) => [f.n, ...f.n.split('-')]));
  const written = (folded.replace(PLAN_NUMBER, ' ').match(ANY_FIGURE) ?? [])
    .filter((n) => !A_YEAR.test(n))
    .map(asNumber);
  if (written.some((n) => !claimed.has(n) && !inLines.has(n))) return null;
  let wrong = false;
  let otherSide = false;
  for (const claim of put) {
    // Figures that differ among themselves: those of the year and the thing the claim names, when they tell.
    const same = ofTheClaim(likeIn(given, claim.unit), folded, claim, topic);
    if (!same.length) return null;
    if (same.every((f) => f.n !== claim.n)) wrong = true;
    else if (!same.every((f) => f.n === claim.n)) return null;
    // "trên 1%" put forward where the plan writes "còn dưới 1%": the same figure, the other side of it.
    else if (claim.side && same.some((f) => f.side && f.side !== claim.side)) otherSide = true;
  }
  if (wrong) return 'Không: kế hoạch ghi con số khác:';
  return otherSide ? 'Không: kế hoạch ghi mức khác:' : 'Đúng: kế hoạch ghi đúng con số này.';
}

// "chủ trì hay (chỉ) phối hợp", "có chủ trì … không hay chỉ phối hợp": which of the two roles a body has.
const ROLE_CHOICE = /\bchu tri\b.*\bhay (?:chi )?(?:la )?phoi hop\b|\bphoi hop\b.*\bhay (?:la )?chu tri\b/;

/**
 * "Theo kế hoạch, Sở Xây dựng phối hợp thực hiện việc này, không chủ trì." for the duty shown first: the role of
 * its clause the question is about (`shownRole`) when the body leads it, "phối hợp" when it is a partner; null
 * when the duty names the body in neither list.
 */
export function roleVerdict(agency: string, f: Found | undefined, topic: string): string | null {
  if (f?.kind !== 'task') return null;
  const leads = leadNames(f.record).includes(agency);
  const partner = f.record.partners.some((p) => canonicalAgency(p).name === agency);
  if (!leads && !partner) return null;
  const partnerSays = `Theo kế hoạch, ${agency} phối hợp thực hiện việc này, không chủ trì.`;
  if (!leads) return partnerSays;
  // The body leads the duty: its clause about the question decides, when the plan's words say it plainly.
  const clause = askedClause(f.record.text, topicWords(topic)) ?? f.record.text;
  const words = withoutNumbering(clause);
  if (opensPart(words)) return partnerSays;
  // Said to lead only where the plan writes "chủ trì" for it ("Sở …: Chủ trì, phối hợp với …"); "Tham mưu …"
  // and the like are the body's own work, but the plan does not call it leading.
  return /(?:^|:\s*)chủ trì(?!\p{L})/iu.test(words) ? `Theo kế hoạch, ${agency} chủ trì việc này.` : null;
}

// "trước ngày nào", "hạn chót": a day asked ("thời hạn thực hiện?" may be answered "Theo Chương trình"); "vào năm nào",
// "từ năm học nào", "quý mấy": a year (or a part of one).
// ("năm nào cũng làm?", "tháng nào cũng báo cáo?" say every year, every month: no exact time asked.)
const DAY_ASKED = /\b(?:ngay (?:nao|may|bao nhieu)(?! cung\b)|han chot|han (?:nop|gui|trinh))\b/;
const YEAR_ASKED =
  /\b(?:(?:nam(?: hoc)?|thang|quy) (?:nao|may|bao nhieu)(?! cung\b)|(?:thoi han|thoi diem|moc thoi gian) nao)\b/;

/** What a folded question asks of time: a day, a year, or nothing exact ("khi nào?"). */
export function exactTimeAsked(folded: string): 'day' | 'year' | null {
  return DAY_ASKED.test(folded) ? 'day' : YEAR_ASKED.test(folded) ? 'year' : null;
}

/** Whether a duty says anything of time: its time column, a year or day, "hằng năm", "thường xuyên", "định kỳ" … */
export function statesAnyTime(t: Task): boolean {
  return (
    t.timeframe.kind !== 'unspecified' ||
    // "Theo Kế hoạch", "Theo chỉ đạo của BHXH Việt Nam": the plan's time column says when, in its words.
    t.timeframe.text.trim() !== '' ||
    /\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\b|hằng năm|hàng năm|thường xuyên|định kỳ|trong năm|quý|tháng/iu.test(
      t.text,
    )
  );
}

/**
 * Whether a duty gives the day or the year asked: in its timeframe, or in its own words ("trong năm 2025",
 * "trước 31/12"). A year in a programme's name ("giai đoạn 2021 - 2030") is no day.
 */
export function statesTime(t: Task, asked: 'day' | 'year'): boolean {
  const words = `${t.timeframe.text} ${t.text}`;
  const day = t.timeframe.kind === 'date' || /\b\d{1,2}\/\d{1,2}\b|\bngày \d{1,2}\b/u.test(words);
  if (asked === 'day') return day;
  return (
    day ||
    ['year', 'date', 'period'].includes(t.timeframe.kind) ||
    /\b(?:19|20)\d{2}\b|\bquý [IV1-4]+\b/u.test(words)
  );
}
