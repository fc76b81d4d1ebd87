/**
 * Reader feedback end to end: the site built with FEEDBACK_ENDPOINT pointing at
 * a collector this file starts (random port, temporary database), real
 * Chromium, and the editors' report read back through the CLI. The endpoint is
 * baked into the pages' CSP, so that build is a second one, into a temporary
 * directory; the usual dist/ (built without the variable) proves that nothing
 * leaves the browser by default.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/feedback/engine/report.ts';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/chromium.ts';
import { watchProblems } from './support/site.ts';
import { startStaticServer } from './support/static-server.ts';

const run = promisify(execFile);
const browser = useBrowser();
const plainOrigin = inject('origin');
const work = mkdtempSync(join(tmpdir(), 'feedback-e2e-'));
const site = join(work, 'dist');
const db = join(work, 'feedback.sqlite');
const CLI = ['src/cli/feedback.ts'];

let port = 0;
let collector: ChildProcess | undefined;
let siteServer: Server | undefined;
let siteOrigin = '';
const endpoint = (): string => `http://127.0.0.1:${port}`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

/** Starts `npm run feedback -- serve` and waits for its "listening" line. */
function startCollector(): Promise<void> {
  const child = spawn(process.execPath, [...CLI, 'serve', '--port', String(port), '--db', db, '--site', site], { stdio: ['ignore', 'pipe', 'inherit'] });
  collector = child;
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the collector exited with ${String(code)}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.includes('listening on')) resolve();
    });
  });
}

function stopCollector(): Promise<void> {
  const child = collector;
  collector = undefined;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function report(): Promise<Report> {
  const { stdout } = await run(process.execPath, [...CLI, 'report', '--db', db, '--site', site, '--format', 'json']);
  return JSON.parse(stdout) as Report;
}

/** sendBeacon is fire-and-forget: poll the database (a bounded number of times) until `done` holds. */
async function reportWhen(done: (report: Report) => boolean): Promise<Report> {
  let latest = await report();
  for (let attempt = 0; attempt < 50 && !done(latest); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    latest = await report();
  }
  return latest;
}

const send = (body: string, origin = siteOrigin): Promise<Response> =>
  fetch(`${endpoint()}/v1/events`, { method: 'POST', body, headers: { Origin: origin, 'Content-Type': 'text/plain' } });
/** The report without its period, which moves with the clock. */
const counts = ({ articles, searches }: Report): Pick<Report, 'articles' | 'searches'> => ({ articles, searches });
const votes = (result: Report, locale: string, slug: string) => result.articles.find((row) => row.locale === locale && row.slug === slug);

const VITEST_VARIABLES = /^(?:NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL|VITEST.*)$/;
const buildEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));

beforeAll(async () => {
  port = await freePort();
  await run(join('node_modules', '.bin', 'astro'), ['build', '--outDir', site], {
    // Without the variables Vitest sets (NODE_ENV=test, PROD='', DEV=1 …): Vite would read them as
    // import.meta.env, and a non-production build re-reads the content for every page.
    env: { ...buildEnv(), FEEDBACK_ENDPOINT: endpoint() },
    maxBuffer: 64 * 1024 * 1024,
  });
  await startCollector();
  const started = await startStaticServer(site);
  siteServer = started.server;
  siteOrigin = started.origin;
}, 600_000);

afterAll(async () => {
  await stopCollector();
  await new Promise((resolve) => siteServer?.close(resolve) ?? resolve(undefined));
  rmSync(work, { recursive: true, force: true });
});

/** The widget loads its script when it comes near the viewport; until then it is a plain form. */
async function widgetReady(page: Page): Promise<void> {
  await page.locator('[data-feedback]').scrollIntoViewIfNeeded();
  await page.locator('[data-feedback][data-ready]').waitFor({ state: 'attached' });
}

