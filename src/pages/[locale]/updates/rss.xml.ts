import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../../i18n/ui.ts';
import { latestUpdates } from '../../../pipeline/home.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getSiteContent } from '../../../pipeline/site-data.ts';
import { localePaths } from '../../../lib/static-paths.ts';
import { absoluteUrl, urls } from '../../../lib/urls.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props;
  return rss({
    title: `${siteConfig.brandName[locale]} · ${t(locale, 'updates.title')}`,
    description: t(locale, 'updates.lead'),
    site: siteConfig.siteUrl,
    customData: `<language>${locale}</language>`,
    items: latestUpdates(getSiteContent(), locale).map((update) => ({
      title: update.data.title,
      description: update.data.summary,
      pubDate: new Date(`${update.data.date}T00:00:00Z`),
      link: absoluteUrl(siteConfig.siteUrl, urls.update(locale, update.slug)),
      categories: [t(locale, `severity.${update.data.severity}`)],
    })),
  });
};
