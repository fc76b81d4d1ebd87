/**
 * The git side of translation status: three git processes however many
 * articles there are (the repository prefix, one log pass, one status).
 * Returns undefined outside a git checkout (a tarball, a fixture folder), so
 * callers fall back to comparing `updated` dates only.
 */
import { spawnSync } from 'node:child_process';
import { gitLogArgs, gitStatusArgs, lastChanges, type LastChange } from './engine/git-history.ts';

function git(root: string, args: readonly string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** Last change of every file under `folder` (relative to `root`), keyed by path relative to `root`. */
export function readLastChanges(root: string, folder: string): Map<string, LastChange> | undefined {
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  if (prefix === undefined) return undefined;
  const log = git(root, gitLogArgs(folder));
  const status = git(root, gitStatusArgs(folder));
  if (log === undefined || status === undefined) return undefined;
  return lastChanges(log, status, prefix.trim());
}
