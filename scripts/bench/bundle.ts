/** The deployable script: `wrangler deploy --dry-run --outdir <tmp> --minify`, measured raw and gzip. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sizes } from './stats';
import { runWrangler } from './wrangler';

/** Size of everything wrangler would upload. */
export interface BundleResult {
  raw: number;
  gzip: number;
  /** The main module, which the Node cold-start probe imports. */
  mainPath: string;
  /** wrangler's own "Total Upload: … / gzip: …" line, as a cross-check. */
  wranglerReport: string;
}

/** Bundles the Worker project in `projectDir` into `outDir` and measures it. */
export async function measureBundle(projectDir: string, outDir: string): Promise<BundleResult> {
  const output = await runWrangler(['deploy', '--dry-run', '--outdir', outDir, '--minify'], projectDir);
  const files = (await readdir(outDir)).filter((f) => !f.endsWith('.map') && !f.endsWith('.md'));
  const contents = await Promise.all(files.map((f) => readFile(join(outDir, f))));
  const total = sizes(Buffer.concat(contents));
  const report = /Total Upload: ([^\n]*)/.exec(output)?.[1] ?? '';
  return {
    ...total,
    mainPath: join(outDir, 'index.js'),
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the colour codes wrangler prints.
    wranglerReport: report.replace(/\u001b\[[0-9;]*m/g, ''),
  };
}
