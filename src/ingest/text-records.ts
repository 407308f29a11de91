/** Units of running text → indicators (clauses with figures) and tasks (what agencies must do). */

import type { Indicator, ReportingDuty, Source, Task, Timeframe } from '../schema/records';
import { fold } from '../text/normalize';
import { recordAgencies } from './agencies';
import { clauses, type Piece, sentences, sentencesBy } from './clauses';
import { readFigures } from './figures';
import { agencyMentions } from './rules/agency-mentions';
import { type Assignment, readAssignment } from './rules/assignment';
import { dutyTimeframe, openingTimeframe } from './rules/duty-timeframe';
import { executorLine } from './rules/executor-line';
import { figureGroups, targetClause } from './rules/figure-names';
import { paragraphYear } from './rules/paragraph-year';
import { periodYear } from './rules/period';
import { readReports } from './rules/reporting';
import type { Unit } from './units';

interface Context {
  file: string;
  planId: string;
  spellings: Map<string, Set<string>>;
  /** The year a target without one is for: the plan's nearest horizon. */
  defaultYear: number | null;
  /** The year the plan was signed: years before it are baselines, not aims. */
  signedYear?: number;
  /** Who reports go to when the plan names no one: "UBND tỉnh", or "UBND thành phố" in a city's plan. */
  superior: string;
}

const TARGET_SECTION = /muc tieu|chi tieu/;
// Sections that state aims, not duties: purpose, requirements, viewpoints, targets, vision.
const GOAL_SECTION = /^(?:[ivx\d.]+\s+)?(?:muc dich|yeu cau|quan diem|muc tieu|tam nhin|chi tieu)/;
// Sections that list where the money comes from.
const FUNDING_SECTION = /^(?:[ivx\d.]+\s+)?(?:kinh phi|nguon (?:kinh phi|von|luc tai chinh))/;
// A figure after "trên", "dưới", "ít nhất" is a commitment even outside a targets section.
// "100% người có công … có mức sống …", "Đảm bảo 100% đối tượng … được trợ cấp": a share of people who
// will have something is a commitment; so is a yearly quantity ("hằng năm, đào tạo nghề cho 8.000 người").
const TARGET_CUE =
  /phan dau|muc tieu|chi tieu|dat |ty le|toi thieu|it nhat|(?:tren|duoi|khoang) \d|\d ?% [^;.]{0,80}(?:duoc|co) |(?:hang|moi) nam,? [^;.]{0,60}\d/;
// An assignment heading: "5. Sở Giáo dục và Đào tạo" or "2.3. Sở Lao động - Thương binh và Xã hội: Chủ trì, …".
const AGENCY_LEAD =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:Giao\s+|Đề nghị\s+)?(Sở |Bảo hiểm xã hội|BHXH|Công an|Ban |Cục |Chi nhánh|Ngân hàng|Ủy ban|UBND|Văn phòng|Liên đoàn|Tỉnh đoàn|Hội |Bộ Chỉ huy|Mặt trận|HĐND|Đài |Báo |Kho bạc|Thanh tra|Giám đốc|Thủ trưởng|Chủ tịch|Các sở|Các cơ quan)/u;
const TASK_MAX = 480;
// A sentence that states a target opens with "Phấn đấu" or an indicator's name ("Chỉ số hài lòng … đạt 80%").
const TARGET_OPENING = /^(?:[-+•]\s*)?(?:phấn đấu|tỷ lệ|tỉ lệ|số|chỉ số|mức)\s/iu;

/** Rule: a heading naming a body ("3. Sở Y tế", "2.3. Sở X: Chủ trì, …") owns the duties under it. */
export function headingOwner(u: Unit, next?: Unit): Assignment | null {
  const text = u.text;
  if (!AGENCY_LEAD.test(text)) return null;
  const colon = text.indexOf(':');
  if (!u.heading && !(colon > 0 && colon < 160) && !leadIn(u, next)) return null;
  const a = readAssignment(text.replace(/^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+/u, ''));
  return a.leads.length ? a : null;
}

