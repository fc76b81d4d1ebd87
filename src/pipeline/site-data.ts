/**
 * The validated content for pages at build time. The content-check integration
 * has already refused to build invalid content, so a problem here is a bug in
 * the check, and we say so instead of rendering a half-broken page.
 */
import { formatIssues } from './issue.ts';
import { loadContent } from './load-content.ts';
import { validateTroubleshooters } from './rules/troubleshooters.ts';
import type { SiteContent } from './site-content.ts';
import { validateContent } from './validate-content.ts';
import type { Tree } from '../schemas/troubleshooter.ts';

interface SiteData {
  content: SiteContent;
  trees: Tree[];
}

let cached: SiteData | undefined;

function load(): SiteData {
  // In `astro dev` editors change YAML while the server runs; re-reading is cheap (a few small files).
  if (cached && import.meta.env.PROD) return cached;
  const raw = loadContent(process.cwd());
  const { content, issues } = validateContent(raw);
  if (issues.length > 0) throw new Error(`Content is invalid; run \`npm run check\`.\n${formatIssues(issues)}`);
  cached = { content, trees: validateTroubleshooters(raw, content).trees };
  return cached;
}

export function getSiteContent(): SiteContent {
  return load().content;
}

/** Every troubleshooter tree, sorted by `order`. */
export function getTroubleshooters(): Tree[] {
  return load().trees;
}
