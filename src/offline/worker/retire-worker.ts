/**
 * /sw.js while `siteConfig.offline` is off. Nothing registers it any more, but
 * a browser that installed the offline worker from an earlier deploy checks
 * this URL for updates; a 404 would leave the old worker serving saved pages
 * forever, so this one takes its place, deletes the saved pages and removes
 * itself. It has no fetch handler: requests go to the network as if it never existed.
 */
import { staleCacheNames } from '../engine/routes.ts';
import { workerScope } from './worker-scope.ts';

const scope = workerScope();

scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCacheNames(await caches.keys(), undefined).map((name) => caches.delete(name)));
      await scope.registration.unregister();
    })(),
  );
});
