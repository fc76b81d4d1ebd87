/** What the home page features, derived from content so editors control it from frontmatter. */
import type { SiteContent } from './site-content.ts';
import type { UiKey } from '../i18n/ui.ts';
import { articlesInLocale, type PublishedArticle } from './article-index.ts';
import type { Locale } from '../lib/locales.ts';

/**
 * The urgent-help strip's quick links: where minutes matter. `anchor` points into the
 * guide (its first-action box). Scams go to recognising one; the checker is linked
 * beside these, and "I was scammed" stays a guide of its own. Slugs are checked by a unit test.
 */
export const URGENT_LINKS: readonly { slug: string; anchor?: string | undefined; label: UiKey }[] = [
  { slug: 'account-compromised', anchor: 'first-action', label: 'home.urgent.freeze' },
  { slug: 'unauthorized-transaction', label: 'home.urgent.unauthorized' },
  { slug: 'account-compromised', label: 'home.urgent.compromised' },
  { slug: 'recognize-scams', label: 'home.urgent.scam' },
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
