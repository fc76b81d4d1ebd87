/**
 * The validated content for pages at build time. The content-check integration
 * has already refused to build invalid content, so a problem here is a bug in
 * the check, and we say so instead of rendering a half-broken page.
 */
import { checkProject } from '../check/run-check.ts';
import type { SiteContent } from '../check/site-content.ts';

let cached: SiteContent | undefined;

export function getSiteContent(): SiteContent {
  // In `astro dev` editors change YAML while the server runs; re-reading is cheap (a few small files).
  if (cached && import.meta.env.PROD) return cached;
  const { content, issues, report } = checkProject(process.cwd());
  if (issues.length > 0) throw new Error(`Content is invalid; run \`npm run check\`.\n${report}`);
  cached = content;
  return content;
}
