// @ts-check
/**
 * `--baseline <ref>`: another commit of this project (the previous one, say) checked out beside
 * this one in bench/.work, so the benchmark builds both on the same corpus in the same run, one
 * after the other, and the build figures compare under the same machine load.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Checks `ref` out (once per commit) and gives it this checkout's installed packages. @param {string} ref @param {string} work */
export function prepareBaseline(ref, work) {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = resolve(work, `baseline-${sha.slice(0, 12)}`);
  if (!existsSync(dir)) {
    execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { stdio: 'ignore' });
    // Hard links: the same packages, at no disk cost; a baseline with other dependencies is not comparable anyway.
    execFileSync('cp', ['-al', resolve('node_modules'), resolve(dir, 'node_modules')]);
  }
  return { sha, dir };
}
