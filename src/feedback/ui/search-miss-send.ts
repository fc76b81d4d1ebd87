/** Sends one zero-result search, normalised and redacted in the browser first, each query once per page. */
import type { Locale } from '../../schemas/common.ts';
import { normaliseQuery } from '../engine/normalise.ts';
import { sendEvent } from './send.ts';

const counted = new Set<string>();

export function sendMiss(locale: Locale, raw: string): void {
  const query = normaliseQuery(raw);
  const key = `${locale} ${query}`;
  if (query === '' || counted.has(key)) return;
  counted.add(key);
  sendEvent({ type: 'search-miss', locale, query });
}
