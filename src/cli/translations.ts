/**
 * `npm run translations [-- --json]`: every article slug with each language's
 * status (up to date, outdated, missing, pending), `updated` date and last
 * commit. How "outdated" is decided: src/editorial/engine/translation-status.ts
 * and CONTRIBUTING.md. Informational: exits 0 whatever the status, 1 only when
 * it cannot run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTranslationFields } from '../editorial/engine/frontmatter-fields.ts';
import {
  ARTICLES_FOLDER,
  articleFile,
  formatTranslationTable,
  translationJson,
  translationStatus,
  translationSummary,
  type ArticleVersionInput,
} from '../editorial/engine/translation-status.ts';
import { readLastChanges } from '../editorial/git-log.ts';
import { LOCALES } from '../schemas/common.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--json');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run translations [-- --json]`);
  process.exit(1);
}
if (!existsSync(join(root, ARTICLES_FOLDER))) {
  console.error(`No ${ARTICLES_FOLDER}/ folder here. Run npm run translations from the project's top folder.`);
  process.exit(1);
}

const history = readLastChanges(root, ARTICLES_FOLDER);
const versions: ArticleVersionInput[] = LOCALES.flatMap((locale) => {
  const dir = join(root, ARTICLES_FOLDER, locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = `${ARTICLES_FOLDER}/${locale}/${name}`;
      return {
        slug: name.replace(/\.mdx?$/, ''),
        locale,
        file,
        ...readTranslationFields(readFileSync(join(root, file), 'utf8')),
        lastChange: history?.get(file),
      };
    });
});
const rows = translationStatus(versions, LOCALES, articleFile);

if (args.includes('--json')) {
  console.log(JSON.stringify({ gitHistory: history !== undefined, articles: translationJson(rows) }, null, 2));
} else {
  console.log(formatTranslationTable(rows, LOCALES));
  console.log('');
  console.log(translationSummary(rows, LOCALES));
  if (history === undefined) console.log('Not a git checkout: "outdated" compares the updated: dates only.');
}
