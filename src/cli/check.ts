/**
 * `npm run check`: validates content/ and prints one line per problem,
 * `file:line:column: rule: problem (fix)`, or GitHub annotations with
 * `--format=github`. Errors exit 1; outdated translations and stale reviews are
 * warnings and exit 0.
 */
import { editorialWarnings } from '../editorial/check-warnings.ts';
import { formatIssueList } from '../editorial/engine/issue-format.ts';
import { checkProject } from '../pipeline/run-check.ts';

const format = process.argv.includes('--format=github') ? 'github' : 'text';
const root = process.cwd();
const { issues, content } = checkProject(root);
const today = new Date().toISOString().slice(0, 10);
const warnings = issues.length > 0 ? [] : editorialWarnings(
  root,
  content.articles.map((article) => ({
    file: article.file,
    locale: article.locale,
    slug: article.slug,
    updated: article.data.updated,
    reviewed: article.data.reviewed,
    translationPending: article.data.translationPending,
    urgency: article.data.kind === 'guide' ? article.data.urgency : undefined,
    lineOf: (field: string) => article.lineOf([field]),
  })),
  today,
);
const report = formatIssueList([...issues, ...warnings.map((warning) => ({ ...warning, severity: 'warning' as const }))], format);
if (report !== '') (issues.length > 0 ? console.error : console.log)(report);
if (issues.length > 0) {
  const files = new Set(issues.map((issue) => issue.file)).size;
  console.error(`\nContent check failed: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}.`);
  process.exit(1);
}
console.log(`Content check passed${warnings.length > 0 ? ` with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : ''}: ${content.articles.length} articles, ${content.updates.length} updates, ${content.faq.length} FAQ entries, ${content.contacts.channels.length} official channels.`);
