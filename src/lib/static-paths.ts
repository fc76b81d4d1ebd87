/** getStaticPaths helpers shared by localized pages. */
import { LOCALES, localeToSegment, type Locale } from './locales.ts';

/** One path per locale: /zh-cn/… and /en/…, with the locale passed as a prop. */
export function localePaths(): { params: { locale: string }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localeToSegment(locale) }, props: { locale } }));
}
