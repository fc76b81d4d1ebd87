/**
 * Reading the last change of many files from one `git log` pass instead of one
 * process per file (24 files or 2,000, it is a single command). Pure parsers:
 * the CLI runs git and hands its output here.
 */

/** The newest commit that touched a file, or "uncommitted" when the working tree has changes git has not recorded yet. */
export type LastChange =
  | {
      kind: 'commit';
      hash: string;
      /** Committer date, YYYY-MM-DD; shown to editors, not used to decide. */
      date: string;
      /**
       * Position in history counted from the oldest commit git listed (1 = oldest).
       * Later means larger. With --date-order git lists commits newest first and
       * never a parent before its children, so a commit always counts as later
       * than the ones it was built on, which comparing dates (same day, or a
       * clock that was wrong) cannot promise.
       */
      order: number;
    }
  | { kind: 'uncommitted' };

/** The format the parser expects: a record separator, then hash TAB date, then the file names. */
export const GIT_LOG_FORMAT = '%x1e%H%x09%cs';

/** Arguments for the one pass over `path` (e.g. content/articles); --relative prints paths from the working directory, not the repository's top. */
export function gitLogArgs(path: string): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--relative', '--date-order', `--format=${GIT_LOG_FORMAT}`, '--name-only', '--no-renames', '--', path];
}

/** Arguments for the files with changes not committed yet (modified, staged or new). */
export function gitStatusArgs(path: string): string[] {
  return ['-c', 'core.quotePath=false', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', path];
}

/** File → its newest commit, from `git log --format=GIT_LOG_FORMAT --name-only`. The first mention of a file wins: it is the newest. */
export function parseGitLog(output: string): Map<string, LastChange> {
  const records = output.split('\x1e').slice(1);
  const changes = new Map<string, LastChange>();
  records.forEach((record, index) => {
    const [header = '', ...files] = record.split('\n');
    const [hash = '', date = ''] = header.split('\t');
    const order = records.length - index;
    for (const file of files) {
      if (file === '' || changes.has(file)) continue;
      changes.set(file, { kind: 'commit', hash, date, order });
    }
  });
  return changes;
}

/**
 * Files git reports as changed in the working tree or the index, from
 * `git status --porcelain=v1 -z`. Porcelain paths start at the repository's
 * top; `prefix` (git rev-parse --show-prefix) is removed so they match the
 * log's. Deleted files are left out: they have no content to compare.
 */
export function parseGitStatus(output: string, prefix = ''): Set<string> {
  const files = new Set<string>();
  const entries = output.split('\0');
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] ?? '';
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    // A rename's original path follows as its own NUL-separated entry: skip it.
    if (status.includes('R') || status.includes('C')) index += 1;
    if (status.includes('D')) continue;
    const file = entry.slice(3);
    files.add(file.startsWith(prefix) ? file.slice(prefix.length) : file);
  }
  return files;
}

/** Commits from the log, overridden by uncommitted changes: an edit in progress is newer than anything recorded. */
export function lastChanges(log: string, status: string, prefix = ''): Map<string, LastChange> {
  const changes = parseGitLog(log);
  for (const file of parseGitStatus(status, prefix)) changes.set(file, { kind: 'uncommitted' });
  return changes;
}

/** Positive when `a` is later than `b`, negative when earlier, 0 when the same change or when either is unknown. */
export function compareChanges(a: LastChange | undefined, b: LastChange | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const rank = (change: LastChange) => (change.kind === 'uncommitted' ? Number.POSITIVE_INFINITY : change.order);
  const difference = rank(a) - rank(b);
  return Number.isNaN(difference) ? 0 : difference;
}
