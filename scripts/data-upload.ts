/**
 * `npm run data:upload -- [--dir bench/national/shards] [--remote] [--persist-to DIR]`: puts every shard
 * into the `PLANS` bucket with `wrangler r2 object put`, then the manifest, so a reader never sees a
 * manifest naming a shard not yet there. Local (wrangler's local R2, what `npm start` reads) unless --remote.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_KEY } from '../src/library/shards';
import { runWrangler } from './bench/wrangler';

/** The bucket `wrangler.toml` binds as `PLANS`. */
export const BUCKET = 'cam-ket-plans';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: resolve(import.meta.dirname, '../bench/national/shards') },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
});
const dir = resolve(values.dir);
const keys = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((f) => f.isFile() && f.name.endsWith('.json'))
  .map((f) => relative(dir, join(f.parentPath, f.name)).split('\\').join('/'));
if (!keys.includes(MANIFEST_KEY)) {
  console.error(`${dir} has no ${MANIFEST_KEY}: run npm run ingest:national first.`);
  process.exit(1);
}
const where = values.remote
  ? ['--remote']
  : ['--local', ...(values['persist-to'] ? ['--persist-to', resolve(values['persist-to'])] : [])];
const put = (key: string) =>
  runWrangler(['r2', 'object', 'put', `${BUCKET}/${key}`, '--file', join(dir, key), ...where], process.cwd());

const shards = keys.filter((k) => k !== MANIFEST_KEY);
// One at a time: each put is a wrangler process, and local puts in parallel lock wrangler's SQLite store.
for (const key of shards) await put(key);
await put(MANIFEST_KEY);
console.log(`data:upload: ${shards.length} shards and ${MANIFEST_KEY} into ${BUCKET} (${where.join(' ')})`);
