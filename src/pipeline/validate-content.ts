/**
 * Validates raw content against the schemas, then runs the cross-reference and
 * quality rules. Pure: it takes what load-content.ts read and returns issues.
 */
import { articleSchema } from '../schemas/article.ts';
import { categoriesFileSchema } from '../schemas/category.ts';
import { LOCALES, type Locale } from '../schemas/common.ts';
import { contactRegistrySchema } from '../schemas/contact.ts';
import { faqFileSchema } from '../schemas/faq.ts';
import { glossaryFileSchema } from '../schemas/glossary.ts';
import { searchPhrasingsFileSchema } from '../schemas/search-phrasings.ts';
import { synonymsFileSchema } from '../schemas/synonyms.ts';
import { updateSchema } from '../schemas/update.ts';
import type { z } from 'zod';
import type { ContentIssue } from './issue.ts';
import type { DataSource, MarkdownSource, RawContent } from './load-content.ts';
import { ALL_RULES, type ContentRule } from './rules/index.ts';
import type { ArticleRecord, SiteContent, UpdateRecord } from './site-content.ts';
import { zodIssuesToContentIssues } from './zod-issues.ts';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

function parseData<T>(source: DataSource, schema: z.ZodType<T>, fallback: T, issues: ContentIssue[], what: string): T {
  if (!source.parsed) {
    issues.push({ file: source.file, problem: `the ${what} file is missing`, fix: `create ${source.file} (see README, "Editing content")`, rule: 'missing-file' });
    return fallback;
  }
  if (source.parsed.errors.length > 0) {
    for (const error of source.parsed.errors) {
      issues.push({ file: source.file, line: error.line, problem: `YAML syntax error: ${error.message}`, fix: 'fix the indentation or quoting on that line', rule: 'yaml-syntax' });
    }
    return fallback;
  }
  const result = schema.safeParse(source.parsed.value, { reportInput: true });
  if (!result.success) {
    issues.push(...zodIssuesToContentIssues(result.error, source.file, source.parsed.lineOf));
    return fallback;
  }
  return result.data;
}

function parseMarkdown<T>(
  source: MarkdownSource,
  schema: z.ZodType<T>,
  issues: ContentIssue[],
): { locale: Locale; data: T } | undefined {
  if (!isLocale(source.localeDir)) {
    issues.push({
      file: source.file,
      problem: `"${source.localeDir}" is not a locale of this site`,
      fix: `move the file into one of: ${LOCALES.map((locale) => `${locale}/`).join(', ')}`,
      rule: 'locale-folder',
    });
    return undefined;
  }
  if (!source.frontmatter) {
    issues.push({ file: source.file, line: 1, problem: 'the file has no frontmatter', fix: 'start the file with a --- block holding kind, title, description and the other required fields', rule: 'schema' });
    return undefined;
  }
  if (source.frontmatter.errors.length > 0) {
    for (const error of source.frontmatter.errors) {
      issues.push({ file: source.file, line: error.line, problem: `YAML syntax error in the frontmatter: ${error.message}`, fix: 'fix the indentation or quoting on that line; quote text that contains a colon', rule: 'yaml-syntax' });
    }
    return undefined;
  }
  const result = schema.safeParse(source.frontmatter.value ?? {}, { reportInput: true });
  if (!result.success) {
    issues.push(...zodIssuesToContentIssues(result.error, source.file, source.frontmatter.lineOf));
    return undefined;
  }
  return { locale: source.localeDir, data: result.data };
}

/**
 * A file's frontmatter verdict depends on its text alone, and the loader hands
 * back the same source object while the text is unchanged; in `astro dev` only
 * the edited file is validated against its schema again.
 */
const verdicts = new WeakMap<MarkdownSource, { parsed: { locale: Locale; data: unknown } | undefined; issues: ContentIssue[] }>();

function parseMarkdownOnce<T>(source: MarkdownSource, schema: z.ZodType<T>, issues: ContentIssue[]): { locale: Locale; data: T } | undefined {
  let verdict = verdicts.get(source);
  if (!verdict) {
    const own: ContentIssue[] = [];
    verdict = { parsed: parseMarkdown(source, schema, own), issues: own };
    verdicts.set(source, verdict);
  }
  issues.push(...verdict.issues);
  // Each source is only ever read with the schema of its collection, so the cached data has type T.
  return verdict.parsed as { locale: Locale; data: T } | undefined;
}

export interface ValidationResult {
  content: SiteContent;
  issues: ContentIssue[];
}

export function validateContent(raw: RawContent, rules: readonly ContentRule[] = ALL_RULES): ValidationResult {
  const issues: ContentIssue[] = [];
  const categories = parseData(raw.categories, categoriesFileSchema, [], issues, 'categories');
  const contacts = parseData(raw.contacts, contactRegistrySchema, { updated: '1970-01-01', webDomains: [], emailDomains: [], channels: [], externalReferences: [] }, issues, 'contact registry');
  const faq = parseData(raw.faq, faqFileSchema, [], issues, 'FAQ');
  const glossary = parseData(raw.glossary, glossaryFileSchema, [], issues, 'glossary');
  // Synonyms are optional: a site without the file simply searches without expansion.
  const synonyms = raw.synonyms.parsed ? parseData(raw.synonyms, synonymsFileSchema, { 'zh-CN': [], en: [] }, issues, 'search synonyms') : { 'zh-CN': [], en: [] };
  const phrasings = raw.phrasings.parsed ? parseData(raw.phrasings, searchPhrasingsFileSchema, { 'zh-CN': {}, en: {} }, issues, 'search phrasings') : { 'zh-CN': {}, en: {} };

  const articles: ArticleRecord[] = [];
  for (const source of raw.articles) {
    const parsed = parseMarkdownOnce(source, articleSchema, issues);
    if (!parsed || !source.frontmatter) continue;
    articles.push({ ...parsed, slug: source.slug, file: source.file, body: source.body, bodyLine: source.bodyLine, structure: source.structure, lineOf: source.frontmatter.lineOf });
  }
  const updates: UpdateRecord[] = [];
  for (const source of raw.updates) {
    const parsed = parseMarkdownOnce(source, updateSchema, issues);
    if (!parsed || !source.frontmatter) continue;
    updates.push({ ...parsed, slug: source.slug, file: source.file, body: source.body, structure: source.structure, lineOf: source.frontmatter.lineOf });
  }

  const content: SiteContent = { categories, contacts, faq, glossary, synonyms, phrasings, articles, updates };
  for (const rule of rules) issues.push(...rule.check(content, raw));
  return { content, issues };
}
