// Integrations and site options only; logic lives in src/.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteConfig } from './src/site.config.ts';

/*
 * The shared stylesheet: the base styles and every layout and component an article uses
 * (header, footer, article, embedded troubleshooter, feedback, contact card). Page-specific
 * styles (the checker, search, FAQ, home, 404) stay with their page, so an article's first
 * visit does not download them (issue #11: 5.8 KiB of CSS for one sheet of everything).
 */
const SITE_STYLES = /\/src\/(?:styles\/|layouts\/|components\/|feedback\/ui\/|offline\/ui\/|troubleshooter\/ui\/TroubleshooterView)[^?]*(?:\.css$|\?astro&type=style)/;

export default defineConfig({
  site: siteConfig.siteUrl,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: inline <style> would need 'unsafe-inline' in the CSP.
    inlineStylesheets: 'never',
  },
  integrations: [
    contentCheck(),
    mdx(),
    pagefindIndex(),
    // After the search index: the worker precaches it.
    serviceWorker(),
    sitemap({
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
      // The offline page is what the service worker shows without a network, and a feedback
      // follow-up is where a "no" leads: neither is a page to find.
      filter: (page) => !page.endsWith('/offline/') && !page.includes('/feedback/'),
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Two stylesheets at most: the shared one (about 4 KiB gzip, cached on the first page) in one
    // group instead of a handful of tiny per-component files, and the page's own, if it has any.
    // assetsInlineLimit 0: Astro inlines a small <script> otherwise, which the strict CSP (no inline scripts) blocks.
    build: {
      cssCodeSplit: true,
      assetsInlineLimit: 0,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'site', test: (id) => SITE_STYLES.test(id) }] } } },
    },
  },
});
