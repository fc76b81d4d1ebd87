/** Verify-page data built from the real registry and text, the way the page builds it. */
import { VERIFY_TEXT } from '../../../../src/contact-check/ui/verify-text.ts';
import type { Locale } from '../../../../src/lib/locales.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { buildVerifyData, type VerifyData } from '../../../../src/contact-check/ui/verify-data.ts';
import { registry } from '../registry.ts';

export function verifyData(locale: Locale): VerifyData {
  return buildVerifyData(registry, locale, {
    brand: siteConfig.brandName[locale],
    text: VERIFY_TEXT[locale].verdict,
    links: {
      officialList: { href: '#official-channels', label: VERIFY_TEXT[locale].page.officialTitle },
      scammed: { href: '/scammed/', label: 'Scammed' },
      report: { href: '/report/', label: 'Report' },
    },
  });
}
