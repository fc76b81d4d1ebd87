/** `npm run check`: validates content/ and exits 1 with editor-facing messages when anything is wrong. */
import { checkProject } from '../pipeline/run-check.ts';

const { issues, report, content } = checkProject(process.cwd());
if (issues.length > 0) {
  console.error(report);
  process.exit(1);
}
console.log(`Content check passed: ${content.articles.length} articles, ${content.updates.length} updates, ${content.faq.length} FAQ entries, ${content.contacts.channels.length} official channels.`);
