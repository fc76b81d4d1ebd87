/**
 * Runs the relevance queries through the built site's own search page in
 * Chromium and scores them. Shared by the built-site test (which asserts a
 * floor) and `npm run bench` (which prints the numbers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface RelevanceQuery {
  locale: 'zh-CN' | 'en';
  query: string;
  expect: string[];
}

export interface QueryOutcome extends RelevanceQuery {
  /** Slugs of the results in rank order ("faq" for the FAQ page). */
  results: string[];
  /** 1-based rank of the first expected result, or undefined when absent. */
  rank: number | undefined;
}

/** One of the query files in tests/search/: `queries` (the regression floor), `tuning` or `holdout`. */
export type QuerySet = 'queries' | 'tuning' | 'holdout';

export function loadQueries(set: QuerySet = 'queries'): RelevanceQuery[] {
  const file = join(process.cwd(), `tests/search/${set}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** "/en/articles/charged-twice/" → "charged-twice"; "/en/faq/#x" → "faq". */
export function slugOf(href: string): string {
  const path = new URL(href, 'http://x').pathname;
  const article = /\/articles\/([^/]+)\//.exec(path);
  if (article?.[1]) return article[1];
  return path.split('/').filter(Boolean).slice(1).join('/') || path;
}

export async function runQueries(browser: Browser, origin: string, queries: readonly RelevanceQuery[]): Promise<QueryOutcome[]> {
  const page = await browser.newPage();
  const outcomes: QueryOutcome[] = [];
  for (const item of queries) {
    const segment = item.locale === 'zh-CN' ? 'zh-cn' : 'en';
    await page.goto(`${origin}/${segment}/search/?q=${encodeURIComponent(item.query)}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? '') !== '');
    const hrefs = await page.$$eval('[data-search-page] [data-search-result]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    const results = hrefs.map(slugOf);
    const index = results.findIndex((slug) => item.expect.includes(slug));
    outcomes.push({ ...item, results, rank: index === -1 ? undefined : index + 1 });
  }
  await page.close();
  return outcomes;
}

export interface RelevanceScore {
  locale: string;
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
}

export function score(outcomes: readonly QueryOutcome[], locale: string): RelevanceScore {
  const mine = outcomes.filter((outcome) => outcome.locale === locale);
  const n = mine.length || 1;
  return {
    locale,
    queries: mine.length,
    recallAt1: mine.filter((outcome) => outcome.rank === 1).length / n,
    recallAt3: mine.filter((outcome) => outcome.rank !== undefined && outcome.rank <= 3).length / n,
    mrr: mine.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / n,
  };
}
