/**
 * Every article exists in every locale under the same slug, unless the one
 * that exists says `translationPending: true`. Existence is judged on the files
 * themselves, so an invalid translation is reported once (by the schema), not
 * again as "missing".
 */
import { LOCALES } from '../../schemas/common.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const translationsRule: ContentRule = {
  id: 'translations',
  check(content, raw) {
    const issues: ContentIssue[] = [];
    const filesBySlug = new Map<string, Map<string, string>>();
    for (const source of raw.articles) {
      const locales = filesBySlug.get(source.slug) ?? new Map<string, string>();
      locales.set(source.localeDir, source.file);
      filesBySlug.set(source.slug, locales);
    }
    const pending = new Set(content.articles.filter((article) => article.data.translationPending).map((article) => article.file));
    // By slug, so the rule stays linear in the number of articles.
    const pendingBySlug = new Map<string, typeof content.articles>();
    for (const article of content.articles) {
      if (!article.data.translationPending) continue;
      const list = pendingBySlug.get(article.slug);
      if (list) list.push(article);
      else pendingBySlug.set(article.slug, [article]);
    }
    for (const [slug, files] of filesBySlug) {
      const missing = LOCALES.filter((locale) => !files.has(locale));
      for (const locale of missing) {
        if ([...files.values()].some((file) => pending.has(file))) continue;
        for (const file of files.values()) {
          issues.push({
            file, rule: 'translations',
            problem: `missing translation: content/articles/${locale}/${slug}.mdx does not exist`,
            fix: `write the ${locale} version, or add "translationPending: true" to this file's frontmatter to publish it with a notice`,
          });
        }
      }
      if (missing.length > 0) continue;
      for (const article of pendingBySlug.get(slug) ?? []) {
        issues.push({
          file: article.file, line: article.lineOf(['translationPending']), field: 'translationPending', rule: 'translations',
          problem: 'translationPending is set but every locale already has this article',
          fix: 'remove "translationPending: true"',
        });
      }
    }
    return issues;
  },
};
