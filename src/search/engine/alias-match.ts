/**
 * Matches a query against the phrasings editors record in `aliases` (and the
 * titles), by overlap rather than exact words: Chinese by character pairs,
 * English by stemmed words. Pagefind only finds words that its segmenter and
 * ours agree on; this finds "有一笔不是我付的钱" from the alias "有笔不是我付的".
 *
 * Rare features count more than common ones (idf over the entries), and a
 * phrase scores by how much of it the query covers, so a long story that
 * contains a whole alias ("…被扣了两次钱，商家说…") finds it even though most
 * of the story is about something else.
 */
import { EN_FILLER, normalizeQuery, segmentWords, type SearchLocale } from './query-variants.ts';

export interface AliasEntry {
  url: string;
  title: string;
  description: string;
  category: string;
  kind: string;
  /** Title first, then the aliases. */
  phrases: string[];
}

const ZH_NOISE = /[的了吗呢吧啊呀么嘛哦我你他她它怎么办如何为什么请问是个]/gu;

/**
 * Character pairs, and pairs one character apart marked with "…": people put a
 * word in the middle (被人盗 for 被盗, 扣了我两次 for 扣了两次) and the pair still matches.
 */
function hanBigrams(text: string): Set<string> {
  const characters = [...(text.match(/\p{Script=Han}|[a-z0-9]+/gu) ?? [])];
  const grams = new Set<string>();
  for (let index = 0; index < characters.length - 1; index++) {
    grams.add(`${characters[index]}${characters[index + 1]}`);
    if (index < characters.length - 2) grams.add(`${characters[index]}…${characters[index + 2]}`);
  }
  if (characters.length === 1 && characters[0]) grams.add(characters[0]);
  return grams;
}

/** A gapped pair is weaker evidence than an adjacent one. */
const featureWeight = (feature: string): number => (feature.includes('…') ? 0.5 : 1);

/** A light stemmer: enough to match "charged"/"charge", "failing"/"fails". */
export function stem(word: string): string {
  return word.replace(/'s$/, '').replace(/(ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

function englishTerms(text: string): Set<string> {
  return new Set(segmentWords(text, 'en').filter((word) => !EN_FILLER.has(word)).map(stem).filter((word) => word.length > 1));
}

function features(text: string, locale: SearchLocale): Set<string> {
  const normalized = normalizeQuery(text).toLowerCase();
  return locale === 'zh-CN' && /\p{Script=Han}/u.test(normalized) ? hanBigrams(normalized.replace(ZH_NOISE, '')) : englishTerms(normalized);
}

/**
 * How `a` becomes `b` with one edit: 'indel' (a letter missing or extra), 'swap'
 * (neighbours swapped), 'sub' (one letter replaced), 'same', or undefined when
 * it takes more. Linear.
 */
export function oneEdit(a: string, b: string): 'same' | 'indel' | 'swap' | 'sub' | undefined {
  if (a === b) return 'same';
  if (Math.abs(a.length - b.length) > 1) return undefined;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA + restB === 1) return 'indel';
  if (restA === 1 && restB === 1) return 'sub';
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start] ? 'swap' : undefined;
}

/** Typos people make most come first: a missing or doubled letter, then swapped neighbours, then a wrong key. */
const TYPO_ORDER = ['indel', 'swap', 'sub'] as const;

export interface AliasIndex {
  locale: SearchLocale;
  entries: readonly AliasEntry[];
  /** Features of each entry's phrases, in the same order. */
  phrases: Set<string>[][];
  idf: Map<string, number>;
  /** English: the words of every phrase, for correcting a one-letter typo. */
  vocabulary: Set<string>;
}

