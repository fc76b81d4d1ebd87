/**
 * Search that shows the answer: a visible state while the index downloads, a
 * notice when a long question is cut, body excerpts, and FAQ hits that land on
 * the open answer.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { searchTransfer } from '../search/transfer.ts';
import { useBrowser } from './support/chromium.ts';
import { watchProblems } from './support/site.ts';

const origin = inject('origin');
const browser = useBrowser();
const headerInput = 'header kb-search input[type=search]';
const dist = process.env['SITE_DIST'] ?? join(process.cwd(), 'dist');
const KiB = 1024;

/** Holds every request for Pagefind's wasm until `release` is called, as a very slow link would. */
async function holdWasm(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route('**/pagefind/wasm.*', async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return () => {
    released = true;
    for (const route of held) void route.continue();
  };
}

describe('while the first search downloads the index', () => {
  it.each([
    ['the header box', '/en/articles/lost-phone/', 'header [data-search-state]', 'header [data-search-result]'],
    ['the search page', '/en/search/', '[data-search-page] [data-search-state]', '[data-search-page] [data-search-result]'],
  ])('%s says it is searching, then shows results and drops the notice', async (_, path, state, result) => {
    const page = await browser.newPage();
    const release = await holdWasm(page);
    await page.goto(origin + path);
    const input = path.includes('/search/') ? '#page-search-q' : headerInput;
    await page.focus(input);
    await page.keyboard.type('charged twice');
    await page.waitForSelector(`${state}:not([hidden])`);
    expect(await page.textContent(state)).toBe('Searching…');
    expect(await page.locator(result).count()).toBe(0);
    release();
    await page.waitForSelector(result);
    expect(await page.isHidden(state)).toBe(true);
    await page.close();
  });
});

describe('focusing the header box', () => {
  it('starts downloading Pagefind and the aliases before anything is typed, and a search then finds results', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${origin}/zh-cn/articles/lost-phone/`, { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    // The reader is about to search: the runtime, its wasm and the alias file come while they type.
    const wasm = page.waitForResponse((response) => response.url().includes('/pagefind/wasm.'));
    const aliases = page.waitForResponse((response) => response.url().endsWith('/zh-cn/search-aliases.json'));
    await page.focus(headerInput);
    await Promise.all([wasm, aliases]);
    // Nothing was searched yet: no index chunk, no result text.
    expect(fetched.filter((path) => path.startsWith('/pagefind/index/') || path.startsWith('/pagefind/fragment/'))).toEqual([]);
    await page.keyboard.type('忘记密码');
    await page.waitForSelector('header [data-search-result]');
    expect(await page.locator('header [data-search-result]').first().getAttribute('href')).toBe('/zh-cn/articles/forgot-password/');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a very long question', () => {
  it('is cut to its first 500 characters, with a notice, and still finds the answer (header box)', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${origin}/zh-cn/articles/lost-phone/`);
    await page.fill(headerInput, `扣了两次钱${'，商家说只收到一笔'.repeat(80)}`);
    await page.waitForSelector('header [data-search-result]');
    expect(await page.textContent('header [data-search-state]')).toBe('问题太长，只按前 500 个字搜索。');
    expect(await page.locator('header [data-search-result]').first().getAttribute('href')).toBe('/zh-cn/articles/duplicate-charge/');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  // Pagefind is asked only the first 120 characters (each word costs an index chunk); the point of
  // these stories comes after them, and the first 120 characters alone find other articles.
  it.each([
    ['We were travelling by train for two days with no signal and I only opened the app again this morning at the hotel, and there is a new device in my login list that is not mine and my email was changed', '/en/articles/account-compromised/'],
    ['My daughter set this up for me last year and I mostly use it for the market and the pharmacy and the bus, but today the cashier said my code was refused twice and I had to pay cash, why does the payment code not work', '/en/articles/qr-payment-not-working/'],
  ])('of a long story is read to its end: "%s"', async (story, answer) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/search/?q=${encodeURIComponent(story)}`);
    await page.waitForSelector('[data-search-page] [data-search-result]');
    expect(await page.locator('[data-search-page] [data-search-result]').first().getAttribute('href')).toBe(answer);
    expect(await page.isHidden('[data-search-page] [data-search-state]')).toBe(true);
    await page.close();
  });

  it('of 100 KB pasted into the search page is cut, said so, and kept out of the address bar', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/search/`);
    await page.fill('#page-search-q', '付款失败但是钱被扣了'.repeat(10_000));
    await page.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '').includes('500'));
    expect(await page.textContent('[data-search-page] [data-search-state]')).toContain('只按前 500 个字搜索');
    expect(decodeURIComponent(new URL(page.url()).search).length).toBeLessThan(600);
    await page.close();
  });

  it('of up to 500 characters gets no notice', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/search/?q=${encodeURIComponent('x'.repeat(500))}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '') !== '');
    expect(await page.isHidden('[data-search-page] [data-search-state]')).toBe(true);
    await page.close();
  });
});

