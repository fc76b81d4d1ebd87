/**
 * Runs the content check before Astro builds anything, so invalid content stops
 * `npm run build` with the editor-facing report instead of a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../pipeline/run-check.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'help-center:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` only serves dist/; checking again would block serving a good build.
        if (command === 'preview') return;
        const { issues, report } = checkProject(fileURLToPath(config.root));
        if (issues.length === 0) return;
        if (command === 'dev') {
          // Keep the dev server up so the editor can fix the file and reload.
          logger.error(`\n${report}`);
          return;
        }
        console.error(`\n${report}\n`);
        process.exit(1);
      },
    },
  };
}
