/**
 * Ingest: plan text in, validated records and issues out. Pure: no file system, no clock.
 * `ingestPlans([{ file: '000_….txt', text }])` → `{ corpus, issues, report }`.
 */

import type { Corpus } from '../schema/records';
import { Agency, PlanRecords, type Task } from '../schema/records';
import { fold } from '../text/normalize';
import { slug } from '../text/slug';
import { AGENCIES } from '../text/vocabulary';
import { agencyKey, groupOrHead } from './agencies';
import { citedDocuments } from './cited-documents';
import { type IngestIssue, readFacts } from './header';
import { type Line, readLines } from './lines';
import { agencyMentions } from './rules/agency-mentions';
import { type Annex, annexes } from './rules/annexes';
import { coordinates } from './rules/coordinator';
import { applyFieldAssignments, fieldPartners, fieldsAssigned } from './rules/field-assignment';
import { type Funding, funding } from './rules/funding';
import { outline, type Part } from './rules/outline';
import { type ArchiveCopy, archiveCopy, bodyEnd, type Recipient, recipients } from './rules/plan-end';
import { planPeriod } from './rules/plan-period';
import { findTables, readTable } from './table';
import { tableRecords } from './table-records';
import { textRecords } from './text-records';
import type { Unit } from './units';
import { readUnits } from './units';

export type { IngestIssue } from './header';

/** Per-plan counts for `npm run ingest -- --report`. */
export interface PlanReport {
  file: string;
  planId: string;
  indicators: number;
  targets: number;
  tasks: number;
  agencies: number;
  /** Body lines with a figure, an agency or a date that no record quotes, and which of those they hold. */
  uncovered: { line: number; text: string; why: string }[];
}

/** "Quảng Ninh", "91/KH-UBND", "2021-04-26" → "quang-ninh-91-2021". */
export function planIdOf(province: string, number: string, signedDate: string | null): string {
  return [slug(province) || 'ke-hoach', number.split('/')[0], signedDate?.slice(0, 4)]
    .filter(Boolean)
    .join('-');
}