describe('results', () => {
  it.each([
    ['en', 'all of our official channels'],
    ['en', 'CVV'],
    ['zh-cn', '全部的官方渠道'],
    ['zh-cn', 'CVV'],
  ])('for words of the contact card and never-ask box in %s ("%s") are not every page that shows the box', async (locale, query) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '') !== '');
    // Every article (24 per language) embeds these boxes; only pages that say it in their own
    // text may match (seven English guides end with "…or use the official channels below").
    expect(await page.locator('[data-search-page] [data-search-result]').count()).toBeLessThan(10);
    await page.close();
  });

  it.each([
    ['zh-cn', '扣了两次钱'],
    ['en', 'charged twice'],
    ['zh-cn', '手机丢了'],
  ])('in %s for "%s" quote the page text, not its alias line', async (locale, query) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search-page] [data-search-result]');
    const excerpts = await page.$$eval('[data-search-page] .hit-excerpt', (items) => items.map((item) => item.textContent ?? ''));
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/ · |大家也这样搜|People also search/);
    await page.close();
  });
});

describe('the FAQ', () => {
  it('appears in results as the question that matched, linked to its anchor, and that answer is open on arrival', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/search/?q=${encodeURIComponent('payment failed money taken')}&kind=faq`);
    await page.waitForSelector('[data-search-page] [data-search-result]');
    const link = page.locator('[data-search-page] [data-search-result]').first();
    expect(await link.getAttribute('href')).toBe('/en/faq/#payment-failed-charged');
    expect(await link.textContent()).toBe('The payment failed but money was taken. What now?');
    await Promise.all([page.waitForURL('**/en/faq/#payment-failed-charged'), link.click()]);
    await page.waitForFunction(() => document.getElementById('payment-failed-charged')?.closest('details')?.open === true);
    expect(await page.locator('details[open]').count()).toBe(1);
    await page.close();
  });

  it('opens the answer for a link followed within the page and for one arrived at', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/faq/#sent-to-wrong-person`);
    await page.waitForFunction(() => document.getElementById('sent-to-wrong-person')?.closest('details')?.open === true);
    await page.evaluate(() => {
      location.hash = 'payment-stuck-processing';
    });
    await page.waitForFunction(() => document.getElementById('payment-stuck-processing')?.closest('details')?.open === true);
    await page.close();
  });

  it.each(['zh-cn', 'en'])('names the guide in every “read the full guide” link (%s)', async (locale) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/${locale}/faq/`);
    const texts = await page.$$eval('.faq-answer a', (links) => links.map((link) => link.textContent ?? ''));
    expect(texts.length).toBeGreaterThanOrEqual(40);
    for (const text of texts) expect(text).toMatch(locale === 'en' ? /^Read the full guide: \S/ : /^查看完整指南：\S/);
    expect(new Set(texts).size).toBeGreaterThan(10);
    await page.close();
  });

  it('keeps the disclosure marker inside the page margin on a 360 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/zh-cn/faq/`);
    const boxes = await page.$$eval('.faq-entry summary', (summaries) =>
      summaries.map((summary) => ({ summary: summary.getBoundingClientRect().left, heading: summary.querySelector('h3')?.getBoundingClientRect().left ?? 0, marker: getComputedStyle(summary, '::before').content })),
    );
    for (const box of boxes) {
      expect(box.summary).toBeGreaterThanOrEqual(8);
      // The marker takes room inside the summary, so the question starts after it.
      expect(box.heading).toBeGreaterThan(box.summary + 4);
      expect(box.marker).not.toBe('none');
    }
    await context.close();
  });
});

