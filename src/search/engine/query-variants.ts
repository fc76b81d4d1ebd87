/**
 * Turns what a reader typed into the queries worth sending to Pagefind.
 *
 * Pagefind segments Chinese pages with jieba at build time but queries with
 * Intl.Segmenter in the browser; when the two cut a phrase differently, the
 * whole query can miss (pagefind #1237). So for Chinese we also try the
 * query's words one by one and, for long runs of Han characters, overlapping
 * two-character pieces, after dropping filler such as 怎么办 / 了 / 吗 that no
 * article is indexed under. Results of all variants are fused by rank
 * (fuse-ranks.ts), the original query counting most.
 */

import type { Locale } from '../../schemas/common.ts';

/** Words that carry no topic: question words, particles, pronouns, politeness (phrases such as 怎么办 go before segmenting). */
const ZH_FILLER = new Set([
  '怎么', '怎样', '如何', '为什么', '为啥', '什么', '咋', '啥', '能不能', '可以', '可不可以', '是不是',
  '了', '吗', '呢', '吧', '啊', '呀', '的', '地', '得', '着', '过', '么', '嘛', '哦', '请问', '请', '帮忙', '一下',
  '我', '我的', '你', '你们', '他', '她', '它', '这', '那', '这个', '那个', '一个', '一笔', '还', '又', '都', '就', '也',
  '在', '把', '被', '给', '让', '和', '跟', '有', '没', '没有', '不', '要', '想', '会', '能', '该', '应该', '现在', '刚才', '刚刚',
  '但是', '可是', '但', '结果', '已经', '然后', '还是', '就是',
]);

/** English words that carry no topic; also what the alias matcher ignores. */
export const EN_FILLER = new Set([
  'a', 'an', 'the', 'i', 'my', 'me', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'to', 'of', 'for',
  'on', 'in', 'it', 'its', 'and', 'or', 'but', 'what', 'how', 'why', 'can', 'could', 'should', 'i\'m', 'im', 'help', 'please',
  'with', 'from', 'at', 'this', 'that', 'there', 'have', 'has', 'had', 'just', 'now', 'so', 'get', 'got',
  'someone', 'something', 'they', 'them', 'their', 'he', 'she', 'we', 'you', 'your', 'when', 'after', 'said', 'says', 'saying',
]);

const HAN_RUN = /\p{Script=Han}+/gu;

/** Particles the browser's segmenter leaves attached to the word before them. */
const TRAILING_PARTICLE = new Set(['了', '吗', '呢', '吧', '啊', '呀', '嘛']);

/** Filler phrases the segmenter splits into pieces that look like words (怎么办 → 怎么 + 办): removed before segmenting. */
const ZH_FILLER_PHRASES = ['怎么办', '咋办', '咋整', '怎么整', '怎么弄', '该怎么做', '怎么处理'];

function withoutFillerPhrases(text: string): string {
  // split/join, not a regular expression: linear on any input.
  return ZH_FILLER_PHRASES.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

/** Search works per site locale. */
export type SearchLocale = Locale;

/** Splits text into words with the platform segmenter (available in browsers and Node). */
export function segmentWords(text: string, locale: SearchLocale): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words = [...segmenter.segment(text)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment.toLowerCase())
    // The browser's dictionary keeps a particle on its verb (扣了, 到账了), the indexer does not.
    .map((word) => ([...word].length > 1 && TRAILING_PARTICLE.has(word.slice(-1)) ? word.slice(0, -1) : word));
  // Dictionaries differ between engines: one splits 客服 into 客 + 服. Rejoin runs
  // of single Han characters (that are not filler) so a word is not lost.
  const merged: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run !== '') merged.push(run);
    run = '';
  };
  for (const word of words) {
    if ([...word].length === 1 && /\p{Script=Han}/u.test(word) && !ZH_FILLER.has(word)) {
      run += word;
    } else {
      flush();
      merged.push(word);
    }
  }
  flush();
  return merged;
}

function bigrams(run: string): string[] {
  const characters = [...run];
  if (characters.length <= 2) return [run];
  return characters.slice(0, -1).map((character, index) => character + (characters[index + 1] ?? ''));
}

export interface QueryVariant {
  query: string;
  /** How much this variant's ranking counts when results are fused (the reader's words count most). */
  weight: number;
  /**
   * When the variant is worth sending. Every new word costs Pagefind an index chunk
   * (about 20–30 KiB), so: 0 the reader's words; 1 the same words regrouped (no new
   * chunks); 2 new words (bigrams, synonyms), sent only when tiers 0–1 found too little.
   */
  tier: 0 | 1 | 2;
}

/**
 * Longest question read, in characters: a long story from a stressed reader fits (one in seven
 * English queries in the unseen sets ran past 120 characters, up to about 370); a pasted page does not.
 */
export const MAX_QUERY_LENGTH = 500;

/**
 * How much of the question Pagefind, its variants and the alias match are asked: every word costs
 * Pagefind an index chunk. The intent cues and the learned ranker read the whole question; they are
 * linear in it and download nothing more.
 */
export const MAX_INDEXED_LENGTH = 120;

/** Normalises spacing and full-width letters (ＱＲ码 → QR码) so variants compare equal. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The part of `raw` that is read (its first `max` characters), and whether it was cut (the UI then says so). Linear in the input. */
export function limitQuery(raw: string, max = MAX_QUERY_LENGTH): { query: string; truncated: boolean } {
  const query = normalizeQuery(raw);
  const characters = Array.from(query);
  if (characters.length <= max) return { query, truncated: false };
  return { query: characters.slice(0, max).join('').trim(), truncated: true };
}

export function queryVariants(raw: string, locale: SearchLocale): QueryVariant[] {
  const query = normalizeQuery(raw);
  if (query === '') return [];
  const variants: QueryVariant[] = [];
  const add = (candidate: string, weight: number, tier: QueryVariant['tier']): void => {
    const trimmed = candidate.trim();
    if (trimmed !== '' && !variants.some((variant) => variant.query === trimmed)) variants.push({ query: trimmed, weight, tier });
  };

  const words = segmentWords(locale === 'zh-CN' ? withoutFillerPhrases(query) : query, locale);
  const filler = locale === 'zh-CN' ? ZH_FILLER : EN_FILLER;
  const content = words.filter((word) => !filler.has(word));
  // Pagefind requires every word of a query and loads an index chunk per word, so
  // filler (了, 吗, "my", "is") is never sent: it costs bytes and finds nothing.
  add(content.length > 0 ? content.join(' ') : query, 1, 0);

  // One word the right page lacks (自称, "claiming") hides it: also try the query without each word.
  if (content.length >= 3 && content.length <= 6) {
    content.forEach((_, skip) => add(content.filter((__, index) => index !== skip).join(' '), 0.7, 1));
  }
  // Each content word alone, so a long story still finds the pages about any part of it.
  if (content.length > 1) for (const word of content) if (/\p{Script=Han}/u.test(word) || word.length > 3) add(word, 0.35, 1);

  // Chinese: two-character pieces of long runs, for when the browser cuts words
  // differently from the indexer (pagefind #1237).
  for (const run of content.join('').match(HAN_RUN) ?? []) {
    if ([...run].length >= 3) add(bigrams(run).join(' '), 0.6, 2);
  }
  return variants.slice(0, 12);
}
