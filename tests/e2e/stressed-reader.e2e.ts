/**
 * A stressed reader on a 360 × 800 phone: the first action and the hotline
 * without scrolling on every urgent or critical guide and on the home page,
 * the contact channels before the warning, a branded 404 with a way out, and a
 * language switch that keeps the reader's search or answers.
 */
import { describe, expect, inject, it } from 'vitest';
import { publishedArticles } from '../../src/pipeline/article-index.ts';
import { checkProject } from '../../src/pipeline/run-check.ts';
import { localeToSegment } from '../../src/lib/locales.ts';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/chromium.ts';

const origin = inject('origin');
const browser = useBrowser();
const PHONE = { width: 360, height: 800 };
const { content } = checkProject(process.cwd());
const hotline = content.contacts.channels.find((channel) => channel.id === 'hotline');
const telHref = `tel:${(hotline?.value ?? '').replace(/[^\d+]/g, '')}`;

const urgentGuides = publishedArticles(content)
  .filter((article) => !article.isFallback && article.record.data.kind === 'guide' && article.record.data.urgency !== 'normal')
  .map((article) => `/${localeToSegment(article.locale)}/articles/${article.slug}/`);

describe('the stressed reader on a phone', () => {
  it('has urgent and critical guides to check in both languages', () => {
    expect(urgentGuides.filter((path) => path.startsWith('/zh-cn/')).length).toBeGreaterThanOrEqual(8);
    expect(urgentGuides.filter((path) => path.startsWith('/en/')).length).toBeGreaterThanOrEqual(8);
  });

  it.each([true, false])('shows every urgent guide\'s first action and the hotline on the first screen (JavaScript %s)', async (javaScriptEnabled) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await context.newPage();
    const report: string[] = [];
    for (const path of urgentGuides) {
      await page.goto(origin + path);
      const box = await page.locator('[data-first-action]').boundingBox();
      const tel = page.locator(`[data-first-action] a[href="${telHref}"]`);
      const call = await tel.boundingBox();
      if (!box || !call) {
        report.push(`${path}: no first-action box with the registry hotline`);
        continue;
      }
      if (box.y + box.height >= PHONE.height) report.push(`${path}: box bottom at ${Math.round(box.y + box.height)} px`);
      if (!(await tel.isVisible()) || call.y + call.height > PHONE.height) report.push(`${path}: hotline not visible without scrolling`);
      // Right under the title: before the lead, the dates and the table of contents.
      const order = await page.evaluate(() => {
        const first = document.querySelector('[data-first-action]');
        const later = [...document.querySelectorAll('.lead, .dates, .toc')];
        return first ? later.every((node) => first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
      });
      if (!order) report.push(`${path}: the box is not before the lead, dates and table of contents`);
    }
    await context.close();
    expect(report).toEqual([]);
  });

  it.each(['zh-cn', 'en'])('puts the emergency strip with the hotline on the first screen of the %s home page', async (segment) => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${origin}/${segment}/`);
    const call = await page.locator(`[data-urgent-strip] a[href="${telHref}"]`).boundingBox();
    const strip = await page.locator('[data-urgent-strip]').boundingBox();
    expect(call && call.y + call.height).toBeLessThan(PHONE.height);
    expect(strip && strip.y).toBeLessThan(PHONE.height / 2);
    const links = await page.locator('[data-urgent-strip] ul a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual([
      `/${segment}/articles/account-compromised/#first-action`,
      `/${segment}/articles/unauthorized-transaction/`,
      `/${segment}/articles/account-compromised/`,
      `/${segment}/articles/recognize-scams/`,
      `/${segment}/verify/`,
    ]);
    await page.close();
  });

  it.each(['zh-cn', 'en'])('lists the %s contact channels before the never-ask warning', async (segment) => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${origin}/${segment}/contact/`);
    const before = await page.evaluate(() => {
      const channels = document.querySelector('main .channels');
      const warning = document.querySelector('main [data-never-ask], main .never-ask');
      return Boolean(channels && warning && channels.compareDocumentPosition(warning) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await page.close();
  });

  it('answers a missing page with a 404 that has the header, search in both languages, the hotline and the most-used guides', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const response = await page.goto(`${origin}/zh-cn/articles/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('header.site-header a.brand').count()).toBe(1);
    expect(await page.locator('main form[role=search]').count()).toBe(2);
    expect(await page.locator(`main a[href="${telHref}"]`).count()).toBe(2);
    expect(await page.locator('main a[href="/zh-cn/articles/account-compromised/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/en/articles/account-compromised/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the search query when the reader switches language on the search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/search/?q=${encodeURIComponent('扣了两次钱')}`);
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>('a[data-lang-switch]')?.href.includes('?q='));
    const href = new URL((await page.getAttribute('a[data-lang-switch]', 'href')) ?? '', origin);
    expect(href.pathname).toBe('/en/search/');
    expect(href.searchParams.get('q')).toBe('扣了两次钱');
    await page.close();
  });

  it('keeps the troubleshooter answers when the reader switches language', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/troubleshoot/`);
    await page.click('a[data-answer="payment-failed"]');
    await page.waitForURL('**/en/troubleshoot/payment-failed/**');
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>('a[data-lang-switch]')?.href.includes('path='));
    const href = new URL((await page.getAttribute('a[data-lang-switch]', 'href')) ?? '', origin);
    expect(href.pathname.startsWith('/zh-cn/troubleshoot/payment-failed/')).toBe(true);
    expect(href.searchParams.get('from')).toBe('what-is-wrong');
    expect(href.searchParams.get('path')).toBe('payment-failed');
    await page.close();
  });

  it.each([true, false])('starts the troubleshooter with no Back link, each answer once and the urgent ones first (JavaScript %s)', async (javaScriptEnabled) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${origin}/zh-cn/troubleshoot/`);
    expect(await page.locator('[data-ts-back]').isVisible()).toBe(false);
    const answers = await page.locator('a[data-answer]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('data-answer')));
    expect(answers.slice(0, 3)).toEqual(['account-stolen', 'unknown-payment', 'fake-support']);
    expect(await page.locator('a[data-answer].urgent').count()).toBe(3);
    // No second list of the same troubleshooters under the question.
    const offered = await page.locator('main a[href^="/zh-cn/troubleshoot/"]:not([data-answer]):not([data-ts-nav])').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(offered.filter((href) => href?.endsWith('/payment-failed/'))).toEqual([]);
    await context.close();
  });
});
