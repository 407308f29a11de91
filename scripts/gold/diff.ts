/**
 * `npx tsx scripts/gold/diff.ts <stem>`: where two passes of one plan's gold disagree — entries only one
 * pass has, and fields the passes read differently — so that each difference is settled by reading the lines.
 */
import { join } from 'node:path';
import type { GoldPlan } from '../../src/schema/gold';
import { fold } from '../../src/text/normalize';
import { agencySet } from './compare';
import { loadGold } from './load';

type Entry = { lines: readonly [number, number] };
const overlaps = (a: Entry, b: Entry) => a.lines[0] <= b.lines[1] && b.lines[0] <= a.lines[1];
const squeeze = (s: string | null | undefined) =>
  fold(s ?? '')
    .replace(/[\s.,;:()"“”'-]+/g, ' ')
    .trim();

function diffKind<T extends Entry>(
  kind: string,
  a: T[],
  b: T[],
  same: (x: T, y: T) => boolean,
  label: (x: T) => string,
  fields: [string, (x: T) => string][],
): string[] {
  const out: string[] = [];
  const used = new Set<T>();
  for (const x of a) {
    const y = b.find((y) => !used.has(y) && same(x, y));
    if (!y) {
      out.push(`${kind} L${x.lines[0]}-${x.lines[1]}: only in A: ${label(x)}`);
      continue;
    }
    used.add(y);
    for (const [name, get] of fields)
      if (get(x) !== get(y))
        out.push(`${kind} L${x.lines[0]}-${x.lines[1]} ${name}: A «${get(x)}» B «${get(y)}» — ${label(x)}`);
  }
  for (const y of b)
    if (!used.has(y)) out.push(`${kind} L${y.lines[0]}-${y.lines[1]}: only in B: ${label(y)}`);
  return out;
}

/** Every difference between two passes, one line each. */
export function diffPasses(a: GoldPlan, b: GoldPlan): string[] {
  const value = (v: string) => v.replace(/\s+/g, '');
  return [
    ...diffKind(
      'target',
      a.targets,
      b.targets,
      (x, y) =>
        overlaps(x, y) &&
        value(x.value) === value(y.value) &&
        x.scope === y.scope &&
        (x.year === y.year || true),
      (x) => `${x.value} ${x.unit} (${x.year}, ${x.scope}) ${x.indicator.slice(0, 60)}`,
      [
        ['comparator', (x) => x.comparator],
        ['unit', (x) => x.unit],
        ['year', (x) => String(x.year)],
        ['area', (x) => squeeze(x.area)],
        ['leads', (x) => agencySet(x.leads)],
        ['partners', (x) => agencySet(x.partners)],
      ],
    ),
    ...diffKind(
      'assignment',
      a.assignments,
      b.assignments,
      (x, y) => overlaps(x, y),
      (x) => x.task.slice(0, 70),
      [
        ['leads', (x) => agencySet(x.leads)],
        ['partners', (x) => agencySet(x.partners)],
        ['timeframe', (x) => squeeze(x.timeframe)],
      ],
    ),
    ...diffKind(
      'reporting',
      a.reporting,
      b.reporting,
      (x, y) => overlaps(x, y) && agencySet([x.to]) === agencySet([y.to]),
      (x) => `${x.who.join('; ')} → ${x.to}`,
      [
        ['who', (x) => agencySet(x.who)],
        ['via', (x) => agencySet(x.via ? [x.via] : [])],
        ['date', (x) => x.date ?? ''],
        ['frequency', (x) => x.frequency],
      ],
    ),
    ...diffKind(
      'document',
      a.documents,
      b.documents,
      (x, y) =>
        x.number && y.number
          ? value(fold(x.number)) === value(fold(y.number))
          : overlaps(x, y) && squeeze(x.kind) === squeeze(y.kind),
      (x) => `${x.kind} ${x.number ?? ''} ${x.title?.slice(0, 50) ?? ''}`,
      [
        ['kind', (x) => squeeze(x.kind)],
        ['date', (x) => x.date ?? ''],
        ['issuer', (x) => squeeze(x.issuer)],
        ['basis', (x) => String(x.basis)],
      ],
    ),
    ...(a.plan && b.plan
      ? (['number', 'signedDate', 'title', 'province', 'lastLine'] as const)
          .filter((k) => squeeze(String(a.plan?.[k])) !== squeeze(String(b.plan?.[k])))
          .map((k) => `plan ${k}: A «${a.plan?.[k]}» B «${b.plan?.[k]}»`)
          .concat(
            JSON.stringify(a.plan.signer) !== JSON.stringify(b.plan.signer)
              ? [`plan signer: A ${JSON.stringify(a.plan.signer)} B ${JSON.stringify(b.plan.signer)}`]
              : [],
          )
      : []),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '../../test/gold');
  const stem = process.argv[2] ?? '';
  const a = loadGold(dir, 'a', true).get(`${stem}.txt`);
  const b = loadGold(dir, 'b', true).get(`${stem}.txt`);
  if (!a || !b) {
    console.error(`diff: need both passes of ${stem} under test/gold/passes/`);
    process.exit(2);
  }
  const lines = diffPasses(a.gold, b.gold);
  for (const l of lines) console.log(l);
  console.log(`${lines.length} differences`);
}
