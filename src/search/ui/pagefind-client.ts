/**
 * The site's search on top of Pagefind's JS API: loads the bundle for the
 * page's language on first use, runs the query variants, fuses their ranks and
 * returns plain data for the UI. Browser-only (dynamic import of /pagefind/).
 */
import { buildAliasIndex, correctTypos, type AliasEntry, type AliasIndex } from '../engine/alias-match.ts';
import { synonymVariants } from '../engine/synonyms.ts';
import { fuseRanks, type RankedList } from '../engine/fuse-ranks.ts';
import { bestAliasScores, mergeRanks } from '../engine/merge-ranks.ts';
import { intentSlugs, type IntentRule } from '../engine/intent-cues.ts';
import { classifyQuery, unpackWeights, type ClassifierModel, type ClassifierWeights } from '../engine/query-classifier.ts';
import { limitQuery, MAX_INDEXED_LENGTH, queryVariants, type QueryVariant, type SearchLocale } from '../engine/query-variants.ts';

/** Pages found by the reader's own words above which fallback variants are not worth their download. */
const ENOUGH = 3;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the matched words sit in this section, with their weights (Pagefind ≥ 1.0). */
  weighted_locations?: { weight: number }[] | undefined;
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
    // noWorker: the worker is one more 12 KiB file on the first search and times
    // out (5 s) on a slow link before Pagefind falls back to the page anyway; our
    // index is small enough to search on the main thread.
    await module.options({ noWorker: true, excerptLength: 22, ranking: { termFrequency: 0.8, pageLength: 0.6, termSaturation: 1.2 } });
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
  intents: IntentRule[];
  classifier?: ClassifierModel | undefined;
}
interface Aliases {
  index: AliasIndex;
  synonyms: string[][];
  intents: IntentRule[];
  classifier: { slugs: string[]; weights: ClassifierWeights } | undefined;
}
const aliasFiles = new Map<SearchLocale, Promise<Aliases>>();

/** The locale's titles, aliases and synonyms (one small JSON file); empty if it cannot be fetched. */
function loadAliases(locale: SearchLocale): Promise<Aliases> {
  let file = aliasFiles.get(locale);
  if (!file) {
    file = fetch(`/${locale.toLowerCase()}/search-aliases.json`)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<AliasFile>;
      })
      .then(({ entries, synonyms, intents, classifier }) => ({
        index: buildAliasIndex(entries, locale),
        synonyms,
        intents,
        classifier: classifier ? { slugs: classifier.slugs, weights: unpackWeights(classifier) } : undefined,
      }))
      .catch(() => {
        // Try again on the next search (the reader may be back online); search without aliases now.
        aliasFiles.delete(locale);
        return { index: buildAliasIndex([], locale), synonyms: [], intents: [], classifier: undefined };
      });
    aliasFiles.set(locale, file);
  }
  return file;
}

/**
 * Starts downloading Pagefind (about 70 KiB with its wasm) and the locale's aliases without
 * searching: the header box calls it when the reader focuses it, so on a slow link the
 * download runs while they type instead of after. Failures are left for the search to retry.
 */
export function prepareSearch(locale: SearchLocale): void {
  loadPagefind().catch(() => undefined);
  void loadAliases(locale);
}

/** The section of a page whose words matched most (for the FAQ: the question asked). */
function bestSection(item: PagefindResultData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  let bestScore = 0;
  for (const section of item.sub_results) {
    if (!section.url.includes('#')) continue;
    const score = (section.weighted_locations ?? []).reduce((sum, location) => sum + location.weight, 0);
    if (score > bestScore) [best, bestScore] = [section, score];
  }
  return best;
}

function toHit(item: PagefindResultData): SearchHit {
  const kind = item.filters['kind']?.[0];
  const category = item.filters['category']?.[0];
  // The FAQ is one page of many questions: the hit is the question that matched,
  // linked to its anchor (the page opens that answer), not the top of the page.
  const question = kind === 'faq' ? bestSection(item) : undefined;
  if (question) return { url: question.url, title: question.title, excerpt: question.excerpt, category, kind, sections: [] };
  return {
    url: item.url,
    title: item.meta['title'] ?? item.url,
    excerpt: item.excerpt,
    category,
    kind,
    sections: item.sub_results.filter((section) => section.url !== item.url && section.url.includes('#')).slice(0, 3),
  };
}

