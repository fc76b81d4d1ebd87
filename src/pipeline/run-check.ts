/** The one entry point shared by `npm run check`, the Astro build and the tests. */
import { formatIssues } from './issue.ts';
import { loadContent } from './load-content.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

export function checkProject(root: string): ValidationResult & { report: string } {
  const result = validateContent(loadContent(root));
  return { ...result, report: result.issues.length === 0 ? '' : formatIssues(result.issues) };
}