function horizonOf(title: string, headings: string[], targetYears: number[], signedYear: number): number[] {
  const years = new Set<number>(targetYears.filter((y) => y > signedYear));
  for (const text of [title, ...headings.filter((h) => /muc tieu|tam nhin|den nam/.test(fold(h)))]) {
    // Years inside dates ("10/01/2024") are when something was signed, not what the plan aims at.
    for (const m of text.replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, '').matchAll(/(?:19|20)\d{2}/g)) {
      const y = Number(m[0]);
      if (y >= signedYear) years.add(y);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** The plan's period with its source: the title's line, or the purpose statement that names it. */
function periodOf(
  file: string,
  facts: {
    title: string;
    factSources: Record<string, { lineStart: number; lineEnd: number; quote: string }>;
  },
  units: Unit[],
  signedYear: number,
) {
  const found = planPeriod(facts.title, units, signedYear);
  if (!found) return {};
  const at = found.unit
    ? {
        lineStart: found.unit.lineStart,
        lineEnd: found.unit.lineEnd,
        quote: found.unit.text,
        section: found.unit.section,
      }
    : { ...(facts.factSources.title ?? { lineStart: 1, lineEnd: 1, quote: facts.title }), section: '' };
  return {
    period: {
      ...found.period,
      source: { file, section: at.section, lineStart: at.lineStart, lineEnd: at.lineEnd, quote: at.quote },
    },
  };
}

/** The plan's coordinating body, from the first duty that names it so. */
/** The annexes the plan describes, when it has any (plans without annexes carry no empty list). */
function annexesOf(file: string, units: Unit[]): { annexes?: Annex[] } {
  const a = annexes(file, units);
  return a.length ? { annexes: a } : {};
}

/** The plan's parts, when its headings were kept (no empty list on plans whose scrape lost them). */
function outlineOf(file: string, units: Unit[]): { outline?: Part[] } {
  const o = outline(file, units);
  return o.length ? { outline: o } : {};
}

/** Where the plan's money comes from, when it says (no empty list on plans that do not). */
function fundingOf(file: string, units: Unit[]): { funding?: Funding[] } {
  const f = funding(file, units);
  return f.length ? { funding: f } : {};
}

/** The recipients list, when the plan has one (no empty list on plans whose scrape lost it). */
function recipientsOf(file: string, lines: Line[]): { recipients?: Recipient[] } {
  const r = recipients(file, lines);
  return r.length ? { recipients: r } : {};
}

/** Where the plan's copies are kept ("Lưu: VT, VX2"), when its recipients list says. */
function archiveOf(file: string, lines: Line[]): { archive?: ArchiveCopy } {
  const a = archiveCopy(file, lines);
  return a ? { archive: a } : {};
}

function coordinatorOf(tasks: Task[]): { coordinator?: { leads: string[]; source: Task['source'] } } {
  const t = tasks.find((x) => x.leads.length && coordinates(x.text));
  return t ? { coordinator: { leads: t.leads, source: t.source } } : {};
}

/** Kind of an agency from its folded name: sở, UBND, mass organisation, or a central agency's branch. */
function agencyKind(folded: string): Agency['kind'] {
  if (folded.startsWith('so ')) return 'sở';
  if (/ubnd|uy ban nhan dan/.test(folded)) return 'ubnd';
  if (/mat tran|^hoi |lien doan|tinh doan|doan thanh nien/.test(folded)) return 'đoàn thể';
  // Branches of central agencies in the province: social insurance, police, statistics, the policy bank.
  if (/^(bao hiem xa hoi|cong an|cuc |ngan hang|chi nhanh)/.test(folded)) return 'trung ương';
  return 'khác';
}

/** Ingests one plan. Records that fail their schema are reported, not written. */
export function ingestPlan(
  file: string,
  text: string,
  spellings: Map<string, Set<string>>,
): { records: PlanRecords | null; issues: IngestIssue[]; report: PlanReport | null } {
  const issues: IngestIssue[] = [];
  if (!text.trim()) return { records: null, issues: [{ file, line: 1, message: 'tệp rỗng' }], report: null };
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    issues.push({ file, line, message: 'tệp có ký tự không đọc được (không phải UTF-8?)' });
  }
  const lines = readLines(text);
  const facts = readFacts(file, lines, issues);
  if (!facts.number || !facts.province) return { records: null, issues, report: null };
  const planId = planIdOf(facts.province, facts.number, facts.signedDate);
  const signedYear = Number(facts.signedDate?.slice(0, 4) ?? 2000);

  const tables = findTables(lines);
  const preamble = lines.find((l) => /^(Căn cứ|Thực hiện|Theo đề nghị)\s/u.test(l.text))?.no ?? 1;
  const end = bodyEnd(lines);
  const inTable = (no: number) => tables.some((t) => no >= t.start && no <= t.end);
  // The preamble's documents are plan facts; the body starts at the first section.
  const bodyStart = lines.find((l) => l.no > preamble && /^(I\.|1\.)\s/u.test(l.text))?.no ?? preamble;
  const units = readUnits(lines, (no) => no < bodyStart || no >= end || inTable(no));

  const headings = units.filter((u) => u.heading).map((u) => u.text);
  const stated = horizonOf(facts.title, headings, [], signedYear);
  // Targets without a year anywhere near them are for the horizon the plan states (title, aim headings, the
  // purpose's period); when it states none, the year stays unknown rather than guessed.
  const defaultYear =
    stated.find((y) => y > signedYear) ?? planPeriod(facts.title, units, signedYear)?.period.to ?? null;
  // A city's plan sends its reports to "UBND thành phố"; a province's to "UBND tỉnh".
  const city = (text.match(/(?:UBND|Ủy ban nhân dân) thành phố/gu) ?? []).length;
  const province = (text.match(/(?:UBND|Ủy ban nhân dân) tỉnh/gu) ?? []).length;
  const superior = city > province ? 'UBND thành phố' : 'UBND tỉnh';
  const text_ = textRecords(units, { file, planId, spellings, defaultYear, signedYear, superior });
  const indicators = [...text_.indicators];
  const tasks = [...text_.tasks];
  for (const [i, range] of tables.entries()) {
    const t = tableRecords(readTable(lines, range), { file, planId, tableNo: i + 1, spellings });
    indicators.push(...t.indicators);
    tasks.push(...t.tasks);
  }

  applyFieldAssignments(
    indicators,
    tasks.flatMap((t) => {
      const fields = t.leads.length ? fieldsAssigned(t.text, t.leads) : [];
      return fields.length
        ? [
            {
              leads: t.leads,
              leadAgency: t.leadAgency,
              partners: fieldPartners(t.text, t.leads),
              fields,
              source: t.source,
            },
          ]
        : [];
    }),
  );
  const targetYears = indicators.flatMap((i) => i.targets.map((t) => t.year ?? 0));
  const horizon = horizonOf(facts.title, headings, targetYears, signedYear);
  // The plan starts at its header (the number line, a few lines of agency name above it).
  const start = Math.max(1, (facts.factSources.number?.lineStart ?? 1) - 4);
  const documents = citedDocuments(file, lines, { start, bodyStart, end, inTable, planNumber: facts.number });
  const candidate = {
    plan: {
      id: planId,
      ...facts,
      // The basis: numbered documents cited before the first section ("Căn cứ …", "Thực hiện …").
      basis: documents.flatMap((d) =>
        d.basis && d.number
          ? [
              {
                kind: d.kind,
                number: d.number,
                date: d.date,
                issuer: d.issuer ?? '',
                ...(d.term ? { term: d.term } : {}),
                source: { ...d.source, section: 'căn cứ' },
              },
            ]
          : [],
      ),
      documents,
      horizon,
      reportingDuties: text_.duties,
      ...coordinatorOf(tasks),
      ...periodOf(file, facts, units, signedYear),
      ...recipientsOf(file, lines),
      ...archiveOf(file, lines),
      ...annexesOf(file, units),
      ...outlineOf(file, units),
      ...fundingOf(file, units),
      sourceFile: file,
    },
    indicators,
    tasks,
  };
  const parsed = PlanRecords.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const [kind, index] = issue.path as [string, number];
      const record = kind === 'indicators' ? indicators[index] : kind === 'tasks' ? tasks[index] : undefined;
      issues.push({
        file,
        line: record?.source.lineStart ?? 1,
        message: `bản ghi không hợp lệ (${issue.path.join('.')}): ${issue.message}`,
      });
    }
    return { records: null, issues, report: null };
  }

  // Coverage: a body line with a figure, an agency or a date that no record's lines include.
  const covered = new Set<number>();
  const spans = [...indicators, ...tasks, ...text_.duties, ...documents].flatMap((r) => [
    r.source,
    ...('agencySource' in r && r.agencySource ? [r.agencySource] : []),
  ]);
  for (const r of spans) for (let n = r.lineStart; n <= r.lineEnd; n++) covered.add(n);
  for (const n of text_.ownerLines) covered.add(n);
  const uncovered = lines
    .filter((l) => l.no >= bodyStart && (l.no < end || inTable(l.no)) && l.text && !covered.has(l.no))
    .flatMap((l) => {
      const why = [
        /\d+(?:[.,]\d+)?\s*(?:%|‰)/.test(l.text) ? 'số liệu' : '',
        agencyMentions(l.text).some((m) => !m.group) ? 'cơ quan' : '',
        /ngày\s+\d{1,2}\s*(?:\/|tháng)/u.test(l.text) ? 'ngày' : '',
      ].filter(Boolean);
      return why.length ? [{ line: l.no, text: l.text, why: why.join(', ') }] : [];
    });
  const agencyNames = new Set(
    [...indicators, ...tasks].flatMap((r) => [r.leadAgency, ...r.partners]).filter(Boolean),
  );
  return {
    records: parsed.data,
    issues,
    report: {
      file,
      planId,
      indicators: indicators.length,
      targets: indicators.reduce((n, i) => n + i.targets.length, 0),
      tasks: tasks.length,
      agencies: agencyNames.size,
      uncovered,
    },
  };
}

