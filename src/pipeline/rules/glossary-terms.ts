/**
 * Articles use the glossary's words: a reader who learned 支付密码 on one page
 * must not meet 交易密码 on the next. Each term's `avoid` list is checked in
 * the article bodies and titles of its language (aliases are exempt: they are
 * how readers phrase things, not how we do).
 */
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const glossaryTermsRule: ContentRule = {
  id: 'glossary-terms',
  check(content) {
    const issues: ContentIssue[] = [];
    for (const article of [...content.articles, ...content.updates]) {
      const lines = article.body.split('\n');
      const bodyStart = 'bodyLine' in article ? article.bodyLine : 1;
      for (const entry of content.glossary) {
        for (const avoided of entry.avoid?.[article.locale] ?? []) {
          const pattern = new RegExp(avoided.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), article.locale === 'en' ? 'i' : '');
          const places = [
            ...(pattern.test(article.data.title) ? [{ line: article.lineOf(['title']), field: 'title' }] : []),
            ...lines.flatMap((text, index) => (pattern.test(text) ? [{ line: bodyStart + index, field: undefined }] : [])),
          ];
          for (const place of places) {
            issues.push({
              file: article.file, line: place.line, field: place.field, rule: 'glossary-terms',
              problem: `"${avoided}" is not the term this site uses`,
              fix: `write "${entry.term[article.locale]}" instead (content/glossary.yaml)`,
            });
          }
        }
      }
    }
    return issues;
  },
};
