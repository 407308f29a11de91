/**
 * The synthetic national corpus: every province gets a few plans made by varying the real plans' records
 * (province, plan number, signer, figures, which agency leads). Everything it makes is marked synthetic —
 * ids start with `syn-`, titles say "dữ liệu giả lập", the file says `synthetic: true` — and it is written
 * outside `data/plans`, so it never mixes with the real data.
 */
import type { Agency, Corpus, Indicator, PlanRecords, Source, Task } from '../../src/schema/records';
import { fold } from '../../src/text/normalize';
import { createFigureVaryer } from './figures';
import { createRng, mixSeed, type Rng } from './rng';

/** How big the corpus is and which seed draws it: `{ provinces: PROVINCES, plansPerProvince: 3, seed: 7 }`. */
export interface NationalOptions {
  provinces: readonly string[];
  plansPerProvince: number;
  seed: number;
}

/** What `bench/national/corpus.json` holds: a Corpus plus the marks that it is synthetic. */
export interface NationalCorpus extends Corpus {
  synthetic: true;
  seed: number;
  plansPerProvince: number;
  provinces: string[];
  /** The real plans the synthetic ones were varied from. */
  basePlanIds: string[];
}

/** What `npm run gen:national` draws without flags: 3 plans for each province, the seed the README used. */
export const NATIONAL_DEFAULTS = { plansPerProvince: 3, seed: 20261123 } as const;

/** Prefix of every synthetic plan id. */
export const SYNTHETIC_PREFIX = 'syn-';
/** Appended to every synthetic plan title, so an answer that cites one cannot pass for a real plan. */
export const SYNTHETIC_TITLE_MARK = ' (dữ liệu giả lập)';

// Invented signers: a synthetic plan must not carry a real official's name.
const SIGNERS = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Đức',
  'Vũ Thị Hà',
];

function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Renamer {
  planId: string;
  file: string;
  text(value: string): string;
  source(source: Source): Source;
  id(id: string): string;
}

function renamer(base: PlanRecords, planId: string, province: string, number: string): Renamer {
  const from = base.plan.province;
  const file = `${planId}.txt`;
  const text = (value: string): string =>
    value.replaceAll(from, province).replaceAll(base.plan.number, number);
  return {
    planId,
    file,
    text,
    source: (source) => ({ ...source, file, quote: text(source.quote) }),
    id: (id) => (id.includes(base.plan.id) ? id.replaceAll(base.plan.id, planId) : `${planId}:${id}`),
  };
}

/** Sometimes a partner leads instead: the same agencies, a different assignment. */
function swapLead<T extends { leadAgency: string | null; partners: string[] }>(record: T, rng: Rng): T {
  const partner = record.partners[0];
  if (record.leadAgency === null || partner === undefined || rng.next() >= 0.25) return record;
  return { ...record, leadAgency: partner, partners: [record.leadAgency, ...record.partners.slice(1)] };
}

function varyIndicator(indicator: Indicator, r: Renamer, rng: Rng): Indicator {
  const figures = createFigureVaryer(rng);
  const targets = indicator.targets.map((target) => ({
    ...target,
    value: figures.vary(target.value),
    text: figures.vary(target.text),
  }));
  const source = r.source(indicator.source);
  return swapLead(
    {
      ...indicator,
      id: r.id(indicator.id),
      planId: r.planId,
      name: figures.reuse(r.text(indicator.name)),
      targets,
      source: { ...source, quote: figures.reuse(source.quote) },
    },
    rng,
  );
}

function varyTask(task: Task, r: Renamer, rng: Rng): Task {
  return swapLead(
    { ...task, id: r.id(task.id), planId: r.planId, text: r.text(task.text), source: r.source(task.source) },
    rng,
  );
}

function varyPlan(base: PlanRecords, province: string, slot: number, rng: Rng): PlanRecords {
  const planId = `${SYNTHETIC_PREFIX}${slug(province)}-${slot + 1}`;
  const number = base.plan.number.replace(/^\d+/, String(rng.int(1, 450)));
  const r = renamer(base, planId, province, number);
  const { plan } = base;
  const signedDate = plan.signedDate?.replace(/-\d{2}$/, `-${String(rng.int(1, 28)).padStart(2, '0')}`);
  return {
    plan: {
      ...plan,
      id: planId,
      province,
      number,
      title: r.text(plan.title) + SYNTHETIC_TITLE_MARK,
      signedDate: signedDate ?? null,
      signer: { ...plan.signer, name: plan.signer.name === null ? null : rng.pick(SIGNERS) },
      basis: plan.basis.map((b) => ({ ...b, issuer: r.text(b.issuer), source: r.source(b.source) })),
      reportingDuties: plan.reportingDuties.map((d) => ({
        ...d,
        who: r.text(d.who),
        to: r.text(d.to),
        due: r.text(d.due),
        source: r.source(d.source),
      })),
      sourceFile: r.file,
      factSources: Object.fromEntries(Object.entries(plan.factSources).map(([k, s]) => [k, r.source(s)])),
    },
    indicators: base.indicators.map((indicator) => varyIndicator(indicator, r, rng)),
    tasks: base.tasks.map((task) => varyTask(task, r, rng)),
  };
}

function agenciesFor(base: Corpus, derived: Map<string, string[]>): Agency[] {
  return base.agencies
    .map((agency) => ({ ...agency, planIds: agency.planIds.flatMap((id) => derived.get(id) ?? []) }))
    .filter((agency) => agency.planIds.length > 0);
}

/**
 * Varies `base` into `plansPerProvince` plans for each province, cycling through the real plans.
 * `generateNational(corpus, { provinces: ['An Giang'], plansPerProvince: 2, seed: 1 })` → plans
 * `syn-an-giang-1`, `syn-an-giang-2`. Same inputs, same output.
 */
export function generateNational(base: Corpus, options: NationalOptions): NationalCorpus {
  if (base.plans.length === 0) throw new Error('generateNational needs at least one real plan to vary');
  const plans: PlanRecords[] = [];
  const derived = new Map<string, string[]>();
  options.provinces.forEach((province, p) => {
    for (let slot = 0; slot < options.plansPerProvince; slot++) {
      const template = base.plans[(p * options.plansPerProvince + slot) % base.plans.length];
      if (template === undefined) continue;
      const plan = varyPlan(template, province, slot, createRng(mixSeed(options.seed, p, slot)));
      plans.push(plan);
      derived.set(template.plan.id, [...(derived.get(template.plan.id) ?? []), plan.plan.id]);
    }
  });
  return {
    synthetic: true,
    seed: options.seed,
    plansPerProvince: options.plansPerProvince,
    provinces: [...options.provinces],
    basePlanIds: base.plans.map((p) => p.plan.id),
    plans,
    agencies: agenciesFor(base, derived),
  };
}
