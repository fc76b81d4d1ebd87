/** What the home page features, derived from content so editors control it from frontmatter. */
import type { SiteContent } from './site-content.ts';
import type { UiKey } from '../i18n/ui.ts';
import { articlesInLocale, type PublishedArticle } from './article-index.ts';
import type { Locale } from '../lib/locales.ts';

/** The urgent-help strip: the three situations where minutes matter. Slugs are checked by a unit test. */
export const URGENT_LINKS: readonly { slug: string; label: UiKey }[] = [
  { slug: 'account-compromised', label: 'home.urgent.compromised' },
  { slug: 'unauthorized-transaction', label: 'home.urgent.unauthorized' },
  { slug: 'scammed-what-now', label: 'home.urgent.scam' },
];

/** Articles with `featured: N` in frontmatter, in that order. */
export function featuredArticles(content: SiteContent, locale: Locale): PublishedArticle[] {
  return articlesInLocale(content, locale)
    .filter((article) => article.record.data.featured !== undefined)
    .sort((a, b) => (a.record.data.featured ?? 0) - (b.record.data.featured ?? 0));
}

/** Newest first; ties by title so the order is stable. */
export function latestUpdates(content: SiteContent, locale: Locale, limit = Infinity): SiteContent['updates'] {
  return content.updates
    .filter((update) => update.locale === locale)
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
}
