/**
 * Articles use the glossary's words: a reader who learned 支付密码 on one page
 * must not meet 交易密码 on the next. Each term's `avoid` list is checked in
 * the article bodies and titles of its language (aliases are exempt: they are
 * how readers phrase things, not how we do).
 */
import { LOCALES, type Locale } from '../../schemas/common.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const glossaryTermsRule: ContentRule = {
  id: 'glossary-terms',
  check(content) {
    const issues: ContentIssue[] = [];
    // One pattern per avoided word, built once: the rule runs over thousands of articles.
    const avoidedBy = new Map<Locale, { avoided: string; term: string; pattern: RegExp }[]>();
    for (const locale of LOCALES) {
      avoidedBy.set(locale, content.glossary.flatMap((entry) => (entry.avoid?.[locale] ?? []).map((avoided) => ({
        avoided,
        term: entry.term[locale],
        pattern: new RegExp(avoided.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), locale === 'en' ? 'i' : ''),
      }))));
    }
    for (const article of [...content.articles, ...content.updates]) {
      const bodyStart = 'bodyLine' in article ? article.bodyLine : 1;
      let lines: string[] | undefined;
      for (const { avoided, term, pattern } of avoidedBy.get(article.locale) ?? []) {
        const inTitle = pattern.test(article.data.title);
        // Most bodies use none of the avoided words: one search of the whole body settles that.
        if (!inTitle && !pattern.test(article.body)) continue;
        lines ??= article.body.split('\n');
        const places = [
          ...(inTitle ? [{ line: article.lineOf(['title']), field: 'title' }] : []),
          ...lines.flatMap((text, index) => (pattern.test(text) ? [{ line: bodyStart + index, field: undefined }] : [])),
        ];
        for (const place of places) {
          issues.push({
            file: article.file, line: place.line, field: place.field, rule: 'glossary-terms',
            problem: `"${avoided}" is not the term this site uses`,
            fix: `write "${term}" instead (content/glossary.yaml)`,
          });
        }
      }
    }
    return issues;
  },
};
