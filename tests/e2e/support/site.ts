/** Helpers for reading the built site the way a visitor (or a crawler) meets it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../../src/site.config.ts';

/** The built site under test: dist/, or SITE_DIST when a second checkout tests its own build. */
export function distDir(): string {
  return process.env['SITE_DIST'] ?? join(process.cwd(), 'dist');
}

/** Every page URL in the sitemap (all its files, as it splits at 50,000 URLs), rewritten from the configured origin to the test server. */
export function sitemapPaths(): string[] {
  const dist = distDir();
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return files.flatMap((name) => {
    const xml = readFileSync(join(dist, name), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => (match[1] ?? '').replace(siteConfig.siteUrl, ''));
  });
}

/** Splits a list into runs of at most `size`, so each test covers a fixed number of pages however large the site grows. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records console errors (CSP violations show up there), uncaught exceptions and failed requests. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // Cancelled, not failed: the icon and the chunks a page imports after load (the troubleshooter's
    // element) are dropped when the test moves on to the next page. A missing file still shows as
    // a 404 response below, and a broken one as a console error.
    if (error === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return problems;
}
