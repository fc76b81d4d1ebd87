import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../../src/integrations/service-worker.ts';

describe('the scripts the build writes', () => {
  it('keeps the registration script every page loads within 1 KiB gzip', async () => {
    const script = await bundle('ui/register.ts');
    expect(script).toContain('serviceWorker.register(');
    expect(script).toContain('"/sw.js"');
    expect(gzipSync(script).length).toBeLessThanOrEqual(1024);
  });

  it('bundles the worker with its manifest and nothing left to import', async () => {
    const worker = await bundle('worker/service-worker.ts', { version: 'abc123', precache: { en: ['/en/'] }, networkFirst: ['/official-channels.json'] });
    expect(worker).toContain('"abc123"');
    expect(worker).not.toMatch(/\bimport\b|__OFFLINE_MANIFEST__/);
  });

  it('writes a retiring worker that deletes the saved pages and unregisters, with no fetch handler', async () => {
    const retire = await bundle('worker/retire-worker.ts');
    expect(retire).toContain('unregister()');
    expect(retire).toContain('caches.delete');
    expect(retire).not.toContain('"fetch"');
  });
});
