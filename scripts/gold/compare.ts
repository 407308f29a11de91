/**
 * Records against the gold annotation, field by field: precision over the records, recall over the gold,
 * and every disagreement with its line. Pure: `scorePlan(records, gold)` reads nothing from disk.
 */
import { agencyKey } from '../../src/ingest/agencies';
import type { GoldLines, GoldPlan } from '../../src/schema/gold';
import type { PlanRecords } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { loadGold } from './load';

/** Counts for one field: `precision = recordsRight / records`, `recall = goldRight / gold`. */
export interface FieldScore {
  records: number;
  recordsRight: number;
  gold: number;
  goldRight: number;
}

/** One place where records and gold differ: `{ field: 'lead', line: 46, gold: 'A; B', record: 'A' }`. */
export interface Disagreement {
  field: string;
  line: number;
  gold: string;
  record: string;
}

export interface PlanScore {
  file: string;
  fields: Record<string, FieldScore>;
  disagreements: Disagreement[];
}

type Lines = readonly [number, number];
const overlaps = (a: Lines, b: Lines) => a[0] <= b[1] && b[0] <= a[1];
const within = (covers: GoldLines[], line: number) => covers.some(([a, b]) => line >= a && line <= b);

// "các sở, ban, ngành có liên quan", "Giám đốc các sở": a group the plan does not name body by body.
const GROUP = /^(?:(?:giam doc|thu truong|lanh dao) )?cac /;

/**
 * Agencies compared by their key: spelling, abbreviations and punctuation aside, "BHXH thành phố" ≠ "BHXH
 * tỉnh". Groups compare as one kind, whatever their wording: "các sở, ngành, đơn vị liên quan" is not a
 * different answer from "các sở, ban, ngành có liên quan"; a named body missing or added always counts.
 */
export const agencySet = (names: readonly string[]) =>
  [
    ...new Set(
      names
        .map(agencyKey)
        .map((k) => (GROUP.test(k) ? '(các cơ quan)' : k))
        .filter(Boolean),
    ),
  ]
    .sort()
    .join(' ; ');