/** Escapes text for the excerpt field, which the UI reads as "text with <mark>". */
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function searchSite(typed: string, locale: SearchLocale, filters: SearchFilters = {}, limit = 8): Promise<SearchHit[]> {
  // Every step below is linear, but a pasted page would still cost seconds of segmenting and matching.
  const [pagefind, aliases] = await Promise.all([loadPagefind(), loadAliases(locale)]);
  const question = limitQuery(typed).query;
  // "acount" → "account": Pagefind needs every word, so one typo would hide every page.
  const story = correctTypos(question, aliases.index);
  // Pagefind and the alias match (editors' short phrasings, not measured on whole stories) read the start.
  const raw = limitQuery(story, MAX_INDEXED_LENGTH).query;
  // The reader's words first, then the same query with synonyms (封号 → 冻结, suspended → frozen).
  const phrasings = [raw, ...synonymVariants(raw, aliases.synonyms, locale, 4)];
  const variants: QueryVariant[] = [
    ...queryVariants(raw, locale),
    ...phrasings.slice(1).map((query) => ({ query, weight: 0.7, tier: 2 as const })),
  ];
  if (variants.length === 0) return [];
  const pagefindFilters: Record<string, string> = {};
  if (filters.category) pagefindFilters['category'] = filters.category;
  if (filters.kind) pagefindFilters['kind'] = filters.kind;
  const byId = new Map<string, PagefindResult>();
  const lists: RankedList[] = [];
  // Tiers in turn (see QueryVariant.tier): a query that already finds enough pages
  // never downloads the index chunks of words the reader did not type.
  for (const tier of [0, 1, 2] as const) {
    if (tier > 0 && byId.size >= ENOUGH) break;
    const batch = variants.filter((variant) => variant.tier === tier);
    const responses = await Promise.all(batch.map((variant) => pagefind.search(variant.query, { filters: pagefindFilters })));
    responses.forEach((response, index) => {
      const results = response?.results ?? [];
      for (const result of results) byId.set(result.id, result);
      // A variant that finds only one or two pages is usually a segmentation
      // accident (#1237), not a precise hit: let it count for less.
      const confidence = Math.min(1, results.length / 3);
      lists.push({ ids: results.map((result) => result.id), weight: (batch[index]?.weight ?? 0) * confidence });
    });
  }
  // Each result's text is one more file (a fragment, ~3 KiB): fetch only as many as can be shown.
  const ranked = fuseRanks(lists).slice(0, limit);
  const data = await Promise.all(ranked.map((id) => byId.get(id)?.data()));
  const hits = new Map<string, SearchHit>();
  for (const item of data) {
    const hit = item && toHit(item);
    if (hit) hits.set(hit.url, hit);
  }
  const pagefindUrls = [...hits.keys()];

  const keep = (entry: AliasEntry): boolean => (!filters.category || entry.category === filters.category) && (!filters.kind || entry.kind === filters.kind);
  const aliasHits = bestAliasScores(raw, phrasings.slice(1), aliases.index, keep);
  // The cues are read before and after typo correction: it may turn "didn't" into another word.
  const slugs = new Set([...intentSlugs(question, aliases.intents), ...intentSlugs(story, aliases.intents)]);
  const articlesOf = (slug: string): AliasEntry[] => aliases.index.entries.filter((entry) => entry.url.endsWith(`/articles/${slug}/`) && keep(entry));
  const intents = [...slugs].flatMap(articlesOf);
  // The learned ranker reads the whole corrected question: a long story's point is often at its end.
  const learned = aliases.classifier
    ? classifyQuery(story, aliases.classifier.slugs, aliases.classifier.weights, locale).flatMap(({ slug, probability }) => articlesOf(slug).map((entry) => ({ entry, probability })))
    : [];
  // Pages the aliases, the cues or the model's first three found are shown even when Pagefind missed them.
  for (const entry of [...aliasHits.map((hit) => hit.entry), ...intents, ...learned.slice(0, 3).map(({ entry }) => entry)]) {
    if (!hits.has(entry.url)) {
      hits.set(entry.url, { url: entry.url, title: entry.title, excerpt: escapeText(entry.description), category: entry.category, kind: entry.kind, sections: [] });
    }
  }
  const order = mergeRanks(pagefindUrls, aliasHits, intents.map((entry) => entry.url), learned.map(({ entry, probability }) => ({ url: entry.url, probability })));
  return order.slice(0, limit).flatMap((url) => hits.get(url) ?? []);
}