/** Ingests every plan; a plan that cannot be read is reported and the others still come through. */
export function ingestPlans(files: { file: string; text: string }[]): {
  corpus: Corpus;
  issues: IngestIssue[];
  reports: PlanReport[];
  unknownAgencies: string[];
} {
  const spellings = new Map<string, Set<string>>();
  const plans: PlanRecords[] = [];
  const issues: IngestIssue[] = [];
  const reports: PlanReport[] = [];
  for (const { file, text } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const r = ingestPlan(file, text, spellings);
    issues.push(...r.issues);
    if (r.records) plans.push(r.records);
    if (r.report) reports.push(r.report);
  }
  const known = new Set(AGENCIES.map((a) => a.name));
  const agencies: Agency[] = [];
  for (const [name, set] of [...spellings.entries()].sort((a, b) => a[0].localeCompare(b[0], 'vi'))) {
    const planIds = plans
      .filter((p) =>
        [...p.indicators, ...p.tasks].some(
          (r) =>
            r.leadAgency === name ||
            // A co-lead is a body of its own to ask about ("Báo Đà Nẵng, Đài Phát thanh - Truyền hình Đà
            // Nẵng": the Đài too), unless a group or a head.
            (r.leads.includes(name) && !groupOrHead(name)) ||
            r.partners.includes(name),
        ),
      )
      .map((p) => p.plan.id);
    if (!planIds.length) continue;
    const f = fold(name);
    const kind = agencyKind(f);
    agencies.push(
      Agency.parse({
        id: slug(agencyKey(name)),
        name,
        aliases: [...set].filter((s) => s !== name).sort(),
        kind,
        planIds,
      }),
    );
  }
  const unknownAgencies = agencies.filter((a) => !known.has(a.name) && a.kind === 'sở').map((a) => a.name);
  return { corpus: { plans, agencies }, issues, reports, unknownAgencies };
}
