/**
 * Counts searches that found nothing, from the header box and the search page.
 * Both search as the reader types, so a query is counted only once it has
 * settled (no new search for SETTLE_MS, or the reader leaves the page), and
 * once per page: "paym", "paymen" on the way to "payment" are not misses.
 */
import type { Locale } from '../../schemas/common.ts';
import { normaliseQuery } from '../engine/normalise.ts';
import { sendEvent } from './send.ts';

const SETTLE_MS = 2000;
let pending: { locale: Locale; query: string } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
const counted = new Set<string>();

function flush(): void {
  clearTimeout(timer);
  if (!pending) return;
  const { locale, query } = pending;
  pending = undefined;
  const key = `${locale} ${query}`;
  if (counted.has(key)) return;
  counted.add(key);
  sendEvent({ type: 'search-miss', locale, query });
}

/** Call after every search with the number of results; a later search replaces an unsent miss. */
export function reportSearch(locale: Locale, query: string, results: number): void {
  clearTimeout(timer);
  const normalised = normaliseQuery(query);
  pending = results === 0 && normalised !== '' ? { locale, query: normalised } : undefined;
  if (pending) timer = setTimeout(flush, SETTLE_MS);
}

addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});
