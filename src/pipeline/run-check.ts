/** The one entry point shared by `npm run check`, the Astro build, pages and the tests. */
import type { Tree } from '../schemas/troubleshooter.ts';
import { formatIssues } from './issue.ts';
import { loadContent } from './load-content.ts';
import { validateTroubleshooters } from './rules/troubleshooters.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

export interface CheckResult extends ValidationResult {
  /** The editor-facing report; empty when there are no issues. */
  report: string;
  /** Every troubleshooter tree that passed its schema, sorted by `order`; only publishable when `issues` is empty. */
  trees: Tree[];
}

export function checkProject(root: string): CheckResult {
  const raw = loadContent(root);
  const result = validateContent(raw);
  return {
    ...result,
    report: result.issues.length === 0 ? '' : formatIssues(result.issues),
    trees: validateTroubleshooters(raw, result.content).trees,
  };
}
