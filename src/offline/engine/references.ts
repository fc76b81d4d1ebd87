/**
 * What a built file loads and how urgent a built page is, read from the text
 * Astro and Vite wrote (our own output, not reader input). Every pattern is a
 * single pass without nested repetition, so the time is linear in the file.
 */

const TAG = /<(?:link|script)\b[^>]*>/g;
const ATTRIBUTE = /\s([a-z-]+)="([^"]*)"/g;
/** Link relations that load something the page needs to render or run; not rel=alternate (RSS, the other language). */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'modulepreload', 'preload']);
const CHUNK = /["'`](\.\/[\w.-]+\.js)["'`]/g;
const URGENCY = /\sdata-urgency="([a-z]+)"/;

/** A same-origin path (`/x`), not a protocol-relative or absolute URL. */
const isLocalPath = (value: string): boolean => value.startsWith('/') && !value.startsWith('//');

/** Stylesheets, icons and scripts a page loads from this site, in document order. */
export function pageReferences(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(TAG)) {
    const attributes = new Map([...tag.matchAll(ATTRIBUTE)].map((match) => [match[1] ?? '', match[2] ?? '']));
    const isScript = tag.startsWith('<script');
    const target = isScript ? attributes.get('src') : LOADING_RELS.has(attributes.get('rel') ?? '') ? attributes.get('href') : undefined;
    if (target !== undefined && isLocalPath(target)) found.push(target.split(/[?#]/)[0] ?? target);
  }
  return found;
}

/** Chunks a bundled script imports (`import("./search-box.x.js")` with any quote, `from "./chunk.js"`), as paths beside it. */
export function scriptReferences(scriptPath: string, source: string): string[] {
  const folder = scriptPath.slice(0, scriptPath.lastIndexOf('/') + 1);
  return [...new Set([...source.matchAll(CHUNK)].map((match) => folder + (match[1] ?? '').slice(2)))];
}

/** The urgency an article page shows on its badge (`urgent`, `critical`), if any. */
export function pageUrgency(html: string): string | undefined {
  return URGENCY.exec(html)?.[1];
}
