import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/chromium.ts';
import { resolveFile } from './support/static-server.ts';
import { distDir, watchProblems } from './support/site.ts';

const origin = inject('origin');
const browser = useBrowser();

const dist = distDir();
const scriptsOn = async (path: string): Promise<string[]> => {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.close();
  return scripts;
};
const gzipOf = (paths: readonly string[]): number => paths.reduce((sum, path) => sum + gzipSync(readFileSync(resolveFile(dist, path) ?? '')).length, 0);

type PublishedTree = { id: string; start: string; nodes: { id: string; type: string }[] };
/**
 * The trees as the built site publishes them (one file per tree and language, holding that tree
 * and the trees it leads to), read when the tests are collected: one test per tree and language.
 */
const treesDir = join(dist, 'zh-cn', 'troubleshoot');
const trees = readdirSync(treesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const id = name.replace(/\.json$/, '');
    const tree = (JSON.parse(readFileSync(join(treesDir, name), 'utf8')) as PublishedTree[]).find((candidate) => candidate.id === id);
    if (!tree) throw new Error(`${name} does not hold the tree ${id}`);
    return tree;
  });
const nodePath = (locale: string, tree: (typeof trees)[number], node: string): string =>
  node === tree.start ? `/${locale}/troubleshoot/${tree.id}/` : `/${locale}/troubleshoot/${tree.id}/${node}/`;

// One test per tree and language, each visiting that tree's node pages once, so a new tree adds a
// test instead of lengthening one; two run at a time (maxConcurrency in vitest.config.ts).
describe.concurrent('the troubleshooter without JavaScript', () => {
  it.each(['zh-cn', 'en'].flatMap((locale) => trees.map((tree) => ({ locale, tree, name: tree.id }))))(
    'serves every node of $name ($locale): answers lead to pages that exist, outcomes give a guide or next page, the contact card and a summary',
    async ({ locale, tree }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const node of tree.nodes) {
        const path = nodePath(locale, tree, node.id);
        const response = await page.goto(origin + path);
        expect(response?.status(), path).toBe(200);
        const answers = await page.$$eval('[data-answer]', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        if (node.type === 'question') {
          expect(answers.length, `${path} is a question without answers`).toBeGreaterThan(0);
          expect(answers.filter((answer) => !resolveFile(dist, answer)), `${path} links to pages that do not exist`).toEqual([]);
        } else {
          expect(answers, `${path} is an outcome with answers`).toEqual([]);
          const next = await page.locator('[data-outcome], [data-outcome-link]').count();
          expect(next, `${path} is an outcome without a guide or next page`).toBeGreaterThan(0);
          expect(await page.locator('[data-contact-card] [data-never-ask]').count(), `${path} lacks the contact card`).toBe(1);
          expect(await page.inputValue('[data-ts-summary-text]'), path).not.toBe('');
        }
      }
      await context.close();
    },
  );
});

