import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/chromium.ts';
import { batches, sitemapPaths, watchProblems } from './support/site.ts';

const origin = inject('origin');
const browser = useBrowser();

/**
 * Pages per sweep test. The sitemap is read when the tests are collected, so a bigger site makes
 * more tests, never a longer one: each covers at most this many pages (10–50 s on a machine
 * loaded 15-fold), well inside the hang guard.
 */
const PAGES_PER_TEST = 10;

// Two batches at a time keep both cores busy (one loads a page while the other runs axe) without
// starving the other test files' browsers; see maxConcurrency in vitest.config.ts.
describe.concurrent('every sitemap page', () => {
  it.each(batches(sitemapPaths(), PAGES_PER_TEST).map((paths, index) => ({ paths, label: `pages ${index * PAGES_PER_TEST + 1}–${index * PAGES_PER_TEST + paths.length} (from ${paths[0]})` })))(
    'serves $label with status 200, no console errors, no failed requests and no axe violations',
    async ({ paths }) => {
      // The offline worker would precache a whole language in the background of every batch;
      // tests/e2e/offline.e2e.ts tests it, so the sweep reads pages the way a first visit does.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const report: string[] = [];
      for (const path of paths) {
        problems.consoleErrors.length = 0;
        problems.failedRequests.length = 0;
        const response = await page.goto(origin + path, { waitUntil: 'load' });
        if (response?.status() !== 200) report.push(`${path}: status ${response?.status()}`);
        const violations = await axeViolations(page);
        for (const error of problems.consoleErrors) report.push(`${path}: console error: ${error}`);
        for (const failed of problems.failedRequests) report.push(`${path}: request failed: ${failed}`);
        for (const violation of violations) report.push(`${path}: axe ${violation}`);
      }
      await context.close();
      expect(report).toEqual([]);
    },
  );
});

describe('the built site', () => {
  it('lists both locales and every page type in the sitemap', () => {
    const paths = sitemapPaths();
    for (const expected of ['/zh-cn/', '/en/', '/zh-cn/faq/', '/en/contact/', '/zh-cn/articles/transaction-failed/', '/en/articles/transaction-failed/', '/zh-cn/updates/', '/en/verify/']) {
      expect(paths).toContain(expected);
    }
  });

  it('sets lang, canonical and hreflang alternates on localized pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/articles/transaction-failed/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe('https://help.example.com/zh-cn/articles/transaction-failed/');
    expect(await page.getAttribute('link[hreflang=en]', 'href')).toBe('https://help.example.com/en/articles/transaction-failed/');
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
    await page.goto(`${origin}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('lands on the same article in the other language when the language switch is used', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/articles/transaction-failed/`);
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe('/en/articles/transaction-failed/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe('/zh-cn/articles/transaction-failed/');
    await page.close();
  });

  it('renders the main content of every page type with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, text] of [
      ['/', '请选择语言'],
      ['/zh-cn/', '有什么可以帮你'],
      ['/en/', 'How can we help'],
      ['/zh-cn/articles/transaction-failed/', '操作步骤'],
      ['/en/articles/transaction-failed/', 'Steps'],
      ['/en/faq/', 'Frequently asked questions'],
      ['/zh-cn/contact/', '官方客服绝不会要求你'],
    ] as const) {
      await page.goto(origin + path);
      const main = await page.textContent('main');
      expect(main, path).toContain(text);
    }
    await context.close();
  });

  it('sends a visitor of / to their browser language, and Chinese by default', async () => {
    for (const [locale, expected] of [['en-GB', '/en/'], ['zh-TW', '/zh-cn/'], ['fr-FR', '/zh-cn/']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForURL(`**${expected}`);
      expect(new URL(page.url()).pathname).toBe(expected);
      await context.close();
    }
  });

  it('answers an unknown address with the bilingual 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}/zh-cn/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('main')).toContain('找不到这个页面');
    expect(await page.textContent('main')).toContain('Page not found');
    await page.close();
  });

  it('numbers guide steps with anchors that can be linked to', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/articles/transaction-failed/#step-2`);
    expect(await page.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#step-2').textContent()).toContain('balance');
    await page.close();
  });
});
