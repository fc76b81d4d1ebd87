/**
 * What the learned ranker (src/search/engine/query-classifier.ts) is trained on for one
 * language: each published article's title, description, aliases, FAQ questions and headings,
 * and the phrasings editors recorded under it in content/search-phrasings.yaml. Pure.
 */
import { pinyin } from 'pinyin-pro';
import type { Locale } from '../lib/locales.ts';
import type { LabelledPhrasing } from '../search/engine/query-classifier.ts';
import { articlesInLocale } from './article-index.ts';
import { countHanCharacters } from './article-structure.ts';
import type { SiteContent } from './site-content.ts';

/**
 * Above this many articles per language the ranker is not trained: training time grows with
 * articles × examples and the shipped weights with articles, and search falls back to
 * Pagefind, aliases and cues (what it does without the ranker).
 */
export const MAX_LEARNED_ARTICLES = 200;

/** A heading names a part of the answer, not the question: it counts for less. */
const HEADING_WEIGHT = 0.3;

/**
 * Chinese readers without an input method at hand type pinyin ("kefu dianhua duoshao", "zhanghu bei
 * dong jie le"), and they type short queries: each example of up to this many Chinese characters is
 * also taught in toneless pinyin, at half weight (half as sure as the characters themselves).
 */
const PINYIN_UP_TO = 8;
const PINYIN_WEIGHT = 0.5;

export interface SearchTraining {
  slugs: string[];
  examples: LabelledPhrasing[];
}

export function searchTraining(content: SiteContent, locale: Locale): SearchTraining | undefined {
  // Fallback pages (pending translation) stay out of this locale's search, as in the Pagefind index.
  const articles = articlesInLocale(content, locale).filter((article) => !article.isFallback);
  if (articles.length === 0 || articles.length > MAX_LEARNED_ARTICLES) return undefined;
  const slugs = articles.map((article) => article.slug);
  const known = new Set(slugs);
  const examples: LabelledPhrasing[] = [];
  for (const { slug, record } of articles) {
    for (const text of [record.data.title, record.data.description, ...record.data.aliases]) examples.push({ text, slug });
    for (const heading of record.structure.headings) if (heading.depth <= 3) examples.push({ text: heading.text, slug, weight: HEADING_WEIGHT });
  }
  for (const entry of content.faq) if (known.has(entry.article)) examples.push({ text: entry.question[locale], slug: entry.article });
  for (const [slug, phrasings] of Object.entries(content.phrasings[locale])) {
    if (known.has(slug)) for (const text of phrasings) examples.push({ text, slug });
  }
  if (locale === 'zh-CN') {
    for (const { text, slug, weight = 1 } of [...examples]) {
      const han = countHanCharacters(text);
      if (han > 0 && han <= PINYIN_UP_TO) examples.push({ text: pinyin(text, { toneType: 'none', separator: ' ', nonZh: 'consecutive' }), slug, weight: weight * PINYIN_WEIGHT });
    }
  }
  return { slugs, examples };
}
