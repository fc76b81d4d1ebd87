/** Starts one static server over dist/ for all built-site tests, after checking the build and the browser exist. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/chromium.ts';
import { startStaticServer } from './support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  // SITE_DIST lets a second checkout test its own build without touching this one.
  const dist = process.env['SITE_DIST'] ?? join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ has no built site. Run `npm run build` first (`npm test` does it for you).');
  }
  const { server, origin } = await startStaticServer(dist);
  project.provide('origin', origin);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
