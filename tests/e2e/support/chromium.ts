/**
 * Finds a Chromium for the built-site tests and launches it the way these machines need.
 *
 * Order: `CHROMIUM_PATH`, then a system browser (`/usr/bin/chromium` …), then the headless
 * Chromium that `@sparticuz/chromium` ships inside the npm package, so `npm ci && npm test`
 * needs nothing but npm. `KB_IGNORE_SYSTEM_CHROMIUM=1` skips the system browsers, to try the
 * packaged one on a machine that has both.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Resolved once by the global setup, so workers never unpack the packaged browser at the same time. */
    chromiumPath: string;
  }
}

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system browser to use, or undefined when there is none (or the switch hides them). */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit !== undefined && explicit !== '') {
    if (!existsSync(explicit)) {
      throw new Error(`CHROMIUM_PATH is ${explicit}, but there is no file there. Point it at a Chromium or Chrome binary, or unset it to use the packaged Chromium.`);
    }
    return explicit;
  }
  if (env['KB_IGNORE_SYSTEM_CHROMIUM'] === '1') return undefined;
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

/**
 * Unpacks @sparticuz/chromium's brotli archives (about 10 s, once) into
 * node_modules/.cache/chromium-<version>/ and returns the binary's path. The package unpacks into
 * os.tmpdir(), so TMPDIR points at a private folder while it works, and the finished folder is
 * renamed into place: a half-written binary is never found, and a stale /tmp/chromium of another
 * version is never used.
 */
async function packagedChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const cache = join(process.cwd(), 'node_modules', '.cache');
  const target = join(cache, `chromium-${version}`);
  const binary = join(target, 'chromium');
  if (existsSync(binary)) return binary;

  const work = join(cache, `chromium-${version}.partial-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const savedTmpdir = process.env['TMPDIR'];
  process.env['TMPDIR'] = work;
  try {
    const { default: Packaged } = await import('@sparticuz/chromium');
    await Packaged.executablePath();
  } finally {
    if (savedTmpdir === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmpdir;
  }
  try {
    renameSync(work, target);
  } catch (error) {
    // Another process finished first; its copy is as good as ours.
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** The Chromium binary the tests will launch. */
export async function chromiumPath(): Promise<string> {
  return systemChromium() ?? (await packagedChromium());
}

/** The flags keep a headless Chromium from reaching out to Google services on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath ?? (await chromiumPath()), args: CHROMIUM_ARGS });
}

/**
 * One browser per test file: launched before its tests, closed after them.
 * Returns a stand-in that forwards to the real browser once it is running.
 *
 * Its pages and contexts block service workers unless a test asks for them
 * (`serviceWorkers: 'allow'`, as tests/e2e/offline.e2e.ts does): the offline
 * worker precaches a whole language in the background of any page, which would
 * count against byte budgets and hide requests from `page.route`.
 */
export function useBrowser(): Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(inject('chromiumPath'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return new Proxy({} as Browser, {
    get(_target, key) {
      if (!browser) throw new Error('The browser is used before beforeAll launched it.');
      if (key === 'newContext' || key === 'newPage') {
        const open = browser[key].bind(browser) as (options?: BrowserContextOptions) => Promise<unknown>;
        return (options: BrowserContextOptions = {}) => open({ serviceWorkers: 'block', ...options });
      }
      const value: unknown = Reflect.get(browser, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(browser) : value;
    },
  });
}
