/**
 * The site's search on top of Pagefind's JS API: loads the bundle for the
 * page's language on first use, runs the query variants, fuses their ranks and
 * returns plain data for the UI. Browser-only (dynamic import of /pagefind/).
 */
import { matchAliases, type AliasEntry } from '../engine/alias-match.ts';
import { synonymVariants } from '../engine/synonyms.ts';
import { fuseRanks } from '../engine/fuse-ranks.ts';
import { queryVariants, type SearchLocale } from '../engine/query-variants.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchFilters {
  category?: string | undefined;
  kind?: string | undefined;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: text with <mark> around matched words (render with renderExcerpt). */
  excerpt: string;
  category: string | undefined;
  kind: string | undefined;
  /** Matching sections of the page: headings and FAQ questions. */
  sections: PagefindSubResult[];
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind once per page. Rejects when the index cannot be fetched (offline, blocked). */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const bundle = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    await module.options({ excerptLength: 22, ranking: { termFrequency: 0.8, pageLength: 0.6, termSaturation: 1.2 } });
    await module.init();
    return module;
  })();
  api.catch(() => {
    api = undefined;
  });
  return api;
}

interface AliasFile {
  entries: AliasEntry[];
  synonyms: string[][];
}
const aliasFiles = new Map<SearchLocale, Promise<AliasFile>>();
const EMPTY: AliasFile = { entries: [], synonyms: [] };

/** The locale's titles, aliases and synonyms (one small JSON file); empty if it cannot be fetched. */
function loadAliases(locale: SearchLocale): Promise<AliasFile> {
  let file = aliasFiles.get(locale);
  if (!file) {
    file = fetch(`/${locale.toLowerCase()}/search-aliases.json`)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<AliasFile>;
      })
      .catch(() => {
        // Try again on the next search (the reader may be back online); search without aliases now.
        aliasFiles.delete(locale);
        return EMPTY;
      });
    aliasFiles.set(locale, file);
  }
  return file;
}

function toHit(item: PagefindResultData): SearchHit {
  return {
    url: item.url,
    title: item.meta['title'] ?? item.url,
    excerpt: item.excerpt,
    category: item.filters['category']?.[0],
    kind: item.filters['kind']?.[0],
    sections: item.sub_results.filter((section) => section.url !== item.url && section.url.includes('#')).slice(0, 3),
  };
}

/** Escapes text for the excerpt field, which the UI reads as "text with <mark>". */
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function searchSite(raw: string, locale: SearchLocale, filters: SearchFilters = {}, limit = 8): Promise<SearchHit[]> {
  const [pagefind, aliases] = await Promise.all([loadPagefind(), loadAliases(locale)]);
  // The reader's words first, then the same query with synonyms (封号 → 冻结, suspended → frozen).
  const phrasings = [raw, ...synonymVariants(raw, aliases.synonyms, locale, 4)];
  const variants = [
    ...queryVariants(raw, locale),
    ...phrasings.slice(1).map((query) => ({ query, weight: 0.7 })),
  ];
  if (variants.length === 0) return [];
  const pagefindFilters: Record<string, string> = {};
  if (filters.category) pagefindFilters['category'] = filters.category;
  if (filters.kind) pagefindFilters['kind'] = filters.kind;
  const responses = await Promise.all(variants.map((variant) => pagefind.search(variant.query, { filters: pagefindFilters })));
  const byId = new Map<string, PagefindResult>();
  const lists = responses.map((response, index) => {
    const results = response?.results ?? [];
    for (const result of results) byId.set(result.id, result);
    // A variant that finds only one or two pages is usually a segmentation
    // accident (#1237), not a precise hit: let it count for less.
    const confidence = Math.min(1, results.length / 3);
    return { ids: results.map((result) => result.id), weight: (variants[index]?.weight ?? 0) * confidence };
  });
  const ranked = fuseRanks(lists).slice(0, limit + 2);
  const data = await Promise.all(ranked.map((id) => byId.get(id)?.data()));
  const hits = new Map<string, SearchHit>();
  for (const item of data) if (item) hits.set(item.url, toHit(item));
  const pagefindUrls = [...hits.keys()];

  const best = new Map<string, { entry: AliasEntry; score: number }>();
  for (const phrasing of phrasings) {
    for (const hit of matchAliases(phrasing, aliases.entries, locale)) {
      // A synonym's match counts a little less than the reader's own words.
      const score = phrasing === raw ? hit.score : hit.score * 0.9;
      if ((best.get(hit.entry.url)?.score ?? 0) < score) best.set(hit.entry.url, { entry: hit.entry, score });
    }
  }
  const aliasHits = [...best.values()].sort((a, b) => b.score - a.score).filter(
    ({ entry }) => (!filters.category || entry.category === filters.category) && (!filters.kind || entry.kind === filters.kind),
  );
  for (const { entry } of aliasHits) {
    if (!hits.has(entry.url)) {
      hits.set(entry.url, { url: entry.url, title: entry.title, excerpt: escapeText(entry.description), category: entry.category, kind: entry.kind, sections: [] });
    }
  }
  // A phrasing an editor recorded almost word for word is the strongest signal there is.
  const STRONG = 0.75;
  const order = fuseRanks([
    { ids: pagefindUrls, weight: 1 },
    { ids: aliasHits.map(({ entry }) => entry.url), weight: 1.2 },
    { ids: aliasHits.filter(({ score }) => score >= STRONG).map(({ entry }) => entry.url), weight: 1 },
  ]);
  return order.slice(0, limit).flatMap((url) => hits.get(url) ?? []);
}