describe('the troubleshooter with JavaScript', () => {
  it('answers in place by keyboard: no reload, the URL follows, focus and announcement move, Back works', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${origin}/en/troubleshoot/what-is-wrong/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    const firstQuestion = await page.textContent('[data-ts-heading]');
    await page.focus('[data-answer]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((before) => document.querySelector('[data-ts-heading]')?.textContent !== before, firstQuestion);
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(page.url()).toMatch(/\?from=what-is-wrong&path=/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-ts-heading'))).toBe(true);
    expect((await page.textContent('[data-ts-live]'))?.trim()).toBe((await page.textContent('[data-ts-heading]'))?.trim());
    await page.goBack();
    await page.waitForFunction((before) => document.querySelector('[data-ts-heading]')?.textContent === before, firstQuestion);
    expect(new URL(page.url()).search).toBe('');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the answers the reader actually gave, not another route to the same outcome', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/troubleshoot/`, { waitUntil: 'networkidle' });
    for (const option of ['fake-support', 'sent-money']) {
      const before = await page.textContent('[data-ts-heading]');
      await page.click(`[data-answer="${option}"]`);
      await page.waitForFunction((text) => document.querySelector('[data-ts-heading]')?.textContent !== text, before);
    }
    expect(new URL(page.url()).searchParams.get('path')).toBe('fake-support.sent-money');
    await page.waitForFunction(() => document.querySelectorAll('[data-ts-answers] li').length === 2);
    const answers = await page.$$eval('[data-ts-answers] li', (items) => items.map((item) => item.textContent ?? ''));
    expect(answers[0]).toContain('自称客服');
    expect(answers[1]).toContain('转了钱');
    const summary = await page.inputValue('[data-ts-summary-text]');
    expect(summary).toContain('自称客服');
    expect(summary).not.toContain('验证码或密码告诉了别人');
    // The browser's Back walks the questions the reader saw, then leaves for the hub.
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[data-answer="sent-money"]').length === 1);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[data-answer="fake-support"]').length === 1);
    // The page's own Back link does the same.
    await page.click('[data-answer="fake-support"]');
    await page.waitForSelector('[data-answer="sent-money"]');
    await page.click('[data-answer="sent-money"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-answer]').length === 0);
    await page.click('[data-ts-back]');
    await page.waitForFunction(() => document.querySelectorAll('[data-answer="sent-money"]').length === 1);
    await page.close();
  });

  it('states no answer history on a node page opened without one, and says so in the summary', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/en/troubleshoot/account-security/scammed/`);
    expect(await page.isHidden('[data-ts-answers]')).toBe(true);
    expect(await page.inputValue('[data-ts-summary-text]')).not.toContain('My answers');
    await context.close();
  });

  it('answers an embedded troubleshooter inside its article without leaving the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/articles/transaction-failed/`, { waitUntil: 'networkidle' });
    const embed = page.locator('.embedded-troubleshooter kb-troubleshooter');
    const before = await embed.locator('[data-ts-heading]').textContent();
    await embed.locator('[data-answer]').first().click();
    await page.waitForFunction((text) => document.querySelector('.embedded-troubleshooter [data-ts-heading]')?.textContent !== text, before);
    expect(new URL(page.url()).pathname).toBe('/en/articles/transaction-failed/');
    expect(await embed.locator('[data-ts-heading]').evaluate((heading) => heading.tagName)).toBe('H3');
    expect(await embed.locator('[data-ts-open-full]').count()).toBe(1);
    await page.close();
  });

  it('recovers a tampered link to the furthest valid step with a notice', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-cn/troubleshoot/what-is-wrong/`, { waitUntil: 'networkidle' });
    const first = await page.getAttribute('[data-answer]', 'data-answer');
    const target = await page.getAttribute('[data-answer]', 'href');
    await page.goto(`${origin}${(target ?? '').split('?')[0]}?from=what-is-wrong&path=${first}.not-an-answer.zzz`);
    await page.waitForSelector('[data-ts-notice]:not([hidden])');
    expect(await page.textContent('[data-ts-notice]')).toContain('失效');
    await page.close();
  });

  it('builds a case summary from the answers and strips codes and card numbers before copying', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/en/troubleshoot/what-is-wrong/`, { waitUntil: 'networkidle' });
    while ((await page.locator('[data-answer]').count()) > 0) {
      const before = await page.textContent('[data-ts-heading]');
      await page.click('[data-answer]');
      await page.waitForFunction((text) => document.querySelector('[data-ts-heading]')?.textContent !== text, before);
    }
    await page.click('[data-ts-summary] > summary');
    await page.fill('[data-ts-fields] [name=description]', 'They asked for code 493817 and my card 4111 1111 1111 1111');
    // The summary is rebuilt asynchronously (the trees load on first use): wait for the reader's words to appear.
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('[data-ts-summary-text]')?.value ?? '').includes('They asked for code'));
    const summary = await page.inputValue('[data-ts-summary-text]');
    expect(summary).not.toContain('493817');
    expect(summary).not.toContain('4111');
    expect(summary).toContain('[removed]');
    expect(summary).toContain('My answers');
    expect(await page.isVisible('[data-ts-redacted]')).toBe(true);
    await page.click('[data-ts-copy]');
    await page.waitForFunction(() => (document.querySelector('[data-ts-copy-status]')?.textContent ?? '') !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);
    expect(await page.getAttribute('[data-ts-mail]', 'href')).toContain(encodeURIComponent('[removed]'));
    await context.close();
  });

  // 6 KiB until the outcome's feedback loader, the summary's message reader and the language switch's answer-path carrier joined it.
  it('keeps troubleshooter JavaScript within 7 KiB gzip, and loads none on pages without one', async () => {
    const plain = await scriptsOn('/en/articles/what-is-a-digital-wallet/');
    const withTroubleshooter = await scriptsOn('/en/troubleshoot/what-is-wrong/');
    const own = withTroubleshooter.filter((path) => !plain.includes(path));
    expect(own.length).toBeGreaterThan(0);
    expect(gzipOf(own)).toBeLessThanOrEqual(7 * 1024);
    expect(plain.some((path) => path.includes('roubleshoot'))).toBe(false);
  });
});