const squeeze = (s: string | null | undefined) =>
  fold(s ?? '')
    .replace(/[\s.,;:()"“”'-]+/g, ' ')
    .trim();
const valueKey = (v: string) => v.replace(/\s+/g, '').replace(/[–—]/g, '-');
const unitKey = (u: string) => u.replace(/%0/g, '‰').replace(/m2/g, 'm²').replace(/\s+/g, '').toLowerCase();

/** `2021-04-26` or `--11-30` (records) → `26/04/2021` or `30/11` (gold). */
export function goldDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const yearly = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (yearly) return `${yearly[2]}/${yearly[1]}`;
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return full ? `${full[3]}/${full[2]}/${full[1]}` : iso;
}

class Tally {
  fields: Record<string, FieldScore> = {};
  disagreements: Disagreement[] = [];
  private field(name: string): FieldScore {
    this.fields[name] ??= { records: 0, recordsRight: 0, gold: 0, goldRight: 0 };
    return this.fields[name];
  }
  record(name: string, right: boolean) {
    const f = this.field(name);
    f.records++;
    if (right) f.recordsRight++;
  }
  gold(name: string, right: boolean) {
    const f = this.field(name);
    f.gold++;
    if (right) f.goldRight++;
  }
  differ(field: string, line: number, gold: string, record: string) {
    this.disagreements.push({ field, line, gold, record });
  }
}

interface RecordTarget {
  lines: Lines;
  name: string;
  value: string;
  comparator: string;
  unit: string;
  year: number | null;
  scope: string;
  area: string;
  leads: string[];
  partners: string[];
}

function leadsOf(r: { leadAgency: string | null; leads?: string[] }): string[] {
  return r.leads ?? (r.leadAgency ? [r.leadAgency] : []);
}

function scoreTargets(records: PlanRecords, gold: GoldPlan, t: Tally) {
  const recs: RecordTarget[] = records.indicators
    .filter((i) => within(gold.covers, i.source.lineStart))
    .flatMap((i) =>
      i.targets.map((x) => ({
        lines: [i.source.lineStart, i.source.lineEnd] as const,
        name: i.name,
        value: x.value,
        comparator: x.comparator,
        unit: (x as { unit?: string }).unit ?? i.unit,
        year: x.year,
        scope: x.scope,
        area: x.area,
        leads: leadsOf(i),
        partners: i.partners,
      })),
    );
  const match = new Map<RecordTarget, (typeof gold.targets)[number]>();
  const goldMatch = new Map<(typeof gold.targets)[number], RecordTarget>();
  for (const g of gold.targets) {
    const fits = recs
      .filter((r) => !match.has(r) && overlaps(r.lines, g.lines) && valueKey(r.value) === valueKey(g.value))
      .map((r) => ({
        r,
        fit: (r.year === g.year ? 4 : 0) + (r.scope === g.scope ? 2 : 0) + (r.area === g.area ? 1 : 0),
      }))
      .sort((a, b) => b.fit - a.fit);
    const best = fits[0]?.r;
    if (best) {
      match.set(best, g);
      goldMatch.set(g, best);
    }
  }
  const fields: [string, (r: RecordTarget) => string, (g: (typeof gold.targets)[number]) => string][] = [
    ['comparator', (r) => r.comparator, (g) => g.comparator],
    ['unit', (r) => unitKey(r.unit), (g) => unitKey(g.unit)],
    ['year', (r) => String(r.year), (g) => String(g.year)],
    ['scope', (r) => r.scope, (g) => g.scope],
    ['area', (r) => squeeze(r.area), (g) => squeeze(g.area)],
    ['target lead', (r) => agencySet(r.leads), (g) => agencySet(g.leads)],
    ['target partners', (r) => agencySet(r.partners), (g) => agencySet(g.partners)],
  ];
  for (const r of recs) {
    const g = match.get(r);
    t.record('target', Boolean(g));
    if (!g) t.differ('target', r.lines[0], '(none)', `${r.value} ${r.unit} — ${r.name.slice(0, 70)}`);
    for (const [name, rv, gv] of fields) t.record(name, Boolean(g) && rv(r) === gv(g as never));
  }
  for (const g of gold.targets) {
    const r = goldMatch.get(g);
    t.gold('target', Boolean(r));
    if (!r) t.differ('target', g.lines[0], `${g.value} ${g.unit} — ${g.indicator.slice(0, 70)}`, '(none)');
    for (const [name, rv, gv] of fields) {
      const right = Boolean(r) && rv(r as RecordTarget) === gv(g);
      t.gold(name, right);
      if (r && !right) t.differ(name, g.lines[0], `${gv(g)} (${g.value})`, rv(r));
    }
  }
}

function scoreAssignments(records: PlanRecords, gold: GoldPlan, t: Tally) {
  // Aims and funding sources are statements, not duties: the gold lists duties only.
  const tasks = records.tasks.filter((x) => !x.statement && within(gold.covers, x.source.lineStart));
  const span = (x: (typeof tasks)[number]) => [x.source.lineStart, x.source.lineEnd] as const;
  const pairs: [
    string,
    (x: (typeof tasks)[number]) => string,
    (g: (typeof gold.assignments)[number]) => string,
  ][] = [
    ['lead', (x) => agencySet(leadsOf(x)), (g) => agencySet(g.leads)],
    ['partners', (x) => agencySet(x.partners), (g) => agencySet(g.partners)],
    ['timeframe', (x) => squeeze(x.timeframe.text), (g) => squeeze(g.timeframe)],
  ];
  for (const x of tasks) {
    const near = gold.assignments.filter((g) => overlaps(span(x), g.lines));
    t.record('task', near.length > 0);
    if (!near.length) t.differ('task', x.source.lineStart, '(none)', x.text.slice(0, 80));
    for (const [name, rv, gv] of pairs) {
      // A record on lines no duty covers is wrong only when it claims something.
      if (!near.length && !rv(x)) continue;
      const right = near.some((g) => gv(g) === rv(x));
      t.record(name, right);
      // The gold side lists what it misses; a record that says something the gold has no duty for is listed here.
      if (!right)
        t.differ(
          name,
          x.source.lineStart,
          near.map(gv).join(' | ') || '(không có nhiệm vụ)',
          `${rv(x) || '(none)'} [bản ghi]`,
        );
    }
  }
  for (const g of gold.assignments) {
    const near = tasks.filter((x) => overlaps(span(x), g.lines));
    t.gold('task', near.length > 0);
    if (!near.length) t.differ('task', g.lines[0], g.task.slice(0, 80), '(none)');
    for (const [name, rv, gv] of pairs) {
      const right = near.some((x) => rv(x) === gv(g));
      t.gold(name, right);
      if (near.length && !right)
        t.differ(name, g.lines[0], gv(g) || '(none)', near.map(rv).join(' | ') || '(none)');
    }
  }
}

function scoreReporting(records: PlanRecords, gold: GoldPlan, t: Tally) {
  type Duty = PlanRecords['plan']['reportingDuties'][number];
  const duties = (records.plan.reportingDuties as Duty[]).filter((d) =>
    within(gold.covers, d.source.lineStart),
  );
  const span = (d: Duty) => [d.source.lineStart, d.source.lineEnd] as const;
  const pairs: [string, (d: Duty) => string, (g: (typeof gold.reporting)[number]) => string][] = [
    ['reporter', (d) => agencySet(d.reporters), (g) => agencySet(g.who)],
    ['report to', (d) => agencySet([d.to]), (g) => agencySet([g.to])],
    ['report via', (d) => agencySet(d.via ? [d.via] : []), (g) => agencySet(g.via ? [g.via] : [])],
    ['report date', (d) => goldDate(d.dueDate) ?? '', (g) => g.date ?? ''],
    ['report frequency', (d) => d.frequency, (g) => g.frequency],
  ];
  for (const d of duties) {
    const near = gold.reporting.filter((g) => overlaps(span(d), g.lines));
    t.record('reporting', near.length > 0);
    if (!near.length) t.differ('reporting', d.source.lineStart, '(none)', `${d.who} → ${d.to}`);
    for (const [name, rv, gv] of pairs)
      t.record(
        name,
        near.some((g) => gv(g) === rv(d)),
      );
  }
  for (const g of gold.reporting) {
    const near = duties.filter((d) => overlaps(span(d), g.lines));
    t.gold('reporting', near.length > 0);
    if (!near.length)
      t.differ('reporting', g.lines[0], `${g.who.join('; ')} → ${g.to} ${g.date ?? ''}`, '(none)');
    for (const [name, rv, gv] of pairs) {
      const right = near.some((d) => rv(d) === gv(g));
      t.gold(name, right);
      if (near.length && !right)
        t.differ(name, g.lines[0], gv(g) || '(none)', near.map(rv).join(' | ') || '(none)');
    }
  }
}

function scoreDocuments(records: PlanRecords, gold: GoldPlan, t: Tally) {
  type Doc = PlanRecords['plan']['documents'][number];
  type GoldDoc = (typeof gold.documents)[number];
  const docs = records.plan.documents.filter((d) => within(gold.covers, d.source.lineStart));
  const numberKey = (n: string | null) => (n ? fold(n).replace(/\s+/g, '') : null);
  // Numbered documents meet by number; a document cited by name only meets one of its kind on the same lines.
  const same = (d: Doc, g: GoldDoc) =>
    d.number || g.number
      ? numberKey(d.number) === numberKey(g.number)
      : squeeze(d.kind) === squeeze(g.kind) && overlaps([d.source.lineStart, d.source.lineEnd], g.lines);
  const pairs: [string, (d: Doc) => string, (g: GoldDoc) => string][] = [
    ['document kind', (d) => squeeze(d.kind), (g) => squeeze(g.kind)],
    ['document date', (d) => goldDate(d.date) ?? '', (g) => g.date ?? ''],
    ['document issuer', (d) => squeeze(d.issuer), (g) => squeeze(g.issuer)],
  ];
  const match = new Map<Doc, GoldDoc>();
  const goldMatch = new Map<GoldDoc, Doc>();
  for (const g of gold.documents) {
    const d = docs.find((d) => !match.has(d) && same(d, g));
    if (d) {
      match.set(d, g);
      goldMatch.set(g, d);
    }
  }
  for (const d of docs) {
    const g = match.get(d);
    t.record('document', Boolean(g));
    if (!g) t.differ('document', d.source.lineStart, '(none)', `${d.kind} ${d.number ?? d.title ?? ''}`);
    for (const [name, rv, gv] of pairs) t.record(name, Boolean(g) && gv(g as GoldDoc) === rv(d));
  }
  for (const g of gold.documents) {
    const d = goldMatch.get(g);
    t.gold('document', Boolean(d));
    if (!d) t.differ('document', g.lines[0], `${g.kind} ${g.number ?? g.title ?? ''}`, '(none)');
    for (const [name, rv, gv] of pairs) {
      const right = Boolean(d) && rv(d as Doc) === gv(g);
      t.gold(name, right);
      if (d && !right) t.differ(name, g.lines[0], gv(g) || '(none)', rv(d) || '(none)');
    }
  }
}

function scoreFacts(records: PlanRecords, gold: GoldPlan, t: Tally) {
  const g = gold.plan;
  if (!g) return;
  const p = records.plan;
  const pairs: [string, string, string][] = [
    ['plan number', squeeze(p.number), squeeze(g.number)],
    ['plan date', goldDate(p.signedDate) ?? '', g.signedDate],
    ['plan province', squeeze(p.province), squeeze(g.province)],
    ['plan title', squeeze(p.title), squeeze(g.title)],
    ['signer', squeeze(p.signer.name), squeeze(g.signer.name)],
    ['signer capacity', squeeze(p.signer.title), squeeze(g.signer.capacity)],
  ];
  for (const [name, rv, gv] of pairs) {
    t.record(name, rv === gv);
    t.gold(name, rv === gv);
    if (rv !== gv)
      t.differ(name, g.lines[name.replace('plan ', '')]?.[0] ?? 1, gv || '(none)', rv || '(none)');
  }
}

/** Scores one plan's records against its gold, field by field. */
export function scorePlan(records: PlanRecords, gold: GoldPlan): PlanScore {
  const t = new Tally();
  scoreFacts(records, gold, t);
  scoreTargets(records, gold, t);
  scoreAssignments(records, gold, t);
  scoreReporting(records, gold, t);
  scoreDocuments(records, gold, t);
  t.disagreements.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
  return { file: gold.file, fields: t.fields, disagreements: t.disagreements };
}

/** `recordsRight / records` as a fraction, 1 when there is nothing to be wrong about. */
export const precisionOf = (f: FieldScore) => (f.records ? f.recordsRight / f.records : 1);
/** `goldRight / gold` as a fraction, 1 when the gold has nothing of this kind. */
export const recallOf = (f: FieldScore) => (f.gold ? f.goldRight / f.gold : 1);

/** Scores plans against the gold under `dir`; plans without a gold there are left out. */
export function scoreAgainstGold(
  plans: PlanRecords[],
  dir: string,
): (PlanScore & { provisional: boolean })[] {
  const gold = loadGold(dir);
  return plans.flatMap((p) => {
    const g = gold.get(p.plan.sourceFile);
    return g ? [{ ...scorePlan(p, g.gold), provisional: g.provisional }] : [];
  });
}
