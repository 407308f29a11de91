/** A commit's tree beside this one's node_modules, for measuring old and new code in the same run. */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './stage';

/** `checkout('8bf18c7', '/tmp/x/before')` unpacks that commit there (git archive) and links node_modules. */
export async function checkout(ref: string, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${REPO_ROOT}" archive ${ref} | tar -x -C "${dir}"`]);
  await symlink(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
