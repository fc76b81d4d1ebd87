/**
 * URLs of troubleshooter pages. Every node is a static page,
 * /<locale>/troubleshoot/<tree>/<node>/, and links carry the answers so far
 * (?from=<start tree>&path=<option ids>) so a shared link restores the
 * reader's history, while the page itself works without them.
 */
import { localeToSegment, type Locale } from '../../lib/locales.ts';
import { urls } from '../../lib/urls.ts';
import { nodeHref } from '../engine/url.ts';

export function treeUrl(locale: Locale, tree: string): string {
  return `${urls.troubleshoot(locale)}${tree}/`;
}

export function nodeUrl(locale: Locale, tree: string, node: string, trail?: { from: string; path: readonly string[] }): string {
  return nodeHref(localeToSegment(locale), tree, node, trail);
}
