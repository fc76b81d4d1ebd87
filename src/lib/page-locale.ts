import { DEFAULT_LOCALE, segmentToLocale, type Locale } from './locales.ts';

/** MDX components are rendered without props from the page; they read the locale from the URL. */
export function localeFromPath(pathname: string): Locale {
  return segmentToLocale(pathname.split('/')[1]) ?? DEFAULT_LOCALE;
}
