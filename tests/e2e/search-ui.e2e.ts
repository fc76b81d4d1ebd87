import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/chromium.ts';
import { watchProblems } from './support/site.ts';

const origin = inject('origin');
const browser = useBrowser();

const headerInput = 'header kb-search input[type=search]';

async function openArticle(path = '/zh-cn/articles/transaction-failed/'): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  return { page, requests };
}

describe('the header search', () => {
  it('downloads no search index or search UI until the reader focuses the box', async () => {
    const { page, requests } = await openArticle();
    expect(requests.filter((path) => path.startsWith('/pagefind/') || path.includes('search-box'))).toEqual([]);
    await page.focus(headerInput);
    await page.waitForResponse((response) => response.url().includes('search-box'));
    await page.close();
  });

  it('shows results as you type and opens the highlighted one with the arrow keys and Enter', async () => {
    const { page } = await openArticle('/en/faq/');
    const problems = watchProblems(page);
    await page.focus(headerInput);
    await page.keyboard.type('charged twice');
    await page.waitForSelector('header [data-search-result]');
    expect(await page.getAttribute(headerInput, 'aria-expanded')).toBe('true');
    expect(await page.locator('header [data-search-result]').first().getAttribute('href')).toBe('/en/articles/duplicate-charge/');
    expect(await page.locator('header mark').count()).toBeGreaterThan(0);
    expect(await page.textContent('header [data-search-status]')).toMatch(/\d+ results/);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(headerInput, 'aria-activedescendant')).toBeTruthy();
    await Promise.all([page.waitForURL('**/en/articles/duplicate-charge/'), page.keyboard.press('Enter')]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens with / and with Ctrl+K, and closes with Escape', async () => {
    const { page } = await openArticle();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('header kb-search') !== null)).toBe(true);
    await page.keyboard.type('扣了两次钱');
    await page.waitForSelector('header [data-search-result]');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('header [data-search-popup]')).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.closest('header kb-search') !== null)).toBe(true);
    await page.close();
  });

  it('does not search while a Chinese input method is still composing', async () => {
    const { page } = await openArticle();
    await page.focus(headerInput);
    // The module arriving is not the element being upgraded: a composition that starts before
    // connectedCallback finds text already in the box. Wait for the combobox role it sets.
    await page.waitForSelector('header kb-search input[role=combobox]');
    const session = await page.context().newCDPSession(page);
    await session.send('Input.imeSetComposition', { text: 'kou', selectionStart: 3, selectionEnd: 3 });
    await page.waitForTimeout(600);
    expect(await page.isHidden('header [data-search-popup]')).toBe(true);
    await session.send('Input.insertText', { text: '扣款' });
    await page.waitForSelector('header [data-search-result]');
    await page.close();
  });

  it('still goes to the search page with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/en/articles/lost-phone/`);
    await page.fill(headerInput, 'lost phone');
    await Promise.all([page.waitForURL('**/en/search/?q=lost+phone'), page.press(headerInput, 'Enter')]);
    expect(await page.textContent('main')).toContain('Search results need JavaScript');
    await context.close();
  });
});

describe('the search page', () => {
  it('renders ranked results for a shared link, with links into sections', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/search/?q=${encodeURIComponent('手机丢了')}`);
    await page.waitForSelector('[data-search-page] [data-search-result]');
    expect(await page.locator('[data-search-page] [data-search-result]').first().getAttribute('href')).toBe('/zh-cn/articles/lost-phone/');
    expect(await page.inputValue('#page-search-q')).toBe('手机丢了');
    await page.close();
  });

  it('narrows results with the category filter', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/search/?q=password&category=safety`);
    await page.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '') !== '');
    const hrefs = await page.$$eval('[data-search-page] [data-search-result]', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(['/en/articles/recognize-scams/', '/en/articles/report-phishing/', '/en/articles/scammed-what-now/']).toContain(href);
    await page.close();
  });

  it('never dead-ends: no results offers the troubleshooter, popular guides and official contact', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/search/?q=xylophone`);
    await page.waitForSelector('[data-search-empty]:not([hidden])');
    const text = await page.textContent('[data-search-empty]');
    expect(text).toContain('xylophone');
    expect(await page.locator('[data-search-empty] a[href="/en/troubleshoot/"]').count()).toBe(1);
    expect(await page.locator('[data-search-empty] a[href="/en/contact/"]').count()).toBe(1);
    await page.close();
  });

  it('says plainly when the index cannot load, and links to the categories', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${origin}/en/search/?q=refund`);
    await page.waitForSelector('[data-search-error]:not([hidden])');
    expect(await page.locator('[data-search-error] a[href^="/en/categories/"]').count()).toBeGreaterThan(3);
    await page.close();
  });
});
