/**
 * Which article version each locale publishes, and how articles relate inside
 * a category. Pure: built from the validated content, tested without Astro.
 */
import type { ArticleRecord, SiteContent } from '../check/site-content.ts';
import { LOCALES, type Locale } from './locales.ts';

export interface PublishedArticle {
  /** The locale whose URL this is. */
  locale: Locale;
  slug: string;
  /** The version shown: the locale's own, or the other language's while translation is pending. */
  record: ArticleRecord;
  /** True when `record` is in another language than `locale`. */
  isFallback: boolean;
}

const byOrderThenTitle = (a: PublishedArticle, b: PublishedArticle): number =>
  a.record.data.order - b.record.data.order || a.record.data.title.localeCompare(b.record.data.title, a.locale);

/** Every published (non-draft) article for every locale, with fallbacks for pending translations. */
export function publishedArticles(content: SiteContent): PublishedArticle[] {
  const live = content.articles.filter((article) => !article.data.draft);
  const slugs = [...new Set(live.map((article) => article.slug))].sort();
  const result: PublishedArticle[] = [];
  for (const locale of LOCALES) {
    for (const slug of slugs) {
      const own = live.find((article) => article.slug === slug && article.locale === locale);
      const fallback = live.find((article) => article.slug === slug && article.data.translationPending);
      const record = own ?? fallback;
      if (record) result.push({ locale, slug, record, isFallback: record.locale !== locale });
    }
  }
  return result;
}

export function articlesInLocale(content: SiteContent, locale: Locale): PublishedArticle[] {
  return publishedArticles(content).filter((article) => article.locale === locale);
}

export function articlesInCategory(content: SiteContent, locale: Locale, category: string): PublishedArticle[] {
  return articlesInLocale(content, locale)
    .filter((article) => article.record.data.category === category)
    .sort(byOrderThenTitle);
}

export function findArticle(content: SiteContent, locale: Locale, slug: string): PublishedArticle | undefined {
  return articlesInLocale(content, locale).find((article) => article.slug === slug);
}

/** Previous and next article in the same category, in reading order. */
export function neighbours(content: SiteContent, article: PublishedArticle): { previous?: PublishedArticle | undefined; next?: PublishedArticle | undefined } {
  const siblings = articlesInCategory(content, article.locale, article.record.data.category);
  const index = siblings.findIndex((candidate) => candidate.slug === article.slug);
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}
