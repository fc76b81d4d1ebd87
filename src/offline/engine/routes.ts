/**
 * The service worker's decisions, pure so they are tested without a browser:
 * what each request is answered with, under which key it is saved, which
 * caches belong to this build, and where an unsaved page goes when offline.
 * Bundled into /sw.js, so it imports nothing.
 */

/** What the build writes into the worker. */
export interface WorkerManifest {
  /** Changes with every build whose files change: names the caches, so a new deploy gets fresh ones. */
  version: string;
  /** Per URL segment (`zh-cn`, `en`): every path saved when a reader first opens a page in that language. */
  precache: Record<string, readonly string[]>;
  /** Paths always asked of the network first, the saved copy only when it fails. */
  networkFirst: readonly string[];
}

export type Strategy = 'network-first' | 'cache-first' | 'pass';

export const CACHE_PREFIX = 'kb-offline-';

export const offlinePath = (segment: string): string => `/${segment}/offline/`;

/** The cache holding one language's precache for this build. */
export const localeCacheName = (version: string, segment: string): string => `${CACHE_PREFIX}${version}-${segment}`;

/** The cache of pages and files saved as the reader opens them, for this build. */
export const readCacheName = (version: string): string => `${CACHE_PREFIX}${version}-read`;

/** This build's caches, in lookup order: the freshest copies (saved as read, network-first answers) first. */
export function ownCacheNames(manifest: WorkerManifest): string[] {
  return [readCacheName(manifest.version), ...Object.keys(manifest.precache).map((segment) => localeCacheName(manifest.version, segment))];
}

/** Caches this site made for other builds: deleted when the new worker takes over. Other names on the origin are not ours to touch. */
export function staleCacheNames(existing: readonly string[], manifest: WorkerManifest | undefined): string[] {
  const keep = manifest ? ownCacheNames(manifest) : [];
  return existing.filter((name) => name.startsWith(CACHE_PREFIX) && !keep.includes(name));
}

/**
 * The key a response is saved and found under: the path alone. These pages are
 * static; a query string only drives their scripts (the checker's ?q=, the
 * troubleshooter's ?path=, Pagefind's ?ts= on its metadata), so one copy serves all.
 */
export const cacheKey = (url: URL): string => url.pathname;

export interface RequestFacts {
  method: string;
  url: URL;
  /** The worker's own origin. */
  origin: string;
}

export function strategyFor(request: RequestFacts, manifest: WorkerManifest): Strategy {
  if (request.method !== 'GET' || request.url.origin !== request.origin) return 'pass';
  return manifest.networkFirst.includes(request.url.pathname) ? 'network-first' : 'cache-first';
}

/** The language a path belongs to, when it is one the worker saves. */
export function segmentOf(pathname: string, manifest: WorkerManifest): string | undefined {
  const first = pathname.split('/')[1] ?? '';
  return Object.hasOwn(manifest.precache, first) ? first : undefined;
}

/** Offline pages to try for a page that is neither saved nor reachable: the reader's language first, then any other. */
export function offlineFallbacks(pathname: string, manifest: WorkerManifest): string[] {
  const own = segmentOf(pathname, manifest);
  const segments = Object.keys(manifest.precache);
  return [...(own ? [own] : []), ...segments.filter((segment) => segment !== own)].map(offlinePath);
}

/** The languages of the windows that registered the worker: what to save at install. */
export function segmentsOfClients(clientUrls: readonly string[], manifest: WorkerManifest): string[] {
  const found = clientUrls.flatMap((url) => segmentOf(new URL(url).pathname, manifest) ?? []);
  return [...new Set(found)];
}
