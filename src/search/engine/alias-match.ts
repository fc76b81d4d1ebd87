/**
 * Matches a query against the phrasings editors record in `aliases` (and the
 * titles), by overlap rather than exact words: Chinese by character pairs,
 * English by stemmed words. Pagefind only finds words that its segmenter and
 * ours agree on; this finds "有一笔不是我付的钱" from the alias "有笔不是我付的".
 */
import { normalizeQuery, segmentWords, type SearchLocale } from './query-variants.ts';

export interface AliasEntry {
  url: string;
  title: string;
  description: string;
  category: string;
  kind: string;
  /** Title first, then the aliases. */
  phrases: string[];
}

const ZH_NOISE = /[的了吗呢吧啊呀么嘛哦我你他她它怎么办如何为什么请问]/gu;
const EN_STOP = new Set(['a', 'an', 'the', 'i', 'my', 'me', 'is', 'am', 'are', 'was', 'to', 'of', 'for', 'on', 'in', 'it', 'and', 'or', 'what', 'how', 'why', 'can', 'do', 'does', 'did', 'with', 'from', 'at', 'this', 'that', 'be', 'been', 'have', 'has', 'got', 'get', 'just', 'someone', 'something']);

function hanBigrams(text: string): Set<string> {
  const characters = [...(text.match(/\p{Script=Han}|[a-z0-9]+/gu) ?? [])];
  const grams = new Set<string>();
  for (let index = 0; index < characters.length - 1; index++) grams.add(`${characters[index]}${characters[index + 1]}`);
  if (characters.length === 1 && characters[0]) grams.add(characters[0]);
  return grams;
}

/** A light stemmer: enough to match "charged"/"charge", "failing"/"fails". */
function stem(word: string): string {
  return word.replace(/'s$/, '').replace(/(ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

function englishTerms(text: string): Set<string> {
  return new Set(segmentWords(text, 'en').filter((word) => !EN_STOP.has(word)).map(stem).filter((word) => word.length > 1));
}

function features(text: string, locale: SearchLocale): Set<string> {
  const normalized = normalizeQuery(text).toLowerCase();
  return locale === 'zh-CN' && /\p{Script=Han}/u.test(normalized) ? hanBigrams(normalized.replace(ZH_NOISE, '')) : englishTerms(normalized);
}

/** Share of the query's features found in the phrase, damped for phrases much longer than the query. */
function similarity(query: Set<string>, phrase: Set<string>): number {
  if (query.size === 0 || phrase.size === 0) return 0;
  let shared = 0;
  for (const feature of query) if (phrase.has(feature)) shared += 1;
  return (2 * shared) / (query.size + phrase.size);
}

export interface AliasHit {
  entry: AliasEntry;
  score: number;
}

/** Entries whose best phrase overlaps the query by at least `threshold`, best first. */
export function matchAliases(query: string, entries: readonly AliasEntry[], locale: SearchLocale, threshold = 0.34): AliasHit[] {
  const wanted = features(query, locale);
  return entries
    .map((entry) => ({ entry, score: Math.max(0, ...entry.phrases.map((phrase) => similarity(wanted, features(phrase, locale)))) }))
    .filter((hit) => hit.score >= threshold)
    .sort((a, b) => b.score - a.score);
}
