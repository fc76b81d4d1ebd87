/**
 * /<locale>/search-aliases.json: titles and aliases of every article, and the
 * locale's synonym groups and intent cues, in one small file fetched with the first search so
 * the client can match how people phrase problems (src/search/engine/alias-match.ts,
 * src/search/engine/synonyms.ts), with the learned ranker trained on them (query-classifier.ts).
 */
import type { APIRoute } from 'astro';
import { articlesInLocale } from '../../pipeline/article-index.ts';
import type { Locale } from '../../lib/locales.ts';
import { getSiteContent } from '../../pipeline/site-data.ts';
import { localePaths } from '../../lib/static-paths.ts';
import { urls } from '../../lib/urls.ts';
import { INTENT_RULES } from '../../search/engine/intent-rules.ts';
import { trainClassifier, type TrainingOptions } from '../../search/engine/query-classifier.ts';
import { searchTraining } from '../../pipeline/search-examples.ts';

export const getStaticPaths = localePaths;

/**
 * Chinese is also taught in pinyin (search-examples.ts), whose word pairs and letter pieces are many
 * and weak: they must recur more to be shipped, and weights under 1.2 stay home. English is smoothed
 * more (l2) and keeps weights from 0.5. The caps hold the weights at about 22 KiB (zh) and 25 KiB (en)
 * gzipped however many phrasings editors add, so the first search stays within its 130 KiB. Measured
 * on twelve seen sets, each scored by a model trained without it: with the phrasings of sets 14–19 the
 * English cap bound, and 3,500 features took recall@1 from 0.952 (3,000) to 0.965.
 */
const TRAINING_OPTIONS: Record<Locale, TrainingOptions> = {
  'zh-CN': { minExamplesOfKind: { c: 6, p: 6 }, minWeight: 1.2, maxFeatures: 3600 },
  en: { minWeight: 0.5, maxFeatures: 3500, l2: 1e-3 },
};

export const GET: APIRoute<{ locale: Locale }> = ({ props }) => {
  const content = getSiteContent();
  const entries = articlesInLocale(content, props.locale)
    // Fallback pages (pending translation) stay out of this locale's search, as in the Pagefind index.
    .filter((article) => !article.isFallback)
    .map(({ slug, record }) => ({
      url: urls.article(props.locale, slug),
      title: record.data.title,
      description: record.data.description,
      category: record.data.category,
      kind: record.data.kind,
      phrases: [record.data.title, ...record.data.aliases],
    }));
  const training = searchTraining(content, props.locale);
  const classifier = training ? trainClassifier(training.examples, training.slugs, props.locale, TRAINING_OPTIONS[props.locale]) : undefined;
  return new Response(JSON.stringify({ entries, synonyms: content.synonyms[props.locale], intents: INTENT_RULES[props.locale], classifier }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