describe('what a first search downloads', () => {
  // Counted as a server sends it: text gzipped, Pagefind's compressed files as they are.
  // Issue #11: at most 130 KiB for the first search from the header, 50 KiB for the next.
  // The fixed part (Pagefind's script and wasm, our search code, the alias file with the learned
  // ranker's weights, about 25 KiB) is about 100 KiB; the rest is index chunks (one per word, pagefind-index.ts) and six fragments.
  it.each([
    ['zh-cn', '忘记密码', '扣了两次钱'],
    ['en', 'forgot password', 'charged twice'],
    // A story: more words, more variants, more chunks.
    ['zh-cn', '付款失败但是钱被扣了', '账户被冻结'],
  ] as const)('in %s, "%s" then "%s" stay within 130 KiB and 50 KiB, with no worker and no more search code than 7.4 KiB', async (locale, first, next) => {
    const transfer = await searchTransfer(browser, origin, dist, locale, first, next);
    const paths = (files: readonly { path: string }[]): string[] => files.map((file) => file.path);
    // Guards the measurement: both searches reached the index and the result texts.
    for (const files of [transfer.first.files, transfer.next.files]) {
      expect(paths(files)).toContainEqual(expect.stringMatching(/^\/pagefind\/fragment\//));
    }
    expect(paths(transfer.first.files)).toContainEqual(expect.stringMatching(/^\/pagefind\/index\//));
    expect(transfer.first.bytes).toBeLessThanOrEqual(130 * KiB);
    expect(transfer.next.bytes).toBeLessThanOrEqual(50 * KiB);
    expect(paths(transfer.first.files)).not.toContainEqual(expect.stringContaining('pagefind-worker'));
    const code = transfer.first.files.filter((file) => file.path.startsWith('/_astro/')).reduce((sum, file) => sum + file.bytes, 0);
    // 6 KiB before the zero-result counter (issue #13) hooked into the search box; 6.5 KiB with the
    // intent cues for every common problem (issue #11); 6.6 KiB once the box also starts the
    // runtime download on focus (issue #11, the first search on a slow link), 6,668 B; 7.2 KiB with
    // the learned ranker's scoring and the reader of its packed weights (query-classifier.ts; its
    // training runs at build time only), 7,439 B; 7.4 KiB once the ranker reads negations' scope
    // ("not the login one"; English recall@1 on twelve seen sets 0.943 → 0.952). Measured: 7,537 B.
    expect(code).toBeLessThanOrEqual(7.4 * KiB);
  });

  it('splits the index of each language into chunks of a few KiB, so a word costs little to look up', () => {
    const folder = join(dist, 'pagefind', 'index');
    const chunks = readdirSync(folder).map((name) => ({ name, bytes: statSync(join(folder, name)).size }));
    for (const locale of ['zh-cn', 'en']) {
      const own = chunks.filter((chunk) => chunk.name.startsWith(`${locale}_`));
      // With Pagefind's default of 20 000 words a chunk, the Chinese index was five chunks of 32 KiB;
      // at 1 000 they are about 2 KiB (one very common word can fill a chunk of its own).
      expect(own.length, locale).toBeGreaterThan(5);
      for (const chunk of own) expect(chunk.bytes, chunk.name).toBeLessThanOrEqual(4 * KiB);
    }
  });

  it('indexes an article from its title on, without the badges and reading time above it', () => {
    const folder = join(dist, 'pagefind', 'fragment');
    // A fragment is gzip of "pagefind_dcd" and the page's JSON; Chinese text has a zero-width space between words.
    const pages = readdirSync(folder).map((name) => JSON.parse(gunzipSync(readFileSync(join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: { title?: string } });
    const articles = pages.filter((page) => page.url.includes('/articles/'));
    expect(articles.length).toBeGreaterThan(40);
    for (const page of articles) {
      const text = page.content.replaceAll('\u200b', '').replace(/\s+/g, ' ');
      expect(text.startsWith(page.meta.title ?? '\u0000'), page.url).toBe(true);
      for (const furniture of ['How-to guide', 'Urgent: act now', '操作指南', '紧急：请立即处理']) expect(text, page.url).not.toContain(furniture);
    }
  });
});
