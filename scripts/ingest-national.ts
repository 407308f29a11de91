/**
 * `npm run ingest:national -- [--in bench/national/corpus.json] [--out bench/national/shards] [--version V]`:
 * splits a national corpus into per-province shards (records, prebuilt search shards and frequencies)
 * under `v/<version>/`, and writes `manifest.json` naming them. The version defaults to a hash of the corpus.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_KEY, shardsOf } from '../src/library/shards';
import { NATIONAL_PATH, readNational } from './national/store';

/** Default output, git-ignored: `bench/national/shards`. */
export const SHARDS_DIR = resolve(import.meta.dirname, '../bench/national/shards');

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: NATIONAL_PATH },
    out: { type: 'string', default: SHARDS_DIR },
    version: { type: 'string' },
  },
});
const corpus = await readNational(resolve(values.in));
const version =
  values.version ?? createHash('sha256').update(JSON.stringify(corpus)).digest('hex').slice(0, 12);
const out = resolve(values.out);
const files = shardsOf(corpus, version);
await rm(out, { recursive: true, force: true });
let bytes = 0;
for (const [key, text] of files) {
  await mkdir(dirname(join(out, key)), { recursive: true });
  await writeFile(join(out, key), text);
  bytes += Buffer.byteLength(text);
}
console.log(
  `${relative(process.cwd(), out)}: ${files.size - 2} province shards, summary.json + ${MANIFEST_KEY}, version ${version}, ${(bytes / 1e6).toFixed(1)} MB`,
);
