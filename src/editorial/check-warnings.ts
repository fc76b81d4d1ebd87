/**
 * The editorial warnings for `npm run check`, in one call: outdated
 * translations and stale reviews. The check passes its validated articles as
 * plain data; this adds the git history (three git processes in all) and
 * returns warnings, which never fail the check.
 */
import { siteConfig } from '../site.config.ts';
import { LOCALES, type Locale } from '../schemas/common.ts';
import type { EditorialIssue } from './engine/issue.ts';
import { reviewFreshnessWarnings, type ReviewPolicy } from './engine/review-freshness.ts';
import { ARTICLES_FOLDER, articleFile, outdatedTranslationWarnings, translationStatus } from './engine/translation-status.ts';
import { readLastChanges } from './git-log.ts';

export interface CheckedArticle {
  /** Path relative to the project root, e.g. content/articles/en/lost-phone.mdx. */
  file: string;
  locale: Locale;
  slug: string;
  updated: string;
  reviewed: string;
  translationPending: boolean;
  /** Guides' urgency; undefined for other kinds. */
  urgency: 'normal' | 'urgent' | 'critical' | undefined;
  /** 1-based line of a frontmatter field in the file. */
  lineOf: (field: string) => number | undefined;
}

export function editorialWarnings(
  root: string,
  articles: readonly CheckedArticle[],
  today: string,
  policy: ReviewPolicy = siteConfig.review,
): EditorialIssue[] {
  const history = readLastChanges(root, ARTICLES_FOLDER);
  const rows = translationStatus(
    articles.map(({ file, locale, slug, updated, translationPending }) => ({ file, locale, slug, updated, translationPending, lastChange: history?.get(file) })),
    LOCALES,
    articleFile,
  );
  const byFile = new Map(articles.map((article) => [article.file, article]));
  return [
    ...outdatedTranslationWarnings(rows, (file) => byFile.get(file)?.lineOf('updated')),
    ...reviewFreshnessWarnings(
      articles.map((article) => ({ file: article.file, line: article.lineOf('reviewed'), urgency: article.urgency, reviewed: article.reviewed })),
      today,
      policy,
    ),
  ];
}
