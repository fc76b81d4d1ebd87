/** Every internal URL the site publishes, built in one place (the URL contract other issues rely on). */
import { localeToSegment, type Locale } from './locales.ts';

const base = (locale: Locale): string => `/${localeToSegment(locale)}/`;

export const urls = {
  home: (locale: Locale) => base(locale),
  article: (locale: Locale, slug: string) => `${base(locale)}articles/${slug}/`,
  category: (locale: Locale, id: string) => `${base(locale)}categories/${id}/`,
  faq: (locale: Locale) => `${base(locale)}faq/`,
  contact: (locale: Locale) => `${base(locale)}contact/`,
  updates: (locale: Locale) => `${base(locale)}updates/`,
  update: (locale: Locale, slug: string) => `${base(locale)}updates/${slug}/`,
  rss: (locale: Locale) => `${base(locale)}updates/rss.xml`,
  search: (locale: Locale) => `${base(locale)}search/`,
  troubleshoot: (locale: Locale) => `${base(locale)}troubleshoot/`,
  verify: (locale: Locale) => `${base(locale)}verify/`,
  /** The "what did not help?" form: for one article or troubleshooter outcome (`<tree>/<node>`), or the shared one without a slug. */
  feedback: (locale: Locale, target: 'article' | 'outcome', slug?: string) => `${base(locale)}feedback/${target}/${slug === undefined ? '' : `${slug}/`}`,
} as const;

/** Joins the configured origin and a path into an absolute URL for canonical and hreflang tags. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/$/, '')}/`).href;
}

/** The same page in another locale: every page exists in every locale, so only the prefix changes. */
export function pathInLocale(path: string, locale: Locale): string {
  return path.replace(/^\/[^/]+\//, base(locale));
}
