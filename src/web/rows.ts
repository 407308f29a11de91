/** Targets and tasks prepared for a table: searchable text, the agencies they name, shown or filtered out. */
import type { Agency, Corpus, Indicator, Task } from '../schema/records';
import { agenciesIn, agencyIdsOf } from './agencies';
import { byPhrase, type FilterQuery, rowMatches, rowText } from './filter';

/** An agency as the plan writes it, linked when it names exactly one known agency. */
export interface Mention {
  text: string;
  agency: Agency | null;
}

/** One table row: the record plus what the filter and the agency links need. */
export interface Row<R extends Indicator | Task> {
  record: R;
  /** Folded text the filter searches (`data-text`). */
  text: string;
  /** Every agency the record names (`data-agencies`). */
  agencyIds: string[];
  lead: Mention | null;
  partners: Mention[];
  shown: boolean;
}

function mention(corpus: Corpus, text: string): Mention {
  const agencies = agenciesIn(corpus, text);
  return { text, agency: agencies.length === 1 ? (agencies[0] ?? null) : null };
}

function searchable(record: Indicator | Task): Array<string | null> {
  const common = [record.domain, record.leadAgency, ...record.partners];
  if ('name' in record) return [record.name, record.unit, ...record.targets.map((t) => t.text), ...common];
  return [record.text, record.timeframe.text, ...common];
}

type Prepared = Omit<Row<Indicator | Task>, 'record' | 'shown'>;

// Records never change within an isolate: fold, expand and match each one once, not on every request.
const prepared = new WeakMap<Indicator | Task, Prepared>();

function prepare(corpus: Corpus, record: Indicator | Task): Prepared {
  let p = prepared.get(record);
  if (!p) {
    p = {
      text: rowText(searchable(record)),
      agencyIds: agencyIdsOf(corpus, record),
      lead: record.leadAgency ? mention(corpus, record.leadAgency) : null,
      partners: record.partners.map((m) => mention(corpus, m)),
    };
    prepared.set(record, p);
  }
  return p;
}

/**
 * `query` read against a whole page of `records`: as a phrase when one of the rows naming its agency
 * holds it (`byPhrase`), else word by word.
 */
export function pageQuery(corpus: Corpus, records: Array<Indicator | Task>, query: FilterQuery): FilterQuery {
  const texts = records
    .map((r) => prepare(corpus, r))
    .filter((p) => !query.agencyId || p.agencyIds.includes(query.agencyId))
    .map((p) => p.text);
  return byPhrase(query, texts);
}

/** Rows for `records`, each marked shown or hidden by `query`. */
export function toRows<R extends Indicator | Task>(
  corpus: Corpus,
  records: R[],
  query: FilterQuery,
): Row<R>[] {
  return records.map((record) => {
    const p = prepare(corpus, record);
    return { ...p, record, shown: rowMatches(p.text, p.agencyIds, query) };
  });
}

/** Rows grouped by a key in first-seen order: `groupBy(rows, (r) => r.record.domain)`. */
export function groupBy<T>(items: T[], keyOf: (item: T) => string): Array<{ key: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, list]) => ({ key, items: list }));
}
