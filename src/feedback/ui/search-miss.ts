/**
 * Counts searches that found nothing, from the header box and the search page.
 * Both search as the reader types, so a query is counted only once it has
 * settled (no new search for SETTLE_MS, or the reader leaves the page), and
 * once per page: "paym", "paymen" on the way to "payment" are not misses.
 * Without an endpoint this is all there is; with one, the redaction and the
 * sender load with the first miss, not with every page.
 */
import type { Locale } from '../../schemas/common.ts';
import { feedbackEndpoint } from './endpoint-meta.ts';

const SETTLE_MS = 2000;
type Sender = typeof import('./search-miss-send.ts');
let sender: Sender | undefined;
let pending: { locale: Locale; query: string } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** The query has settled but the sender was still loading: send as soon as it arrives. */
let due = false;

function flush(): void {
  clearTimeout(timer);
  if (!pending) return;
  due = !sender;
  if (!sender) return;
  sender.sendMiss(pending.locale, pending.query);
  pending = undefined;
}

/** Call after every search with the number of results; a later search replaces an unsent miss. */
export function reportSearch(locale: Locale, query: string, results: number): void {
  clearTimeout(timer);
  due = false;
  pending = results === 0 && query.trim() !== '' && feedbackEndpoint() ? { locale, query } : undefined;
  if (!pending) return;
  timer = setTimeout(flush, SETTLE_MS);
  if (!sender) {
    void import('./search-miss-send.ts').then((module) => {
      sender = module;
      if (due) flush();
    });
  }
}

addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});
