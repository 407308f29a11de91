/** The dev questions the latency sections replay: field `q` of each line of `shared/eval/dev.jsonl`. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** `shared/` sits beside the repository (and beside each worktree) on every machine of the project. */
export const DEV_QUESTIONS_PATH = resolve(import.meta.dirname, '../../../shared/eval/dev.jsonl');

/** A dev question and the provinces it is about (none, one, or several for a comparison). */
export interface DevQuestion {
  q: string;
  provinces: string[];
}

/** Reads the questions; fails loudly when the file is missing, since the numbers mean nothing without it. */
export async function readQuestions(path = DEV_QUESTIONS_PATH): Promise<DevQuestion[]> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`No dev questions at ${path}: pass --questions <file.jsonl>.`);
  });
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { q, province } = JSON.parse(line) as { q: string; province?: string | string[] };
      return { q, provinces: province === undefined ? [] : [province].flat() };
    });
}
