/**
 * Which article version each locale publishes, and how articles relate inside
 * a category. Pure: built from the validated content, tested without Astro.
 *
 * Every page asks several questions (this slug, its category, its neighbours,
 * each related article); at thousands of articles a scan per question made
 * the build quadratic. The index is built once per content object, in one
 * pass, and every lookup is a map read.
 */
import type { ArticleRecord, SiteContent } from './site-content.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

export interface PublishedArticle {
  /** The locale whose URL this is. */
  locale: Locale;
  slug: string;
  /** The version shown: the locale's own, or the other language's while translation is pending. */
  record: ArticleRecord;
  /** True when `record` is in another language than `locale`. */
  isFallback: boolean;
}

interface LocaleIndex {
  /** Sorted by slug. */
  all: PublishedArticle[];
  bySlug: Map<string, PublishedArticle>;
  /** Category id → its articles in reading order. */
  byCategory: Map<string, PublishedArticle[]>;
  /** Slug → position in its category's reading order. */
  positionInCategory: Map<string, number>;
}

interface ArticleIndex {
  all: PublishedArticle[];
  locales: Map<Locale, LocaleIndex>;
}

const byOrderThenTitle = (a: PublishedArticle, b: PublishedArticle): number =>
  a.record.data.order - b.record.data.order || a.record.data.title.localeCompare(b.record.data.title, a.locale);

function buildIndex(content: SiteContent): ArticleIndex {
  const own = new Map<string, ArticleRecord>();
  const fallback = new Map<string, ArticleRecord>();
  for (const article of content.articles) {
    if (article.data.draft) continue;
    own.set(`${article.locale}/${article.slug}`, article);
    if (article.data.translationPending && !fallback.has(article.slug)) fallback.set(article.slug, article);
  }
  const slugs = [...new Set([...own.values()].map((article) => article.slug))].sort();
  const all: PublishedArticle[] = [];
  const locales = new Map<Locale, LocaleIndex>();
  for (const locale of LOCALES) {
    const index: LocaleIndex = { all: [], bySlug: new Map(), byCategory: new Map(), positionInCategory: new Map() };
    for (const slug of slugs) {
      const record = own.get(`${locale}/${slug}`) ?? fallback.get(slug);
      if (!record) continue;
      const article: PublishedArticle = { locale, slug, record, isFallback: record.locale !== locale };
      index.all.push(article);
      index.bySlug.set(slug, article);
      const category = index.byCategory.get(record.data.category);
      if (category) category.push(article);
      else index.byCategory.set(record.data.category, [article]);
    }
    for (const articles of index.byCategory.values()) {
      articles.sort(byOrderThenTitle);
      articles.forEach((article, position) => index.positionInCategory.set(article.slug, position));
    }
    all.push(...index.all);
    locales.set(locale, index);
  }
  return { all, locales };
}

// Content objects are immutable once validated, so the index can live as long as they do.
const indexes = new WeakMap<SiteContent, ArticleIndex>();

function indexOf(content: SiteContent): ArticleIndex {
  let index = indexes.get(content);
  if (!index) {
    index = buildIndex(content);
    indexes.set(content, index);
  }
  return index;
}

function localeIndex(content: SiteContent, locale: Locale): LocaleIndex {
  const index = indexOf(content).locales.get(locale);
  if (!index) throw new Error(`No article index for locale ${locale}`);
  return index;
}

/** Every published (non-draft) article for every locale, with fallbacks for pending translations. */
export function publishedArticles(content: SiteContent): readonly PublishedArticle[] {
  return indexOf(content).all;
}

export function articlesInLocale(content: SiteContent, locale: Locale): readonly PublishedArticle[] {
  return localeIndex(content, locale).all;
}

/** A category's articles in reading order (`order`, then title). */
export function articlesInCategory(content: SiteContent, locale: Locale, category: string): readonly PublishedArticle[] {
  return localeIndex(content, locale).byCategory.get(category) ?? [];
}

export function findArticle(content: SiteContent, locale: Locale, slug: string): PublishedArticle | undefined {
  return localeIndex(content, locale).bySlug.get(slug);
}

/** Previous and next article in the same category, in reading order. */
export function neighbours(content: SiteContent, article: PublishedArticle): { previous?: PublishedArticle | undefined; next?: PublishedArticle | undefined } {
  const siblings = articlesInCategory(content, article.locale, article.record.data.category);
  const position = localeIndex(content, article.locale).positionInCategory.get(article.slug) ?? -1;
  return position < 0 ? {} : { previous: siblings[position - 1], next: siblings[position + 1] };
}

export interface CategoryWindow {
  /** At most `size` articles of the category, around the current one. */
  articles: readonly PublishedArticle[];
  /** How many articles the category has in all. */
  total: number;
}

/**
 * The slice of an article's category shown beside it. A category with hundreds
 * of articles would otherwise put hundreds of links on every one of its pages;
 * the window keeps an article's first visit the same size as content grows, and
 * the category page lists the rest.
 */
export function categoryWindow(content: SiteContent, article: PublishedArticle, size = 9): CategoryWindow {
  const siblings = articlesInCategory(content, article.locale, article.record.data.category);
  const position = localeIndex(content, article.locale).positionInCategory.get(article.slug) ?? 0;
  const start = Math.max(0, Math.min(position - Math.floor(size / 2), siblings.length - size));
  return { articles: siblings.slice(start, start + size), total: siblings.length };
}
