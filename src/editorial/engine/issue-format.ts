/**
 * The two one-line forms of an issue: `file:line:column: rule: problem (fix)`
 * for terminals and editors (clickable in VS Code and most terminals), and
 * GitHub workflow commands (`::error file=…,line=…::…`) so CI shows the
 * problem on the pull request's diff, on the line the editor changed.
 */
import type { EditorialIssue } from './issue.ts';

/** `content/articles/en/x.mdx:12:3: review-freshness: problem (fix)`; a warning says so after the location. */
export function formatIssueLine(issue: EditorialIssue): string {
  const where = [issue.file, issue.line, issue.line === undefined ? undefined : issue.column]
    .filter((part) => part !== undefined)
    .join(':');
  const level = issue.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${level}${issue.rule}: ${issue.problem} (${issue.fix})`;
}

/**
 * Workflow-command escaping, as GitHub's runner unescapes it (actions/toolkit
 * command.ts): in the message `%`, CR and LF; in a property value also `:` and
 * `,`, which would otherwise end the value. `%` goes first so the other escapes
 * are not escaped twice.
 */
export function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::error file=…,line=…,col=…,title=…::rule: problem (fix)`; line and col only when known. */
export function formatGithubAnnotation(issue: EditorialIssue): string {
  const properties: [string, string][] = [['file', issue.file]];
  if (issue.line !== undefined) {
    properties.push(['line', String(issue.line)]);
    if (issue.column !== undefined) properties.push(['col', String(issue.column)]);
  }
  properties.push(['title', issue.rule]);
  const props = properties.map(([key, value]) => `${key}=${escapeCommandProperty(value)}`).join(',');
  const command = issue.severity === 'warning' ? 'warning' : 'error';
  return `::${command} ${props}::${escapeCommandData(`${issue.rule}: ${issue.problem} (${issue.fix})`)}`;
}

export type IssueFormat = 'text' | 'github';

/** One line per issue, sorted by file, line and column so the output is stable and reads top to bottom. */
export function formatIssueList(issues: readonly EditorialIssue[], format: IssueFormat): string {
  const sorted = [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      a.problem.localeCompare(b.problem),
  );
  const render = format === 'github' ? formatGithubAnnotation : formatIssueLine;
  return sorted.map(render).join('\n');
}
