/**
 * Builds the Pagefind search index from the finished HTML after `astro build`.
 * Indexes are per language (driven by <html lang>); Chinese pages are segmented
 * by the extended binary the npm package ships. Only elements marked
 * data-pagefind-body are indexed, so navigation and footers stay out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'help-center:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ verbose: false });
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
