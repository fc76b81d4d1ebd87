/**
 * Offline after one visit, with the real service worker in Chromium. The site
 * is served through a switch in front of the static server, so "offline" is a
 * real network failure (the worker's own fetches fail too, not only the
 * page's) on top of context.setOffline, and another build can be put behind
 * the same origin as a new deploy.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './support/chromium.ts';
import { startStaticServer } from './support/static-server.ts';
import { watchProblems } from './support/site.ts';
import { registry } from '../unit/contact-check/registry.ts';
import { bundle, planBuild, PRECACHE_BUDGET_BYTES, readBuild } from '../../src/integrations/service-worker.ts';

const dist = process.env['SITE_DIST'] ?? join(process.cwd(), 'dist');
const browser = useBrowser();
const KiB = 1024;

/** A TCP switch: forwards to one static server, or drops every connection ("no network"). */
interface Switch {
  origin: string;
  serve: (root: string) => Promise<void>;
  down: () => void;
  close: () => Promise<void>;
}

async function startSwitch(): Promise<Switch> {
  let target: { port: number; close: () => void } | undefined;
  const open = new Set<Socket>();
  const dropAll = (): void => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  const stopTarget = (): void => {
    dropAll();
    target?.close();
    target = undefined;
  };
  const front = createServer((socket) => {
    if (!target) return void socket.destroy();
    const back = new Socket();
    open.add(socket).add(back);
    back.connect(target.port, '127.0.0.1');
    socket.pipe(back).pipe(socket);
    const end = (): void => {
      socket.destroy();
      back.destroy();
    };
    socket.on('error', end).on('close', end);
    back.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    serve: async (root) => {
      stopTarget();
      const { server, origin } = await startStaticServer(root);
      target = { port: Number(new URL(origin).port), close: () => server.close() };
    },
    down: stopTarget,
    close: async () => {
      stopTarget();
      await new Promise((resolve) => front.close(resolve));
    },
  };
}

let site: Switch;
const copies: string[] = [];
beforeAll(async () => {
  site = await startSwitch();
});
afterAll(async () => {
  await site.close();
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** A copy of the build to change, as another deploy would. */
function copyOfBuild(): string {
  const copy = mkdtempSync(join(tmpdir(), 'kb-offline-'));
  copies.push(copy);
  cpSync(dist, copy, { recursive: true });
  return copy;
}

const VERSION = /version:"([0-9a-f]{12})"/;
const versionIn = (root: string): string => VERSION.exec(readFileSync(join(root, 'sw.js'), 'utf8'))?.[1] ?? '';

/** Opens one page like a first-time reader and waits until the worker controls it (it takes over only once its precache is complete). */
async function firstVisit(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(site.origin + path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page };
}

async function goOffline(context: BrowserContext): Promise<void> {
  site.down();
  await context.setOffline(true);
}

const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

/** Waits in the page until the worker's caches are exactly those of `version` (none left for `version` empty). */
const untilCachesOf = (page: Page, version: string): Promise<void> =>
  page.evaluate(async (wanted) => {
    for (;;) {
      const names = await caches.keys();
      const done = wanted === '' ? names.length === 0 && (await navigator.serviceWorker.getRegistrations()).length === 0 : names.length > 0 && names.every((name) => name.includes(wanted));
      if (done) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, version);

const hotline = registry.channels.find((channel) => channel.id === 'hotline');
const hotlineHref = `tel:${(hotline?.value ?? 'missing').replace(/[^\d+]/g, '')}`;

const LOCALES = [
  {
    segment: 'zh-cn',
    urgentGuide: '/zh-cn/articles/unauthorized-transaction/',
    ordinaryArticle: '/zh-cn/articles/fees-and-limits/',
    query: '忘记密码',
    notice: '当前没有网络',
    offlineTitle: '当前没有网络',
  },
  {
    segment: 'en',
    urgentGuide: '/en/articles/unauthorized-transaction/',
    ordinaryArticle: '/en/articles/fees-and-limits/',
    query: 'forgot my password',
    notice: 'Offline — showing saved pages',
    offlineTitle: 'You are offline',
  },
] as const;

describe.each(LOCALES)('offline after one visit to /$segment/', (locale) => {
  it('opens the emergencies, the checker, the troubleshooter and search with no network, and the offline page for the rest', async () => {
    await site.serve(dist);
    const { context, page } = await firstVisit(`/${locale.segment}/`);
    const problems = watchProblems(page);
    await goOffline(context);

    // An urgent guide the reader never opened, with the polite notice.
    const guide = await page.goto(site.origin + locale.urgentGuide);
    expect(guide?.status()).toBe(200);
    expect(await page.getAttribute('article', 'data-article-slug')).toBe(locale.urgentGuide.split('/')[3]);
    await page.waitForFunction((text) => document.querySelector('[data-offline-notice]')?.textContent?.includes(text), locale.notice);
    expect(await page.getAttribute('[data-offline-notice]', 'aria-live')).toBe('polite');

    // The header search, never used online: runtime, index and fragments are saved.
    await page.focus('header kb-search input[type=search]');
    await page.keyboard.type(locale.query);
    await page.waitForSelector(`header [data-search-result][href="/${locale.segment}/articles/forgot-password/"]`);

    // The checker gives a verdict on a lookalike domain from a shared link.
    await page.goto(`${site.origin}/${locale.segment}/verify/?q=examp1e.com`);
    await page.waitForSelector('[data-verify-result][data-verdict="not-official"]');

    // The troubleshooter walks from its start (the entry tree's first question) to an outcome, answering in place.
    await page.goto(`${site.origin}/${locale.segment}/troubleshoot/`);
    await page.waitForSelector('kb-troubleshooter [data-answer]');
    for (let step = 0; step < 12 && (await page.locator('kb-troubleshooter .ts-outcome').count()) === 0; step += 1) {
      const before = await page.textContent('[data-ts-heading]');
      await page.click('kb-troubleshooter [data-answer] >> nth=0');
      await page.waitForFunction((heading) => document.querySelector('[data-ts-heading]')?.textContent !== heading, before);
    }
    expect(await page.locator('kb-troubleshooter .ts-outcome').count()).toBe(1);

    // An ordinary article that was never opened: the offline page, in the reader's language, with the hotline.
    await page.goto(site.origin + locale.ordinaryArticle);
    expect(await page.textContent('main h1')).toBe(locale.offlineTitle);
    expect(await page.getAttribute('html', 'lang')).toBe(locale.segment === 'en' ? 'en' : 'zh-CN');
    expect(await page.locator(`main a[href="${hotlineHref}"]`).count()).toBe(1);
    expect(await page.locator(`main a[href="${locale.urgentGuide}"]`).count()).toBe(1);
    expect(await page.locator(`main a[href="/${locale.segment}/verify/"]`).count()).toBe(1);

    expect(problems.consoleErrors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});

describe('saving as the reader reads', () => {
  it('keeps an ordinary article the reader opened online, and lists the saved languages only', async () => {
    await site.serve(dist);
    const { context, page } = await firstVisit('/en/');
    await page.goto(`${site.origin}/en/articles/fees-and-limits/`);
    // The worker stores the copy just after answering; wait for it rather than race it.
    await page.evaluate(async () => {
      while (!(await caches.match('/en/articles/fees-and-limits/'))) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const names = await cacheNames(page);
    expect(names.some((name) => name.endsWith('-en'))).toBe(true);
    expect(names.some((name) => name.endsWith('-zh-cn'))).toBe(false);
    await goOffline(context);
    await page.goto(`${site.origin}/en/articles/fees-and-limits/`);
    expect(await page.textContent('main h1')).not.toBe('You are offline');
    await context.close();
  });
});

describe('freshness', () => {
  it('replaces the old cache with a new deploy on the next visit, and asks the network first for the official contacts', async () => {
    await site.serve(dist);
    const { context, page } = await firstVisit('/zh-cn/');
    const oldVersion = versionIn(dist);
    expect((await cacheNames(page)).every((name) => name.includes(oldVersion))).toBe(true);

    const next = copyOfBuild();
    const newVersion = 'fedcba987654';
    writeFileSync(join(next, 'sw.js'), readFileSync(join(next, 'sw.js'), 'utf8').replace(VERSION, `version:"${newVersion}"`));
    const verifyPage = join(next, 'zh-cn', 'verify', 'index.html');
    writeFileSync(verifyPage, readFileSync(verifyPage, 'utf8').replace('<main ', '<main data-deploy="next" '));
    const channels = join(next, 'official-channels.json');
    writeFileSync(channels, readFileSync(channels, 'utf8').replace('"updated":', '"deploy":"next","updated":'));
    await site.serve(next);

    // Network first: the changed registry shows at once, before the new worker has even installed.
    expect(await page.evaluate(() => fetch('/official-channels.json').then((response) => response.text()))).toContain('"deploy":"next"');

    await page.goto(`${site.origin}/zh-cn/`);
    await untilCachesOf(page, newVersion);
    await goOffline(context);
    await page.goto(`${site.origin}/zh-cn/verify/`);
    expect(await page.getAttribute('main', 'data-deploy')).toBe('next');
    await context.close();
  });

  it('unregisters itself and deletes the saved pages when an operator turns offline support off', async () => {
    await site.serve(dist);
    const { context, page } = await firstVisit('/en/');
    const off = copyOfBuild();
    writeFileSync(join(off, 'sw.js'), await bundle('worker/retire-worker.ts'));
    rmSync(join(off, 'sw-register.js'));
    for (const entry of readdirSync(off, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      writeFileSync(file, readFileSync(file, 'utf8').replace('<script type="module" src="/sw-register.js"></script>', ''));
    }
    await site.serve(off);
    await page.goto(`${site.origin}/en/faq/`);
    await untilCachesOf(page, '');
    await context.close();
  });
});

describe('offline budgets', () => {
  const plan = planBuild(readBuild(dist));

  it.each(Object.entries(plan.locales))('keeps the %s precache within 1.5 MiB to download, fragments included', (_segment, locale) => {
    expect(locale.precache.length).toBeGreaterThan(50);
    expect(locale.fragmentsOnUse).toBe(false);
    expect(locale.transferBytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
  });

  it('loads at most 1 KiB (gzip) of registration script on a page', () => {
    const html = readFileSync(join(dist, 'en', 'faq', 'index.html'), 'utf8');
    const src = /<script type="module" src="(\/sw-register\.js)"><\/script>/.exec(html)?.[1];
    expect(src).toBe('/sw-register.js');
    expect(gzipSync(readFileSync(join(dist, 'sw-register.js'))).length).toBeLessThanOrEqual(KiB);
  });

  it('saves everything the offline page links to, in the same precache as the page', () => {
    for (const [segment, locale] of Object.entries(plan.locales)) {
      const html = readFileSync(join(dist, segment, 'offline', 'index.html'), 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const links = [...main.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
      expect(links.length).toBeGreaterThan(5);
      for (const link of links) expect(locale.precache, link).toContain(link);
    }
  });
});
