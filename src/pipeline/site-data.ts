/**
 * The site model pages read: content loaded, validated and indexed once per
 * build, and once per change in `astro dev`.
 *
 * The content-check integration runs the check before Astro builds anything and
 * leaves its result here; pages then read that same result instead of loading
 * and validating everything again. The integration is imported by Node and the
 * pages by Vite, so each has its own copy of this module: the result lives on
 * `globalThis` under a registered symbol, which both copies share. In `astro dev`
 * the integration drops it when a file under content/ changes, and the next page
 * to ask checks the content again.
 *
 * The integration has already refused to build invalid content, so a problem
 * here is a bug in the check, or a file edited while `astro dev` runs; either
 * way we say so instead of rendering a half-broken page.
 */
import type { Tree } from '../schemas/troubleshooter.ts';
import { checkProject, type CheckResult } from './run-check.ts';
import type { SiteContent } from './site-content.ts';

const SLOT = Symbol.for('help-center:site-model');

interface ModelSlot {
  root: string;
  result: CheckResult;
}

type WithSlot = typeof globalThis & { [SLOT]?: ModelSlot | undefined };

/** Checks the project at `root` and keeps the result for every page of this build (or until the next change in dev). */
export function checkSiteModel(root: string): CheckResult {
  const result = checkProject(root);
  (globalThis as WithSlot)[SLOT] = { root, result };
  return result;
}

/** Forgets the model, so the next page reads the content again. */
export function invalidateSiteModel(): void {
  (globalThis as WithSlot)[SLOT] = undefined;
}

function model(): CheckResult {
  const slot = (globalThis as WithSlot)[SLOT];
  const result = slot?.result ?? checkSiteModel(process.cwd());
  if (result.issues.length > 0) throw new Error(`Content is invalid; run \`npm run check\`.\n${result.report}`);
  return result;
}

export function getSiteContent(): SiteContent {
  return model().content;
}

/** Every troubleshooter tree, sorted by `order`. */
export function getTroubleshooters(): Tree[] {
  return model().trees;
}