/**
 * Rule: a sentence that announces a list leads it in ("… thực hiện tốt một số nhiệm vụ sau đây:", "… liên
 * quan:"), and so does a numbered item followed by its bullets even when the scrape lost the colon.
 */
export function leadIn(u: Unit, next?: Unit): boolean {
  return /:\s*$/.test(u.text) || (u.level <= 4 && next?.level === 5 && next.section === u.section);
}

/**
 * Rule: an aim stated in words under a period heading ("2.1. Đến năm 2030" / "xóa bỏ hoàn toàn nhà tạm …") is
 * for that period's end: its timeframe is the heading's year when its own words give none.
 */
export function goalTimeframe(own: Timeframe, u: Unit): Timeframe {
  if (own.kind !== 'unspecified' || !statementOf(u).statement) return own;
  const year = periodYear(u.headings);
  const heading = [...u.headings].reverse().find((h) => h !== u.text && periodYear([h]) === year);
  return year && heading
    ? { text: heading.replace(/^(?:[IVX\d.]+|[a-zđ]\))\s*/u, ''), kind: 'year', year }
    : own;
}

/** Rule: what a statement under the plan's aims or funding sections is (a duty when neither). */
export function statementOf(u: Unit): { statement?: 'goal' | 'funding' } {
  const headings = u.headings.filter((h) => h !== u.text).map(fold);
  if (headings.some((h) => FUNDING_SECTION.test(h))) return { statement: 'funding' };
  if (headings.some((h) => GOAL_SECTION.test(h))) return { statement: 'goal' };
  return {};
}

