/**
 * Counts what a first (and a second) search downloads, the way a server would
 * see it: every request after the reader focuses the header box, text files at
 * their gzip size, Pagefind's own compressed files (.pf_*, the wasm) as they are.
 * Shared by `npm run bench` and `node tests/search/probe.ts`.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { resolveFile } from '../e2e/support/static-server.ts';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

export interface Transfer {
  requests: number;
  bytes: number;
  files: { path: string; bytes: number }[];
}

function transferOf(dist: string, paths: readonly string[]): Transfer {
  const files = paths.map((path) => {
    const file = resolveFile(dist, path);
    const raw = file ? readFileSync(file) : Buffer.alloc(0);
    return { path, bytes: file && TEXT.has(extname(file)) ? gzipSync(raw).length : raw.length };
  });
  return { requests: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
}

/** Types `first` into the header search of a fresh page, then `next`; returns the transfer of each. */
export async function searchTransfer(browser: Browser, origin: string, dist: string, locale: 'zh-cn' | 'en', first: string, next: string): Promise<{ first: Transfer; next: Transfer }> {
  // The offline worker's background precache is not part of a search's transfer.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/${locale}/articles/transaction-failed/`, { waitUntil: 'networkidle' });
  let fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const input = page.locator('header kb-search input[type=search]');
  const settle = async (query: string): Promise<string[]> => {
    fetched = [];
    await input.fill(query);
    // The "all results" link is rendered last, with the query that produced the list.
    await page.waitForSelector(`header kb-search .search-all a[href$="?q=${encodeURIComponent(query)}"]`, { state: 'attached' });
    await page.waitForLoadState('networkidle');
    return fetched;
  };
  const firstPaths = await settle(first);
  const nextPaths = await settle(next);
  await context.close();
  return { first: transferOf(dist, firstPaths), next: transferOf(dist, nextPaths) };
}
