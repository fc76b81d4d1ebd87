/** Helpers for reading the built site the way a visitor (or a crawler) meets it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../../src/site.config.ts';

/** Every page URL in the sitemap, rewritten from the configured origin to the test server. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(process.cwd(), 'dist/sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => (match[1] ?? '').replace(siteConfig.siteUrl, ''));
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
    // The browser fetches the icon lazily and drops it when the test moves on to the next page.
    if (error === 'net::ERR_ABORTED' && request.url().endsWith('/favicon.svg')) return;
    problems.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return problems;
}
