/**
 * Locale codes as content uses them (zh-CN) versus as URLs use them (zh-cn).
 * Pure, so pages, the sitemap config and tests agree on one mapping.
 */
import { LOCALES, type Locale } from '../schemas/common.ts';

export { LOCALES, type Locale };

export const DEFAULT_LOCALE: Locale = 'zh-CN';

const URL_SEGMENT: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function localeToSegment(locale: Locale): string {
  return URL_SEGMENT[locale];
}

export function segmentToLocale(segment: string | undefined): Locale | undefined {
  return LOCALES.find((locale) => URL_SEGMENT[locale] === segment?.toLowerCase());
}

/** The other language, for the language switch. Two locales today; the list keeps it honest if a third arrives. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((candidate) => candidate !== locale);
}
