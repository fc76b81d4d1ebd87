/**
 * /sw-register.js, on every page while offline support is on: registers the
 * worker once the page has loaded (nothing else happens on a first visit), and
 * fills the polite "offline — showing saved pages" notice while the device is
 * offline. Budget: 1 KiB gzip (tests/unit/offline).
 */
import { SERVICE_WORKER } from './paths.ts';

const notice = document.querySelector<HTMLElement>('[data-offline-notice]');

function showConnection(): void {
  // Changing the text of a live region that is already in the page is what screen readers announce.
  if (notice) notice.textContent = navigator.onLine ? '' : (notice.dataset['text'] ?? '');
}

addEventListener('online', showConnection);
addEventListener('offline', showConnection);
showConnection();

if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    // A failed registration (private mode, storage full) only means no offline copy: the page works as before.
    navigator.serviceWorker.register(SERVICE_WORKER).catch(() => undefined);
  });
}