/** Prepares the entries once per locale: features, their rarity and the vocabulary. */
export function buildAliasIndex(entries: readonly AliasEntry[], locale: SearchLocale): AliasIndex {
  // The description (a sentence an editor wrote about the problem) counts as the last phrase.
  const phrases = entries.map((entry) => [...entry.phrases, entry.description].map((phrase) => features(phrase, locale)));
  const documentFrequency = new Map<string, number>();
  for (const entryPhrases of phrases) {
    const seen = new Set(entryPhrases.flatMap((set) => [...set]));
    for (const feature of seen) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const idf = new Map([...documentFrequency].map(([feature, count]) => [feature, featureWeight(feature) * Math.log(1 + entries.length / count)]));
  const vocabulary = new Set(locale === 'en' ? entries.flatMap((entry) => [...entry.phrases, entry.description].flatMap((phrase) => segmentWords(phrase, 'en'))) : []);
  return { locale, entries, phrases, idf, vocabulary };
}

/**
 * Replaces each English word the site never uses by the one site word it is a
 * single typo away from ("acount" → "account", "pasword" → "password"). People
 * rarely get the first letter wrong, so candidates must share it. Words with no
 * or several candidates stay.
 *
 * The vocabulary is only the site's own phrasings, so many real words are not
 * in it, and short real words are one letter from a site word ("read" → "real",
 * "think" → "thing"): a word must have 5 letters to be corrected, and 7 for a
 * wrong letter (a missing, doubled or swapped letter is the likelier typo).
 */
export function correctTypos(query: string, index: AliasIndex): string {
  if (index.locale !== 'en' || index.vocabulary.size === 0) return query;
  return query.replace(/[A-Za-z]{5,}/g, (word) => {
    const lower = word.toLowerCase();
    if (index.vocabulary.has(lower)) return word;
    const candidates = new Map<string, string[]>();
    // The word is not in the vocabulary, so no candidate is the 'same'.
    for (const candidate of index.vocabulary) {
      if (candidate[0] !== lower[0]) continue;
      const kind = oneEdit(lower, candidate);
      if (kind === 'sub' && lower.length < 7) continue;
      // One letter more at the end is usually another form of the word ("meant", "cards"), not a typo.
      if (kind === 'indel' && lower.startsWith(candidate)) continue;
      if (kind) candidates.set(kind, [...(candidates.get(kind) ?? []), candidate]);
    }
    const best = TYPO_ORDER.map((kind) => candidates.get(kind)).find((list) => list !== undefined);
    return best?.length === 1 && best[0] ? best[0] : word;
  });
}

/** About two features of middling rarity. */
const MIN_PHRASE_WEIGHT = 3.5;

export interface AliasHit {
  entry: AliasEntry;
  score: number;
}

/** How much of the phrase the query covers (mostly) and how much of the query the phrase explains. */
function phraseScore(query: Set<string>, phrase: Set<string>, idf: Map<string, number>, queryWeight: number): number {
  let phraseWeight = 0;
  let shared = 0;
  for (const feature of phrase) {
    const weight = idf.get(feature) ?? 0;
    phraseWeight += weight;
    if (query.has(feature)) shared += weight;
  }
  if (phraseWeight === 0 || queryWeight === 0) return 0;
  // A one-word phrase ("app", "提现") is covered by any query that mentions it: it needs more to count.
  return 0.6 * (shared / Math.max(phraseWeight, MIN_PHRASE_WEIGHT)) + 0.4 * (shared / queryWeight);
}

/** Entries whose phrases the query matches by at least `threshold` (0–1), best first. */
export function matchAliases(query: string, index: AliasIndex, threshold = 0.3): AliasHit[] {
  const wanted = features(query, index.locale);
  // Features no entry has still count against the query, at the highest rarity.
  const unseen = Math.log(1 + index.entries.length);
  let queryWeight = 0;
  for (const feature of wanted) queryWeight += index.idf.get(feature) ?? featureWeight(feature) * unseen;
  const hits: AliasHit[] = [];
  index.entries.forEach((entry, position) => {
    const scores = (index.phrases[position] ?? []).map((phrase) => phraseScore(wanted, phrase, index.idf, queryWeight)).sort((a, b) => b - a);
    // Several phrases of one entry matching parts of a story are more evidence than one.
    const score = (scores[0] ?? 0) + 0.15 * (scores[1] ?? 0);
    if (score >= threshold) hits.push({ entry, score });
  });
  return hits.sort((a, b) => b.score - a.score);
}
