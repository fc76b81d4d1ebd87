/**
 * Builds the Pagefind search index from the finished HTML after `astro build`.
 * Indexes are per language (driven by <html lang>); Chinese pages are segmented
 * by the extended binary the npm package ships. Only elements marked
 * data-pagefind-body are indexed, so navigation and footers stay out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Words per index chunk (Pagefind counts a word's pages plus its positions), instead of
 * Pagefind's 20 000. A search downloads every chunk that holds one of its words, and words
 * sort by code point, so Chinese words of one query land in unrelated chunks: at 20 000 the
 * Chinese index was five 32 KiB chunks and 扣了两次钱 fetched three of them (93 KiB). At 1 000
 * a chunk is about 2 KiB and a query costs roughly its word count times that (a long story
 * of 6 words: 12 KiB; at 2 000 it was 21 KiB, the request count is the same). The index as a
 * whole grows by 12 % (less context for gzip) and has about 90 files a language, which only
 * the offline precache sees; the chunk list in the metadata file grows to 1.7 KiB.
 * Pagefind 1.6 reads this from its environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); the
 * search byte budgets in tests/e2e/search-answers.e2e.ts fail if it stops doing so.
 */
const INDEX_CHUNK_SIZE = 1000;

/**
 * Page furniture inside data-pagefind-body that says nothing about the topic: the kind and
 * urgency badges and the reading time above an article's title (ArticleLayout.astro), an
 * update's severity badge. Indexed, they put "How-to guide · Urgent: act now · About 10 min"
 * on every guide and at the start of the excerpts Pagefind cuts near the title.
 */
const NOT_CONTENT = ['.article-meta-top', '.badge'];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Read by the Pagefind service process that createIndex starts, which inherits our environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
        const { index, errors } = await createIndex({ verbose: false, excludeSelectors: NOT_CONTENT });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = await index.addDirectory({ path: site });
        if (indexed.errors.length > 0) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        logger.info(`Indexed ${indexed.page_count} pages for search.`);
        await close();
      },
    },
  };
}
