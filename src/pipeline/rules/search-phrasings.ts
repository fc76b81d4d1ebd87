/**
 * content/search-phrasings.yaml: every phrasing must sit under an article published in its
 * language, and under one article only. A phrasing under two articles teaches search both
 * answers at once; one under a missing article teaches it nothing and hides the mistake.
 */
import { LOCALES } from '../../lib/locales.ts';
import { normalizeQuery } from '../../search/engine/query-variants.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

const FILE = 'content/search-phrasings.yaml';

export const searchPhrasingsRule: ContentRule = {
  id: 'search-phrasings',
  check(content, raw) {
    const issues: ContentIssue[] = [];
    const lineOf = raw.phrasings.parsed?.lineOf ?? (() => undefined);
    for (const locale of LOCALES) {
      const published = new Set(content.articles.filter((article) => article.locale === locale && !article.data.draft).map((article) => article.slug));
      const firstSlug = new Map<string, string>();
      for (const [slug, phrasings] of Object.entries(content.phrasings[locale])) {
        if (!published.has(slug)) {
          issues.push({
            file: FILE, line: lineOf([locale, slug]), field: `${locale}.${slug}`, rule: 'search-phrasings',
            problem: `no published ${locale} article is called "${slug}"`,
            fix: `use the file name (without .mdx) of an article in content/articles/${locale}/, or move these phrasings under the article that answers them`,
          });
        }
        phrasings.forEach((phrasing, index) => {
          // Compared as search reads them: the same phrasing in other spacing or full-width letters teaches nothing new.
          const key = normalizeQuery(phrasing).toLowerCase();
          const other = firstSlug.get(key);
          if (other === undefined) firstSlug.set(key, slug);
          else {
            issues.push({
              file: FILE, line: lineOf([locale, slug, index]), field: `${locale}.${slug}[${index}]`, rule: 'search-phrasings',
              problem: other === slug ? `"${phrasing}" is listed twice under ${slug}` : `"${phrasing}" is listed under both ${other} and ${slug}`,
              fix: other === slug ? 'remove the second one' : 'keep it under the one article that answers it best',
            });
          }
        });
      }
    }
    return issues;
  },
};