/** True when a heading is bodies' names and nothing else: "1. Giám đốc các sở; Thủ trưởng các ban, ngành". */
function onlyNames(text: string): boolean {
  let rest = text.replace(/^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+/u, '').replace(/^(?:Đề nghị|Giao)\s+/u, '');
  for (const m of agencyMentions(rest).reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return !/\p{L}{2,}/u.test(rest.replace(/(?:^|[\s,;])(?:và|cùng)(?=[\s,;]|$)/gu, ' '));
}

/**
 * A paragraph under a heading that owns its duties, where one sentence adds co-leads ("Cùng với Sở LĐTBXH chủ trì
 * …"): that sentence's duty has both leads, the other sentences the heading's agency alone. Empty when no sentence
 * adds a co-lead — the paragraph is then cut as any other.
 */
export function coLeadSentences(u: Unit, owner: Assignment): Piece[] {
  const leadsOf = (t: string) => readAssignment(t, owner).leads;
  const adds = (leads: string[]) =>
    owner.leads.every((l) => leads.includes(l)) && leads.length > owner.leads.length;
  const pieces = sentencesBy(u, (t) => leadsOf(t).join('|'));
  return pieces.length > 1 && pieces.some((p) => adds(leadsOf(p.text))) ? pieces : [];
}

/**
 * Rule: a paragraph whose sentences name different subjects is one duty per subject. "… các sở, ban, ngành
 * chủ động báo cáo Chủ tịch UBND thành phố xem xét, quyết định. Định kỳ hàng năm (vào ngày 30/11), các cơ
 * quan, đơn vị, địa phương báo cáo kết quả …" is two duties; a sentence naming no one belongs to the one
 * before it. Empty when fewer than two subjects are named.
 */
export function subjectSentences(u: Unit): Piece[] {
  let last = '';
  const keyOf = (t: string) => {
    const leads = readAssignment(t, null).leads.join('|');
    if (leads) last = leads;
    return last;
  };
  const pieces = sentencesBy(u, keyOf);
  const subjects = new Set(pieces.map((p) => readAssignment(p.text, null).leads.join('|')).filter(Boolean));
  return pieces.length > 1 && subjects.size > 1 ? pieces : [];
}

/**
 * Rule: a paragraph with no marker of its own right after an item ("- Chủ trì, phối hợp với Bảo hiểm xã hội
 * tỉnh, … tiếp tục củng cố …." / "Phát triển hệ thống BHXH …") continues that item, the scrape having
 * broken its lines after a full stop: its sentences that name no one have the partners the item names.
 * Empty for a paragraph with a marker, in another section, or after an item that names no partners.
 */
export function continuedPartners(
  item: { section: string; partners: string[] } | null,
  u: Pick<Unit, 'marker' | 'section' | 'heading'>,
): string[] {
  return item && u.marker === '' && !u.heading && item.section === u.section ? item.partners : [];
}

const ownOr = (own: Timeframe, paragraph: Timeframe | null) =>
  own.kind === 'unspecified' && !own.text && paragraph ? paragraph : own;

/** Reads every unit into records; reporting duties are collected on the side. */
export function textRecords(
  units: Unit[],
  ctx: Context,
): { indicators: Indicator[]; tasks: Task[]; duties: ReportingDuty[]; ownerLines: number[] } {
  const indicators: Indicator[] = [];
  const tasks: Task[] = [];
  const duties: ReportingDuty[] = [];
  const ownerLines: number[] = [];
  // Assignment that holds for the current section (an agency heading) and tasks waiting for a
  // "Cơ quan thực hiện:" line that names their agency after them.
  const agencyBySection = new Map<string, Assignment>();
  let waiting: Task[] = [];
  let waitingSection = '';

  // A numbered item with numbered items under it ("9. Phát huy vai trò …", then "9.1.", "9.2.") is a heading,
  // however long.
  const parents = new Set(
    units
      .filter((v) => v.level <= 4 && v.section.includes('.'))
      .map((v) => v.section.split('.').slice(0, -1).join('.')),
  );
  // The partners the last item ("- Chủ trì, phối hợp với …") names, for the paragraphs that continue it.
  let item: { section: string; partners: string[] } | null = null;
  // The indicator a "…, trong đó:" list belongs to, while its sub-items follow.
  let partOf = '';
  let listHead: Unit | null = null;
  for (const [index, u] of units.entries()) {
    if (listHead && !(u.level === 5 && u.lineStart > listHead.lineEnd && u.section === listHead.section))
      partOf = '';
    const next = units[index + 1];
    const top = u.section.split('.')[0] ?? '';
    if (top !== waitingSection.split('.')[0] || (u.heading && u.level <= 1)) waiting = [];
    waitingSection = u.section;
    const own = headingOwner(u, next);
    if (own) {
      agencyBySection.set(u.section, own);
      // The heading's lines are read: they say who leads the duties below.
      for (let n = u.lineStart; n <= u.lineEnd; n++) ownerLines.push(n);
    }
    const executor = executorLine(u.text);
    if (executor?.role === 'performs') {
      // "Cơ quan thực hiện:" closes a block: its bodies lead the duties above that name no one.
      for (const t of waiting) {
        Object.assign(t, recordAgencies(executor.assignment, ctx.spellings));
        t.agencySource = {
          file: ctx.file,
          lineStart: u.lineStart,
          lineEnd: u.lineEnd,
          section: u.section,
          quote: u.text,
        };
      }
      waiting = [];
      continue;
    }
    const groupDomain =
      executor?.role === 'compiles'
        ? compiledBy(tasks, u.section, executor.assignment.leads, {
            file: ctx.file,
            lineStart: u.lineStart,
            lineEnd: u.lineEnd,
            section: u.section,
            quote: u.text,
          })
        : undefined;
    // A short heading says where we are; a heading that carries figures ("c) Duy trì 100% …") is content too.
    // Years are no figures: "2.1. Đến năm 2030" is a heading, "c) Duy trì 100% …" is not.
    const figures = u.text.replace(/^[\dIVX.]+\s/, '').replace(/(?:19|20)\d{2}/g, '');
    const heading = u.heading || (u.level <= 3 && u.marker !== '' && parents.has(u.section));
    if (heading && !own && !/\d\s*%|\d{2,}/.test(figures)) continue;
    // "4.3. Sở Giáo dục và Đào tạo:" or "13. Báo Đà Nẵng, Đài … và các báo, đài" only says who the next
    // paragraphs are for.
    if (own && (leadIn(u, next) || (heading && (u.text.length < 60 || onlyNames(u.text))))) continue;
    const inherited = [...agencyBySection.entries()]
      .filter(([section]) => u.section === section || u.section.startsWith(`${section}.`))
      .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
    const inTargets = u.headings.some(
      (h, i) => i < u.headings.length - (u.level <= 4 ? 1 : 0) && TARGET_SECTION.test(fold(h)),
    );
    const domain = [...u.headings].reverse().find((h) => h !== u.text) ?? '';
    const quoteOf = (p: Piece) => ({
      file: ctx.file,
      lineStart: p.lineStart,
      lineEnd: p.lineEnd,
      section: u.section,
      quote: p.text,
    });

    const carried = continuedPartners(item, u);
    if (u.marker !== '')
      item = { section: u.section, partners: readAssignment(u.text, inherited ?? null).partners };
    else if (!carried.length) item = null;

    // Figures that are commitments become indicators, one per clause.
    let madeIndicator = false;
    const plain: Piece[] = [];
    for (const c of clauses(u)) {
      const figures = readFigures(
        c.text,
        paragraphYear(u.text, Math.max(0, u.text.indexOf(c.text)), ctx.signedYear ?? 0) ??
          periodYear(u.headings) ??
          ctx.defaultYear,
      );
      if (!figures.length || !(inTargets || TARGET_CUE.test(fold(c.text)))) {
        plain.push(c);
        continue;
      }
      const a = readAssignment(c.text);
      for (const [g, group] of figureGroups(c.text, figures).entries()) {
        const first = group.figures[0] as (typeof figures)[number];
        // The words before the figure name the indicator ("Tỷ lệ lao động qua đào tạo"); when they are only
        // "Đến năm 2025, có", the clause itself is the name.
        const before = targetClause(
          c.text.slice(0, first.at).replace(/^(?:[a-zđ]\)|\d+(?:\.\d+)*\.)\s+/u, ''),
        );
        const own = g === 0 && !group.trailing ? before : group.name;
        const plainName = (own.replace(/[\d,.\s]|năm|đến|có|đạt|phấn đấu/giu, '').length >= 12 ? own : c.text)
          .replace(/[,:;.\s]+$/, '')
          .trim();
        // "+ Khu vực thành thị giảm 0,3%/năm" under "Tỷ lệ giảm nghèo … 0,8%/năm, trong đó:" is a part of it.
        // A sub-item that names an indicator of its own ("+ Tỷ lệ hộ nghèo … dưới 1%") stands alone.
        const ownIndicator = /^(?:tỷ lệ|tỉ lệ|số|chỉ số|mức|tổng)\s/iu.test(plainName);
        const name = partOf && g === 0 && !ownIndicator ? `${partOf}, trong đó: ${plainName}` : plainName;
        const targets = group.figures.map((f) => f.target);
        indicators.push({
          id: `${ctx.planId}/i${indicators.length + 1}`,
          planId: ctx.planId,
          domain,
          name: name || c.text,
          unit: targets[0]?.unit ?? '',
          targets,
          ...recordAgencies(a.leads.length ? a : (inherited ?? a), ctx.spellings),
          source: quoteOf(c),
        });
      }
      madeIndicator = true;
      if (/trong đó\s*:\s*$/u.test(u.text)) {
        partOf = indicators[indicators.length - 1]?.name ?? '';
        listHead = u;
      }
    }
    // In a targets section, the clauses without a figure are statements of their own ("Duy trì phổ cập
    // giáo dục mầm non trẻ em 05 tuổi"); elsewhere the whole paragraph is a task, split when long.
    // Under a heading that owns the duties, a sentence naming other leads is theirs alone.
    const coLeads = inherited ? coLeadSentences(u, inherited) : [];
    const byLeads = coLeads.length > 1 ? coLeads : subjectSentences(u);
    const pieces = madeIndicator && inTargets ? plain : byLeads.length > 1 ? byLeads : sentences(u, TASK_MAX);
    // A long paragraph cut in pieces keeps one subject: "1. Căn cứ Chương trình …;" / "Giám đốc các sở … khẩn trương …".
    const whole = pieces.length > 1 && pieces !== byLeads ? readAssignment(u.text, null) : null;
    // A paragraph cut for length is one duty's text: a piece that names no one keeps the partners the
    // paragraph names ("… có trách nhiệm phối hợp với các sở, ban ngành … . Tham mưu, hướng dẫn …").
    const paragraphPartners = whole ? readAssignment(u.text, inherited ?? null).partners : [];
    // … and its rhythm: "a) Thường xuyên rà soát …. Tăng cường hoạt động tham vấn …" is done all along.
    const paragraphRhythm = whole ? openingTimeframe(u.text) : null;
    for (const s of pieces) {
      // "Phấn đấu đến năm 2025, có 20% …; khoảng 18% …" in a tasks section: a sentence of targets only is no duty.
      if (madeIndicator && TARGET_OPENING.test(s.text) && plain.every((p) => !s.text.includes(p.text)))
        continue;
      const named = readAssignment(s.text, null).leads.length > 0;
      const own = executor
        ? executor.assignment
        : !named && whole?.leads.length
          ? whole
          : readAssignment(s.text, inherited ?? null);
      const a =
        !named && !own.partners.length && (whole || carried.length)
          ? { ...own, partners: whole ? paragraphPartners : carried }
          : own;
      const task: Task = {
        id: `${ctx.planId}/t${tasks.length + 1}`,
        planId: ctx.planId,
        // The compiling line of a group is a duty about the group: it is filed under the group's heading.
        domain: groupDomain ?? domain,
        text: s.text,
        ...recordAgencies(a, ctx.spellings),
        timeframe: goalTimeframe(ownOr(dutyTimeframe(s.text), paragraphRhythm), u),
        source: quoteOf(s),
        ...statementOf(u),
      };
      tasks.push(task);
      if (!task.leadAgency) waiting.push(task);
      for (const r of readReports(s.text, {
        owner: inherited ?? null,
        superior: ctx.superior,
        paragraph: u.text,
      })) {
        for (const name of [...r.reporters, r.to, ...(r.via ? [r.via] : [])])
          recordAgencies({ leads: [name], partners: [] }, ctx.spellings);
        duties.push({ ...r, who: r.reporters.join(', '), source: task.source });
      }
    }
  }
  return { indicators, tasks, duties, ownerLines };
}

/** The numbered group a lettered item belongs to: "III.1.c" → "III.1"; a group is its own ("III.1"). */
export const groupOf = (section: string) =>
  /\.[a-zđ]$/u.test(section) ? section.slice(0, section.lastIndexOf('.')) : section;

/**
 * Rule: "Cơ quan tổng hợp, báo cáo: X" after a numbered group's duties makes X the body that compiles and
 * reports on that group — every duty of the group since the last such line, whoever carries it out. The
 * line stays a duty of X's as well (see `textRecords`). Returns the group's heading.
 */
export function compiledBy(
  tasks: Task[],
  section: string,
  names: string[],
  source: Source,
): string | undefined {
  const group = groupOf(section);
  let domain: string | undefined;
  for (let i = tasks.length - 1; i >= 0; i--) {
    const t = tasks[i] as Task;
    if (groupOf(t.source.section) !== group || t.compilers) break;
    if (t.statement) continue;
    t.compilers = names;
    t.compilerSource = source;
    domain = t.domain;
  }
  // The group's heading, as its first duty is filed under it.
  return domain;
}
