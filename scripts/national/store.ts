/** Where the synthetic national corpus lives on disk, and how it is read back (validated) by the benchmark. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod/mini';
import { Agency, PlanRecords } from '../../src/schema/records';
import type { NationalCorpus } from './generate';

/** Default output, git-ignored and outside `data/plans`: `bench/national/corpus.json`. */
export const NATIONAL_PATH = resolve(import.meta.dirname, '../../bench/national/corpus.json');

const NationalFile = z.object({
  synthetic: z.literal(true),
  seed: z.number(),
  plansPerProvince: z.number(),
  provinces: z.array(z.string()),
  basePlanIds: z.array(z.string()),
  plans: z.array(PlanRecords),
  agencies: z.array(Agency),
});

/** Writes the corpus as compact JSON; returns its size in bytes. */
export async function writeNational(corpus: NationalCorpus, path = NATIONAL_PATH): Promise<number> {
  const json = JSON.stringify(corpus);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, json);
  return Buffer.byteLength(json);
}

/** Reads and validates a corpus written by `writeNational`; refuses a file not marked synthetic. */
export async function readNational(path = NATIONAL_PATH): Promise<NationalCorpus> {
  const parsed = NationalFile.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a synthetic national corpus: ${parsed.error.message}`);
  return parsed.data;
}
