/**
 * Runs the content check before Astro builds anything, so invalid content stops
 * `npm run build` with the editor-facing report instead of a stack trace. The
 * checked model is kept for the pages (src/pipeline/site-data.ts), so content is
 * loaded and validated once per build; in `astro dev`, once per change.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSiteModel, invalidateSiteModel } from '../pipeline/site-data.ts';

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'help-center:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` only serves dist/; checking again would block serving a good build.
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const { issues, report } = checkSiteModel(root);
        if (issues.length === 0) return;
        if (command === 'dev') {
          // Keep the dev server up so the editor can fix the file and reload.
          logger.error(`\n${report}`);
          return;
        }
        console.error(`\n${report}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server }) => {
        const content = join(root, 'content');
        server.watcher.add(content);
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(content)) invalidateSiteModel();
        });
      },
    },
  };
}
