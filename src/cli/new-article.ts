/**
 * `npm run new -- <slug> [--kind guide|concept|faq|policy] [--category <id>]`:
 * creates content/articles/zh-CN/<slug>.mdx and content/articles/en/<slug>.mdx
 * with valid frontmatter and, for guides, the sections every guide needs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_KINDS } from '../schemas/article.ts';
import { idSchema, LOCALES, type Locale } from '../schemas/common.ts';
import { articleTemplate } from './article-template.ts';
import { loadContent } from '../pipeline/load-content.ts';
import { validateContent } from '../pipeline/validate-content.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'guide' }, category: { type: 'string' } },
});
const slug = positionals[0];
if (!slug) fail('give the new article a slug, e.g. `npm run new -- refund-delayed --category refunds`.');
if (!idSchema.safeParse(slug).success) fail(`"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. refund-delayed.`);
const kind = values.kind as (typeof ARTICLE_KINDS)[number];
if (!ARTICLE_KINDS.includes(kind)) fail(`--kind must be one of ${ARTICLE_KINDS.join(', ')}; got "${values.kind}".`);
const { content } = validateContent(loadContent(process.cwd()));
const categories = content.categories.map((category) => category.id);
const category = values.category;
if (!category || !categories.includes(category)) fail(`--category must be one of ${categories.join(', ')}${category ? `; got "${category}"` : ''}.`);

const today = new Date().toISOString().slice(0, 10);
const files = LOCALES.map((locale: Locale) => ({ locale, path: join('content/articles', locale, `${slug}.mdx`) }));
const existing = files.filter((file) => existsSync(file.path));
if (existing.length > 0) fail(`${existing.map((file) => file.path).join(' and ')} already exist; pick another slug.`);
const contacts = content.contacts.channels.filter((channel) => channel.primary).map((channel) => channel.id);
for (const { locale, path } of files) writeFileSync(path, articleTemplate({ locale, kind, category, contacts, date: today }));
console.log(
  `Created ${files.map((file) => file.path).join(' and ')}.\n` +
    'Write both; the check keeps failing until every guide has five real aliases. Then run `npm run fix && npm run check`.',
);
