/**
 * An issue as the editorial checks report it. Structurally a superset of the
 * content check's ContentIssue (file, line, field, problem, fix, rule), so the
 * check's own issues can be passed to the formatters unchanged: a missing
 * severity means an error, a missing column means the start of the line.
 */
export type Severity = 'error' | 'warning';

export interface EditorialIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when the problem has one place. */
  line?: number | undefined;
  /** 1-based column on that line. */
  column?: number | undefined;
  /** Dotted path of the field at fault, e.g. "reviewed". */
  field?: string | undefined;
  /** The rule that found it, e.g. "review-freshness". */
  rule: string;
  /** What is wrong, in one sentence. */
  problem: string;
  /** What to do about it, in one sentence. */
  fix: string;
  severity?: Severity | undefined;
}
