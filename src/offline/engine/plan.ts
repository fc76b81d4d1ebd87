/**
 * Decides, from the finished build, what the service worker saves for a reader
 * of each language: the pages a reader in trouble needs with no network, the
 * files those pages load, and that language's search index. Pure: the
 * integration reads dist/ into BuiltFile records and writes the result into
 * the worker; tests feed it synthetic sites.
 */
import { LOCALES, localeToSegment } from '../../lib/locales.ts';
import { urls } from '../../lib/urls.ts';
import { offlinePath } from './routes.ts';

/** One file of the build, as the planner needs to know it. */
export interface BuiltFile {
  /** The URL path it is served at: `/zh-cn/contact/` for dist/zh-cn/contact/index.html. */
  url: string;
  /** Bytes as stored by the Cache API (the decoded body). */
  bytes: number;
  /** Bytes over the network: gzip for text, the file itself for Pagefind's pre-compressed files. */
  transferBytes: number;
  /** HTML only: the first `data-urgency` attribute, which an article page carries on its urgency badge. */
  urgency?: string | undefined;
  /** Same-origin files it loads: stylesheets and scripts of a page, chunks a script imports. */
  references: readonly string[];
}

/** Pagefind's pagefind-entry.json, the part the planner reads. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null } | undefined>;
}

export interface PlanInput {
  files: readonly BuiltFile[];
  pagefind: PagefindEntry;
  /** The registration script's URL: saved too, so a saved page loads it offline without an error. */
  registerScript: string;
  /** The most a language's precache may download (transfer bytes); above it, search fragments are cached on use. */
  budgetBytes: number;
}

export interface LocalePlan {
  /** Every URL saved when a reader of this language first visits, sorted. */
  precache: string[];
  /** Sum of the precached files' transfer bytes. */
  transferBytes: number;
  /** Sum of the precached files' stored bytes. */
  storedBytes: number;
  /** True when the search fragments (result titles and excerpts) did not fit and are cached as results are shown. */
  fragmentsOnUse: boolean;
  /** True when even without fragments the precache exceeds the budget (the build warns). */
  overBudget: boolean;
}

export interface OfflinePlan {
  /** Keyed by URL segment: `zh-cn`, `en`. */
  locales: Record<string, LocalePlan>;
  /** Always asked of the network first: a changed official number must never hide behind a saved copy. */
  networkFirst: string[];
}

export const URGENT_LEVELS: readonly string[] = ['urgent', 'critical'];
export const OFFICIAL_CHANNELS_JSON = '/official-channels.json';
const PAGEFIND = '/pagefind/';

export class PlanError extends Error {
  override name = 'PlanError';
}

/** The pages a reader of one language needs offline: home, emergencies, contact, checker, troubleshooter, search, offline page. */
function localePages(files: readonly BuiltFile[], segment: string): string[] {
  const locale = LOCALES.find((candidate) => localeToSegment(candidate) === segment);
  if (!locale) throw new PlanError(`Unknown language segment "${segment}".`);
  const fixed = [urls.home(locale), urls.contact(locale), urls.verify(locale), urls.search(locale), offlinePath(segment)];
  const articles = `${urls.home(locale)}articles/`;
  const troubleshoot = urls.troubleshoot(locale);
  const chosen = files
    .filter((file) => file.url.startsWith(troubleshoot) || (file.url.startsWith(articles) && URGENT_LEVELS.includes(file.urgency ?? '')))
    .map((file) => file.url);
  // chosen includes the troubleshooter's trees: one file per tree and language under its pages' path.
  return [...fixed, ...chosen, `/${segment}/search-aliases.json`, OFFICIAL_CHANNELS_JSON];
}

/** The pages plus everything they load, following script imports to the end. */
function withReferences(byUrl: ReadonlyMap<string, BuiltFile>, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (seen.has(url)) continue;
    const file = byUrl.get(url);
    if (!file) throw new PlanError(`The offline precache needs ${url}, but the build has no such file. Is the page or the search index missing?`);
    seen.add(url);
    queue.push(...file.references);
  }
  return seen;
}

/** Pagefind's files for one language: runtime, metadata, WebAssembly, index and filter chunks, and (separately) fragments. */
function pagefindFiles(files: readonly BuiltFile[], entry: PagefindEntry, segment: string): { core: string[]; fragments: string[] } {
  const language = entry.languages[segment];
  if (!language) throw new PlanError(`The Pagefind index has no "${segment}" language; is <html lang> set on its pages?`);
  const core = [
    `${PAGEFIND}pagefind.js`,
    `${PAGEFIND}pagefind-worker.js`,
    `${PAGEFIND}pagefind-entry.json`,
    `${PAGEFIND}pagefind.${language.hash}.pf_meta`,
    `${PAGEFIND}wasm.${language.wasm ?? 'unknown'}.pagefind`,
  ];
  const chunk = (folder: string): string[] => files.filter((file) => file.url.startsWith(`${PAGEFIND}${folder}/${segment}_`)).map((file) => file.url);
  return { core: [...core, ...chunk('index'), ...chunk('filter')], fragments: chunk('fragment') };
}

function sum(byUrl: ReadonlyMap<string, BuiltFile>, list: Iterable<string>, field: 'bytes' | 'transferBytes'): number {
  let total = 0;
  for (const url of list) total += byUrl.get(url)?.[field] ?? 0;
  return total;
}

export function planOffline(input: PlanInput): OfflinePlan {
  const byUrl = new Map(input.files.map((file) => [file.url, file]));
  const locales: Record<string, LocalePlan> = {};
  for (const segment of LOCALES.map(localeToSegment)) {
    const search = pagefindFiles(input.files, input.pagefind, segment);
    const essential = withReferences(byUrl, [...localePages(input.files, segment), input.registerScript, '/favicon.svg', ...search.core]);
    const full = withReferences(byUrl, [...essential, ...search.fragments]);
    const fragmentsOnUse = sum(byUrl, full, 'transferBytes') > input.budgetBytes;
    const chosen = fragmentsOnUse ? essential : full;
    const transferBytes = sum(byUrl, chosen, 'transferBytes');
    locales[segment] = {
      precache: [...chosen].sort(),
      transferBytes,
      storedBytes: sum(byUrl, chosen, 'bytes'),
      fragmentsOnUse,
      overBudget: transferBytes > input.budgetBytes,
    };
  }
  const networkFirst = [OFFICIAL_CHANNELS_JSON, ...LOCALES.map((locale) => urls.contact(locale))];
  return { locales, networkFirst };
}
