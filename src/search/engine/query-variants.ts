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

/** Words that carry no topic: question words, particles, pronouns, politeness. */
const ZH_FILLER = new Set([
  '怎么办', '怎么', '怎样', '如何', '为什么', '为啥', '什么', '咋办', '咋', '能不能', '可以', '可不可以', '是不是',
  '了', '吗', '呢', '吧', '啊', '呀', '的', '地', '得', '着', '过', '么', '嘛', '哦', '请问', '请', '帮忙', '一下',
  '我', '我的', '你', '你们', '他', '她', '它', '这', '那', '这个', '那个', '一个', '一笔', '还', '又', '都', '就', '也',
  '在', '把', '被', '给', '让', '和', '跟', '有', '没', '没有', '不', '要', '想', '会', '能', '该', '应该', '现在', '刚才', '刚刚',
]);

const EN_FILLER = new Set([
  'a', 'an', 'the', 'i', 'my', 'me', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'to', 'of', 'for',
  'on', 'in', 'it', 'its', 'and', 'or', 'but', 'what', 'how', 'why', 'can', 'could', 'should', 'i\'m', 'im', 'help', 'please',
  'with', 'from', 'at', 'this', 'that', 'there', 'have', 'has', 'had', 'just', 'now', 'so', 'get', 'got',
]);

const HAN_RUN = /\p{Script=Han}+/gu;

/** Search works per site locale. */
export type SearchLocale = Locale;

/** Splits text into words with the platform segmenter (available in browsers and Node). */
export function segmentWords(text: string, locale: SearchLocale): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words = [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment.toLowerCase());
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
  /** How much this variant's ranking counts when results are fused (the original query counts most). */
  weight: number;
}

/** Normalises spacing and full-width letters (ＱＲ码 → QR码) so variants compare equal. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function queryVariants(raw: string, locale: SearchLocale): QueryVariant[] {
  const query = normalizeQuery(raw);
  if (query === '') return [];
  const variants: QueryVariant[] = [{ query, weight: 1 }];
  const add = (candidate: string, weight: number): void => {
    const trimmed = candidate.trim();
    if (trimmed !== '' && !variants.some((variant) => variant.query === trimmed)) variants.push({ query: trimmed, weight });
  };

  const words = segmentWords(query, locale);
  const filler = locale === 'zh-CN' ? ZH_FILLER : EN_FILLER;
  const content = words.filter((word) => !filler.has(word));
  if (content.length > 0 && content.length < words.length) add(content.join(' '), 0.9);

  // Pagefind requires every indexed word of a query, so one word the right
  // page lacks (自称, "claiming") hides it. Also try the query without each word.
  if (content.length >= 3 && content.length <= 6) {
    content.forEach((_, skip) => add(content.filter((__, index) => index !== skip).join(' '), 0.7));
  }

  if (/\p{Script=Han}/u.test(query)) {
    // Chinese: two-character pieces of long runs, then each content word alone.
    const stripped = content.join('');
    for (const run of stripped.match(HAN_RUN) ?? []) {
      if ([...run].length >= 3) add(bigrams(run).join(' '), 0.6);
    }
    for (const word of content) if (/\p{Script=Han}/u.test(word) || word.length > 2) add(word, 0.35);
  }
  return variants.slice(0, 12);
}
