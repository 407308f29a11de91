/** The dev questions the latency sections replay: field `q` of each line of `shared/eval/dev.jsonl`. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** `shared/` sits beside the repository (and beside each worktree) on every machine of the project. */
export const DEV_QUESTIONS_PATH = resolve(import.meta.dirname, '../../../shared/eval/dev.jsonl');

/** Reads the questions; fails loudly when the file is missing, since the numbers mean nothing without it. */
export async function readQuestions(path = DEV_QUESTIONS_PATH): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`No dev questions at ${path}: pass --questions <file.jsonl>.`);
  });
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q);
}
