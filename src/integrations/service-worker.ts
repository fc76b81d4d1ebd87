/**
 * Writes the offline service worker after the build, once the Pagefind index
 * exists (this integration comes after pagefindIndex() in astro.config.mjs):
 * reads dist/, lets src/offline/engine decide what each language precaches,
 * and bundles the worker with that manifest and the registration script.
 * With `siteConfig.offline` off it writes only the worker that retires an
 * earlier one (src/offline/worker/retire-worker.ts).
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { planOffline, type BuiltFile, type OfflinePlan, type PagefindEntry } from '../offline/engine/plan.ts';
import { pageReferences, pageUrgency, scriptReferences } from '../offline/engine/references.ts';
import type { WorkerManifest } from '../offline/engine/routes.ts';
import { REGISTER_SCRIPT, SERVICE_WORKER } from '../offline/ui/paths.ts';
import { siteConfig } from '../site.config.ts';

/** The most one language's precache may download at today's content (issue #12). */
export const PRECACHE_BUDGET_BYTES = 1.5 * 1024 * 1024;

const source = (path: string): string => fileURLToPath(new URL(`../offline/${path}`, import.meta.url));

/** Bundles one of our scripts into a single minified file (the worker cannot import; the page script stays one request). */
export async function bundle(entry: 'worker/service-worker.ts' | 'worker/retire-worker.ts' | 'ui/register.ts', manifest?: WorkerManifest): Promise<string> {
  const result = await build({
    entryPoints: [source(entry)],
    bundle: true,
    write: false,
    minify: true,
    format: entry === 'ui/register.ts' ? 'esm' : 'iife',
    target: 'es2022',
    legalComments: 'none',
    define: manifest ? { __OFFLINE_MANIFEST__: JSON.stringify(manifest) } : {},
  });
  return result.outputFiles[0]?.text ?? '';
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The URL path a file in dist/ is served at: directory indexes end with a slash. */
const urlOf = (site: string, file: string): string => `/${relative(site, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

export interface BuiltSite {
  files: BuiltFile[];
  pagefind: PagefindEntry;
  /** Changes when any file of the build changes. */
  version: string;
}

/** Reads the finished build the way the planner needs it. The worker itself is left out: it is what is being written. */
export function readBuild(site: string): BuiltSite {
  const digest = createHash('sha256');
  const files: BuiltFile[] = [];
  for (const file of listFiles(site).sort()) {
    const url = urlOf(site, file);
    if (url === SERVICE_WORKER) continue;
    const content = readFileSync(file);
    digest.update(`${url}\0`).update(content);
    const text = url.endsWith('/') || url.endsWith('.html') ? content.toString('utf8') : undefined;
    // Only Vite's bundles import chunks of ours; Pagefind's scripts mention file names that are not files.
    const isBundle = url.startsWith('/_astro/') && url.endsWith('.js');
    const references = text !== undefined ? pageReferences(text) : isBundle ? scriptReferences(url, content.toString('utf8')) : [];
    files.push({
      url,
      bytes: content.length,
      // What a host that compresses sends; Pagefind's files are gzip already and stay as they are.
      transferBytes: Math.min(content.length, gzipSync(content).length),
      urgency: text !== undefined ? pageUrgency(text) : undefined,
      references,
    });
  }
  const pagefind = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return { files, pagefind, version: digest.digest('hex').slice(0, 12) };
}

export function planBuild(site: BuiltSite): OfflinePlan {
  return planOffline({ files: site.files, pagefind: site.pagefind, registerScript: REGISTER_SCRIPT, budgetBytes: PRECACHE_BUDGET_BYTES });
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export function serviceWorker(): AstroIntegration {
  return {
    name: 'help-center:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (!siteConfig.offline) {
          writeFileSync(join(site, SERVICE_WORKER.slice(1)), await bundle('worker/retire-worker.ts'));
          logger.info('Offline support is off: /sw.js only retires a worker installed by an earlier deploy.');
          return;
        }
        writeFileSync(join(site, REGISTER_SCRIPT.slice(1)), await bundle('ui/register.ts'));
        const built = readBuild(site);
        const plan = planBuild(built);
        const precache = Object.fromEntries(Object.entries(plan.locales).map(([segment, locale]) => [segment, locale.precache]));
        writeFileSync(join(site, SERVICE_WORKER.slice(1)), await bundle('worker/service-worker.ts', { version: built.version, precache, networkFirst: plan.networkFirst }));
        for (const [segment, locale] of Object.entries(plan.locales)) {
          const line = `${segment}: ${locale.precache.length} files, ${kib(locale.transferBytes)} to download (${kib(locale.storedBytes)} stored)`;
          if (locale.overBudget) logger.warn(`${line}: over the ${kib(PRECACHE_BUDGET_BYTES)} budget even without search fragments.`);
          else if (locale.fragmentsOnUse) logger.warn(`${line}; search result texts are cached as they are shown (README › Offline).`);
          else logger.info(line);
        }
      },
    },
  };
}
