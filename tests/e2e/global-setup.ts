/** Starts one static server over dist/ for all built-site tests, after checking the build exists and finding (or unpacking) the browser. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './support/chromium.ts';
import { distDir } from './support/site.ts';
import { startStaticServer } from './support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = distDir();
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ has no built site. Run `npm run build` first (`npm test` does it for you).');
  }
  project.provide('chromiumPath', await chromiumPath());
  const { server, origin } = await startStaticServer(dist);
  project.provide('origin', origin);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
