/**
 * The brand: the one file a wallet operator edits to deploy this help center
 * under its own name. Contact details live in content/contacts.yaml (the
 * official registry) so the checker, the lint and the pages share one list.
 *
 * The defaults are fictional: a made-up wallet and reserved example domains.
 */
import type { Locale } from './schemas/common.ts';

export interface SiteConfig {
  /** Brand name per locale, used in titles, the header and Open Graph tags. */
  brandName: Record<Locale, string>;
  /** Public origin of the deployed help center, no trailing slash. */
  siteUrl: string;
  /** Where the content lives; "Edit this page" links to `${repositoryUrl}/edit/main/<path>`. */
  repositoryUrl: string;
  /** Brand colours; both must keep 4.5:1 contrast with white text (checked by the axe tests). */
  colors: { accent: string; accentDark: string };
  /** Hotlines outside the operator for victims of fraud; keep them in content/contacts.yaml externalReferences too. */
  antiFraudReferenceIds: readonly string[];
  /** Days after `reviewed` before the check warns: critical guides (stolen account, unauthorized payment) sooner. */
  review: { criticalMaxAgeDays: number; maxAgeDays: number };
}

export const siteConfig: SiteConfig = {
  brandName: { 'zh-CN': '示例钱包', en: 'Example Wallet' },
  siteUrl: 'https://help.example.com',
  repositoryUrl: 'https://git.example.com/example-wallet/help-center',
  colors: { accent: '#0a5cc2', accentDark: '#7ab8ff' },
  antiFraudReferenceIds: ['anti-fraud-96110', 'police-110'],
  review: { criticalMaxAgeDays: 90, maxAgeDays: 365 },
};
