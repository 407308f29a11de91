/** Records → the documents the index holds: one per indicator, task and plan. */
import type { Corpus, Indicator, PlanRecords, Task } from '../schema/records';

/** A searchable document; `ref` finds the record again. */
export interface SearchDoc {
  id: string;
  kind: 'indicator' | 'task' | 'plan';
  planId: string;
  province: string;
  /** The record's own words: indicator name and quote, task text. */
  text: string;
  /** Where it sits: domain and section headings. */
  context: string;
  /** Lead and partner agencies. */
  agencies: string;
}

/**
 * A table row's quote without its agency columns, which the `agencies` field holds: "Sở Y tế" in the
 * row of "Tỷ lệ người cao tuổi tham gia BHYT" must not make it look more about "y tế" than its neighbours.
 */
function ownWords(i: Indicator): string {
  const quote = i.source.quote.includes(i.name) ? i.source.quote : `${i.name} ${i.source.quote}`;
  if (!quote.includes('|')) return quote;
  const agencies = new Set([...i.leads, ...i.partners]);
  return quote
    .split('|')
    .filter(
      (cell) =>
        !agencies.has(cell.trim()) && !/^(?:Sở|Bảo hiểm xã hội|UBND|Các sở|Ủy ban)/u.test(cell.trim()),
    )
    .join('|');
}

/** Every body a record names, as written and by the first lead's canonical name: "BHXH thành phố; Bảo hiểm xã hội tỉnh". */
const agencyText = (r: { leads: string[]; leadAgency: string | null; partners: string[] }) =>
  [...new Set([...r.leads, ...(r.leadAgency ? [r.leadAgency] : []), ...r.partners])].join('; ');

const indicatorDoc = (p: PlanRecords, i: Indicator): SearchDoc => ({
  id: i.id,
  kind: 'indicator',
  planId: p.plan.id,
  province: p.plan.province,
  text: ownWords(i),
  context: i.domain,
  agencies: agencyText(i),
});

const taskDoc = (p: PlanRecords, t: Task): SearchDoc => ({
  id: t.id,
  kind: 'task',
  planId: p.plan.id,
  province: p.plan.province,
  text: t.text,
  context: t.domain,
  agencies: agencyText(t),
});

/** Every document of the corpus, in a stable order. */
export function documentsOf(corpus: Corpus): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const p of corpus.plans) {
    docs.push({
      id: `${p.plan.id}/plan`,
      kind: 'plan',
      planId: p.plan.id,
      province: p.plan.province,
      text: `${p.plan.number} ${p.plan.title}`,
      context: p.plan.basis.map((b) => `${b.kind} ${b.number}`).join('; '),
      agencies: '',
    });
    for (const i of p.indicators) docs.push(indicatorDoc(p, i));
    for (const t of p.tasks) docs.push(taskDoc(p, t));
  }
  return docs;
}
