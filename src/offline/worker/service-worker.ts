/**
 * /sw.js: keeps the help center readable with no network after one visit.
 * The build bundles this file with the manifest (what to save per language);
 * every decision is in ../engine/routes.ts, this is only the event plumbing.
 *
 * - install: saves the precache of the registering page's language, all or
 *   nothing (cache.addAll), then takes over at once;
 * - activate: deletes the caches of earlier builds;
 * - fetch: network-first for the official contacts, cache-first otherwise
 *   (every cache is this build's, so a saved copy is what the network would
 *   send), saving what the reader opens; an unsaved page offline gets the
 *   offline page in the reader's language.
 */
import {
  cacheKey,
  localeCacheName,
  offlineFallbacks,
  ownCacheNames,
  readCacheName,
  segmentOf,
  segmentsOfClients,
  staleCacheNames,
  strategyFor,
  type WorkerManifest,
} from '../engine/routes.ts';
import { workerScope, type FetchEvent } from './worker-scope.ts';

declare const __OFFLINE_MANIFEST__: WorkerManifest;
const manifest = __OFFLINE_MANIFEST__;

const scope = workerScope();

const saved = new Set<string>();

/** Saves one language's precache, once per build; addAll stores all of it or nothing. */
async function precache(segment: string): Promise<void> {
  if (saved.has(segment)) return;
  const list = manifest.precache[segment] ?? [];
  const cache = await caches.open(localeCacheName(manifest.version, segment));
  if (list[0] === undefined || !(await cache.match(list[0]))) await cache.addAll(list.map((path) => new Request(path, { cache: 'no-cache' })));
  saved.add(segment);
}

async function lookup(key: string): Promise<Response | undefined> {
  for (const cacheName of ownCacheNames(manifest)) {
    // caches.match with a name, not caches.open: opening would create the caches of languages never saved.
    const found = await caches.match(key, { cacheName });
    if (found) return found;
  }
  return undefined;
}

/** Fetches and saves a good same-origin answer under its key (as read); the event keeps the worker alive until it is stored. */
async function fetchAndSave(event: FetchEvent, key: string): Promise<Response> {
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(readCacheName(manifest.version)).then((cache) => cache.put(key, copy)));
  }
  return response;
}

async function offlinePage(pathname: string): Promise<Response> {
  for (const path of offlineFallbacks(pathname, manifest)) {
    const page = await lookup(path);
    if (page) return page;
  }
  return Response.error();
}

async function respond(event: FetchEvent, networkFirst: boolean): Promise<Response> {
  const { request } = event;
  const url = new URL(request.url);
  const key = cacheKey(url);
  const navigation = request.mode === 'navigate';
  if (!networkFirst) {
    const hit = await lookup(key);
    if (hit) return hit;
  }
  try {
    return await fetchAndSave(event, key);
  } catch (error) {
    const fallback = networkFirst ? await lookup(key) : undefined;
    if (fallback) return fallback;
    if (navigation) return offlinePage(url.pathname);
    throw error;
  }
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(segmentsOfClients(windows.map((client) => client.url), manifest).map(precache));
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCacheNames(await caches.keys(), manifest).map((name) => caches.delete(name)));
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const strategy = strategyFor({ method: request.method, url, origin: scope.location.origin }, manifest);
  if (strategy === 'pass') return;
  event.respondWith(respond(event, strategy === 'network-first'));
  // A reader who opens the other language gets it saved too, in the background.
  const segment = request.mode === 'navigate' ? segmentOf(url.pathname, manifest) : undefined;
  if (segment && !saved.has(segment)) event.waitUntil(precache(segment).catch(() => undefined));
});
