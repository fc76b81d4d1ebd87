/** Locale-aware formatting for dates written YYYY-MM-DD in content. */
import type { Locale } from './locales.ts';

export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
