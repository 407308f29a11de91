/**
 * `npx tsx scripts/robustness/build.ts ../shared/eval`: turns the hand-written wordings of
 * test/robustness/<set>.tsv (id, style, question) into test/robustness/<set>.jsonl, copying each item's
 * kind, found, must, should, must_not and province from the shared eval set. Only fields are copied: the
 * questions are the ones written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Wording styles: no diacritics, abbreviations and teencode, reordered or colloquial (hotline). */
const STYLES = { n: 'no-diacritics', t: 'abbreviations', c: 'colloquial' } as const;
const COPIED = ['kind', 'found', 'must', 'should', 'must_not', 'province'] as const;

const evalDir = process.argv[2] ?? '../shared/eval';
for (const set of ['dev', 'dev2']) {
  const items = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(join(evalDir, `${set}.jsonl`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as Record<string, unknown>;
    items.set(String(item.id), item);
  }
  const out: string[] = [];
  for (const row of readFileSync(join('test/robustness', `${set}.tsv`), 'utf8').split('\n')) {
    if (!row.trim()) continue;
    const [id = '', style = '', q = ''] = row.split('\t');
    const item = items.get(id);
    if (!item) throw new Error(`${set}.tsv: no item ${id} in ${set}.jsonl`);
    const copied = Object.fromEntries(COPIED.filter((k) => k in item).map((k) => [k, item[k]]));
    const name = STYLES[style as keyof typeof STYLES];
    if (!name) throw new Error(`${set}.tsv: unknown style ${style} for ${id}`);
    out.push(JSON.stringify({ id: `${id}~${style}`, style: name, q, ...copied }));
  }
  writeFileSync(join('test/robustness', `${set}.jsonl`), `${out.join('\n')}\n`);
  console.log(`test/robustness/${set}.jsonl: ${out.length} items`);
}
