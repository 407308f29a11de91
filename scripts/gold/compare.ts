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

/** A field read on both sides: its name, its value on a record, its value in the gold. */
type Pair<R, G> = [string, (r: R) => string, (g: G) => string];

/**
 * Scores entries that meet by their lines (duties, reporting duties): a record is right on a field when a gold
 * entry on overlapping lines has the same value, and a gold entry when an overlapping record does. With
 * `claimsOnly`, a record on lines no gold entry covers counts only for the fields where it claims something.
 */
function scoreByLines<R, G extends { lines: GoldLines }>(
  kind: string,
  t: Tally,
  recs: R[],
  golds: G[],
  spanOf: (r: R) => Lines,
  label: { record: (r: R) => string; gold: (g: G) => string },
  pairs: Pair<R, G>[],
  claimsOnly: boolean,
) {
  for (const r of recs) {
    const near = golds.filter((g) => overlaps(spanOf(r), g.lines));
    t.record(kind, near.length > 0);
    if (!near.length) t.differ(kind, spanOf(r)[0], '(none)', label.record(r));
    for (const [name, rv, gv] of pairs) {
      if (claimsOnly && !near.length && !rv(r)) continue;
      const right = near.some((g) => gv(g) === rv(r));
      t.record(name, right);
      // The gold side lists what it misses; here, what a record says that no gold entry on its lines says.
      if (!right && claimsOnly)
        t.differ(
          name,
          spanOf(r)[0],
          near.map(gv).join(' | ') || '(không có nhiệm vụ)',
          `${rv(r) || '(none)'} [bản ghi]`,
        );
    }
  }
  for (const g of golds) {
    const near = recs.filter((r) => overlaps(spanOf(r), g.lines));
    t.gold(kind, near.length > 0);
    if (!near.length) t.differ(kind, g.lines[0], label.gold(g), '(none)');
    for (const [name, rv, gv] of pairs) {
      const right = near.some((r) => rv(r) === gv(g));
      t.gold(name, right);
      if (near.length && !right)
        t.differ(name, g.lines[0], gv(g) || '(none)', near.map(rv).join(' | ') || '(none)');
    }
  }
}

function scoreAssignments(records: PlanRecords, gold: GoldPlan, t: Tally) {
  type Duty = PlanRecords['tasks'][number];
  // Aims and funding sources are statements, not duties: the gold lists duties only.
  const tasks = records.tasks.filter((x) => !x.statement && within(gold.covers, x.source.lineStart));
  const pairs: Pair<Duty, GoldPlan['assignments'][number]>[] = [
    ['lead', (x) => agencySet(leadsOf(x)), (g) => agencySet(g.leads)],
    ['partners', (x) => agencySet(x.partners), (g) => agencySet(g.partners)],
    ['timeframe', (x) => squeeze(x.timeframe.text), (g) => squeeze(g.timeframe)],
  ];
  const label = {
    record: (x: Duty) => x.text.slice(0, 80),
    gold: (g: GoldPlan['assignments'][number]) => g.task.slice(0, 80),
  };
  scoreByLines(
    'task',
    t,
    tasks,
    gold.assignments,
    (x) => [x.source.lineStart, x.source.lineEnd],
    label,
    pairs,
    true,
  );
}

function scoreReporting(records: PlanRecords, gold: GoldPlan, t: Tally) {
  type Duty = PlanRecords['plan']['reportingDuties'][number];
  type GoldDuty = GoldPlan['reporting'][number];
  const duties = records.plan.reportingDuties.filter((d) => within(gold.covers, d.source.lineStart));
  const pairs: Pair<Duty, GoldDuty>[] = [
    ['reporter', (d) => agencySet(d.reporters), (g) => agencySet(g.who)],
    ['report to', (d) => agencySet([d.to]), (g) => agencySet([g.to])],
    ['report via', (d) => agencySet(d.via ? [d.via] : []), (g) => agencySet(g.via ? [g.via] : [])],
    ['report date', (d) => goldDate(d.dueDate) ?? '', (g) => g.date ?? ''],
    ['report frequency', (d) => d.frequency, (g) => g.frequency],
  ];
  const label = {
    record: (d: Duty) => `${d.who} → ${d.to}`,
    gold: (g: GoldDuty) => `${g.who.join('; ')} → ${g.to} ${g.date ?? ''}`,
  };
  scoreByLines(
    'reporting',
    t,
    duties,
    gold.reporting,
    (d) => [d.source.lineStart, d.source.lineEnd],
    label,
    pairs,
    false,
  );
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