async function open(path: string, origin = siteOrigin): Promise<{ page: Page; problems: ReturnType<typeof watchProblems> }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe('reader feedback with a collector', () => {
  it('allows exactly the collector in the CSP', async () => {
    const { page } = await open('/zh-cn/articles/forgot-password/');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(csp).toContain(`connect-src 'self' ${endpoint()};`);
    expect(csp).toContain(`form-action 'self' ${endpoint()}`);
    await page.close();
  });

  it('takes a "no" with a reason on a Chinese guide by keyboard, then shows the next steps', async () => {
    const { page, problems } = await open('/zh-cn/articles/forgot-password/');
    const widget = page.locator('[data-feedback]');
    await widgetReady(page);
    expect(await widget.locator('[data-feedback-details]').isHidden()).toBe(true);
    await widget.locator('[data-feedback-vote="no"]').focus();
    await page.keyboard.press('Enter');
    // The reasons come from the follow-up page, fetched on this first "no"; focus moves to the first.
    await widget.locator('[data-feedback-reason]:focus').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('steps-failed');
    expect(await widget.locator('[data-feedback-vote="no"]').getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('hard-to-understand');
    await widget.locator('[data-feedback-comment]').fill('步骤三看不懂，验证码 483920 已经收到');
    await widget.locator('[data-feedback-submit]').click();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-feedback-thanks'))).toBe(true);
    expect(await widget.locator('[data-feedback-next]').isVisible()).toBe(true);
    // The next steps offer this guide's most related one, though they came from the shared follow-up page.
    expect(await widget.locator('[data-feedback-related] a').getAttribute('href')).toMatch(/^\/zh-cn\/articles\/[a-z-]+\/$/);
    expect(await widget.locator('[data-feedback-redacted]').isVisible()).toBe(true);
    const result = await reportWhen((current) => (votes(current, 'zh-CN', 'forgot-password')?.no ?? 0) > 0);
    expect(votes(result, 'zh-CN', 'forgot-password')).toMatchObject({ yes: 0, no: 1, reasons: { 'hard-to-understand': 1 }, file: 'content/articles/zh-CN/forgot-password.mdx' });
    expect(votes(result, 'zh-CN', 'forgot-password')?.comments[0]?.text).toBe('步骤三看不懂，验证码 [redacted] 已经收到');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.close();
  });

  it('takes a "yes" on an English guide with one click and says thank you', async () => {
    const { page, problems } = await open('/en/articles/refund-status/');
    await widgetReady(page);
    await page.click('[data-feedback-vote="yes"]');
    expect(await page.locator('[data-feedback-thanks]').isVisible()).toBe(true);
    expect(await page.locator('[data-feedback-vote]').first().isVisible()).toBe(false);
    const result = await reportWhen((current) => (votes(current, 'en', 'refund-status')?.yes ?? 0) > 0);
    expect(votes(result, 'en', 'refund-status')).toMatchObject({ yes: 1, no: 0, helpful: 100 });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.close();
  });

  it('counts a search that finds nothing, once, normalised', async () => {
    const { page } = await open('/zh-cn/search/?q=%E2%80%83Zqxwv%20Plorb');
    await page.locator('[data-search-empty]').waitFor({ state: 'visible' });
    // Leaving the page sends what has settled.
    await page.goto(`${siteOrigin}/zh-cn/`);
    const result = await reportWhen((current) => current.searches.some((row) => row.query === 'zqxwv plorb'));
    expect(result.searches).toContainEqual(expect.objectContaining({ locale: 'zh-CN', query: 'zqxwv plorb', count: 1 }));
    await page.close();
  });

  it('votes without JavaScript by a plain form POST and comes back to a thank-you', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/en/articles/forgot-password/`);
    // The article carries only the two votes; "no" leads to the follow-up page with the reasons.
    expect(await page.locator('[data-feedback-reason]').count()).toBe(0);
    await page.click('[data-feedback-vote="no"]');
    await page.waitForURL(/\/en\/feedback\/article\/forgot-password\/\??$/);
    await page.check('[data-feedback-reason][value="out-of-date"]');
    await page.click('[data-feedback-submit]');
    await page.waitForURL(/#feedback-thanks$/);
    expect(new URL(page.url()).pathname).toBe('/en/articles/forgot-password/');
    expect(await page.locator('[data-feedback-thanks]').isVisible()).toBe(true);
    expect(votes(await report(), 'en', 'forgot-password')).toMatchObject({ no: 1, reasons: { 'out-of-date': 1 } });
    await context.close();
  });

  it('offers the follow-up form on a page of its own, accessible and out of the sitemap', async () => {
    const { page, problems } = await open('/zh-cn/feedback/article/forgot-password/');
    expect(await page.locator('form[data-feedback-follow-up]').isVisible()).toBe(true);
    expect(await page.locator('[data-feedback-next] a[href="/zh-cn/troubleshoot/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(readFileSync(join(site, 'sitemap-0.xml'), 'utf8')).not.toContain('/feedback/');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.close();
  });

  it('takes a vote on a troubleshooter outcome reached by answering in place', async () => {
    const { page, problems } = await open('/en/troubleshoot/payment-failed/');
    for (let step = 0; step < 10 && (await page.locator('[data-feedback]').count()) === 0; step += 1) {
      const answer = page.locator('a[data-answer]').first();
      const handle = await answer.elementHandle();
      await answer.click();
      // The view is swapped in place: wait until the answered question has gone.
      await page.waitForFunction((element) => !element?.isConnected, handle);
    }
    const widget = page.locator('[data-feedback]');
    await widgetReady(page);
    const slug = await widget.getAttribute('data-slug');
    expect(slug).toMatch(/^payment-failed\//);
    await widget.locator('[data-feedback-vote="yes"]').click();
    const result = await reportWhen((current) => current.articles.some((row) => row.target === 'outcome' && row.slug === slug));
    expect(result.articles.find((row) => row.slug === slug)).toMatchObject({ target: 'outcome', yes: 1, file: 'content/troubleshooters/payment-failed.yaml' });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.close();
  });

  it('refuses bad requests and stores none of them', async () => {
    const before = counts(await report());
    const valid = { type: 'vote', locale: 'en', target: 'article', slug: 'refund-status', vote: 'yes' };
    const refused = await Promise.all([
      send('{"type": "vote",'),
      send(JSON.stringify({ ...valid, vote: 42 })),
      send(JSON.stringify({ ...valid, slug: 'no-such-article' })),
      send(JSON.stringify({ ...valid, vote: 'no', comment: 'x'.repeat(5000) })),
      send(JSON.stringify(valid), 'https://evil.example'),
    ]);
    expect(refused.map((response) => response.status)).toEqual([400, 400, 422, 413, 403]);
    for (const response of refused) expect(await response.json()).toHaveProperty('error');
    expect(counts(await report())).toEqual(before);
  });

  it('rate-limits a burst of 500 and loses none of the events it acknowledged', async () => {
    const before = votes(await report(), 'en', 'refund-status')?.yes ?? 0;
    const event = JSON.stringify({ type: 'vote', locale: 'en', target: 'article', slug: 'refund-status', vote: 'yes' });
    const statuses = (await Promise.all(Array.from({ length: 500 }, () => send(event)))).map((response) => response.status);
    const accepted = statuses.filter((status) => status === 202).length;
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(400);
    expect(accepted + statuses.filter((status) => status === 429).length).toBe(500);
    expect(votes(await report(), 'en', 'refund-status')?.yes).toBe(before + accepted);
  });

  it('keeps every event across a restart and goes on accepting', async () => {
    const before = counts(await report());
    expect(before.articles.length).toBeGreaterThan(0);
    await stopCollector();
    await startCollector();
    expect(counts(await report())).toEqual(before);
    // The restart also forgot every rate-limit bucket (they are in memory only).
    expect((await send(JSON.stringify({ type: 'search-miss', locale: 'en', query: 'after restart' }))).status).toBe(202);
  });

  it('writes an HTML report with the chart and the three kinds of feedback', async () => {
    const { stdout } = await run(process.execPath, [...CLI, 'report', '--db', db, '--site', site, '--format', 'html']);
    expect(stdout).toContain('<svg');
    expect(stdout).toContain('content/articles/zh-CN/forgot-password.mdx');
    expect(stdout).toContain('zqxwv plorb');
  });
});

describe('reader feedback without FEEDBACK_ENDPOINT', () => {
  it('sends nothing when a reader votes, and offers the official e-mail instead', async () => {
    const page = await browser.newPage();
    await page.goto(`${plainOrigin}/zh-cn/articles/forgot-password/`, { waitUntil: 'networkidle' });
    expect(await page.locator('meta[name="kb-feedback-endpoint"]').count()).toBe(0);
    await widgetReady(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.click('[data-feedback-vote="no"]');
    await page.check('[data-feedback-reason][value="out-of-date"]');
    await page.fill('[data-feedback-comment]', '按钮不在这里了');
    await page.click('[data-feedback-submit]');
    expect(await page.locator('[data-feedback-thanks]').isVisible()).toBe(true);
    const mail = await page.getAttribute('[data-feedback-mail]', 'href');
    expect(mail).toMatch(/^mailto:support@example\.com\?subject=/);
    expect(decodeURIComponent(mail ?? '')).toContain('按钮不在这里了');
    // Leaving the page is when an unexplained "no" would go out; nothing may.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    // Only the shared follow-up form was fetched: the same URL on every page, so it tells the host nothing.
    expect(requests).toEqual([`GET ${plainOrigin}/zh-cn/feedback/article/`]);
    await page.close();
  });

  it('thanks a "no" whose reasons cannot be fetched (offline), having nowhere to send it anyway', async () => {
    const page = await browser.newPage();
    await page.route('**/en/feedback/article/', (route) => route.abort('internetdisconnected'));
    await page.goto(`${plainOrigin}/en/articles/forgot-password/`, { waitUntil: 'networkidle' });
    await widgetReady(page);
    await page.click('[data-feedback-vote="no"]');
    await page.locator('[data-feedback-thanks]').waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe('/en/articles/forgot-password/');
    expect(await page.locator('[data-feedback-reason]').count()).toBe(0);
    await page.close();
  });
});
