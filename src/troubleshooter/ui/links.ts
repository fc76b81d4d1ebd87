/**
 * URLs of troubleshooter pages. Every node is a static page,
 * /<locale>/troubleshoot/<tree>/<node>/, and links carry the answers so far
 * (?from=<start tree>&path=<option ids>) so a shared link restores the
 * reader's history, while the page itself works without them.
 */
import type { Locale } from '../../lib/locales.ts';
import { urls } from '../../lib/urls.ts';
import { encodePath, FROM_PARAM, PATH_PARAM } from '../engine/url.ts';

export function treeUrl(locale: Locale, tree: string): string {
  return `${urls.troubleshoot(locale)}${tree}/`;
}

export function nodeUrl(locale: Locale, tree: string, node: string, trail?: { from: string; path: readonly string[] }): string {
  const base = `${treeUrl(locale, tree)}${node}/`;
  if (!trail || trail.path.length === 0) return base;
  return `${base}?${FROM_PARAM}=${trail.from}&${PATH_PARAM}=${encodePath(trail.path)}`;
}
