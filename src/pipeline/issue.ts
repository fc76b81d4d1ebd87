/** One problem found in the content, written for the editor who has to fix it. */
export interface ContentIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in that file, when the problem has one place. */
  line?: number | undefined;
  /** 1-based column on that line, when the rule knows it (rules on the syntax tree do). */
  column?: number | undefined;
  /** Dotted path of the field at fault, e.g. "related[1]" or "channels[0].value". */
  field?: string | undefined;
  /** What is wrong, in one sentence. */
  problem: string;
  /** What to do about it, in one sentence. */
  fix: string;
  /** The rule that found it, so editors can search the docs for it. */
  rule: string;
}

/** Renders issues for a terminal: file:line first so editors can click through. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const sorted = [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.problem.localeCompare(b.problem),
  );
  const blocks = sorted.map((issue) => {
    const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
    const lines = [where];
    if (issue.field !== undefined) lines.push(`  field:   ${issue.field}`);
    lines.push(`  problem: ${issue.problem}`, `  fix:     ${issue.fix}`, `  rule:    ${issue.rule}`);
    return lines.join('\n');
  });
  const files = new Set(issues.map((issue) => issue.file)).size;
  const summary = `Content check failed: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}.`;
  return `${blocks.join('\n\n')}\n\n${summary}`;
}
