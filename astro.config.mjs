// Integrations and site options only; logic lives in src/.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteConfig } from './src/site.config.ts';

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
      // The offline page is what the service worker shows without a network, not a page to find.
      filter: (page) => !page.endsWith('/offline/'),
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    // One stylesheet for the whole site (about 6 KiB gzip): one request, cached on the
    // first page, instead of a handful of tiny per-component files on every page.
    // assetsInlineLimit 0: Astro inlines a small <script> otherwise, which the strict CSP (no inline scripts) blocks.
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
  },
});
