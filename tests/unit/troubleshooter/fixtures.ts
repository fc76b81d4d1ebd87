/** Loads the troubleshooter fixtures: a small valid site, and broken trees checked against its articles and contacts. */
import { fileURLToPath } from 'node:url';
import { loadContent, type RawContent } from '../../../src/pipeline/load-content.ts';
import { validateTroubleshooters } from '../../../src/pipeline/rules/troubleshooters.ts';
import type { SiteContent } from '../../../src/pipeline/site-content.ts';
import { validateContent } from '../../../src/pipeline/validate-content.ts';
import type { Tree } from '../../../src/schemas/troubleshooter.ts';

export const fixtureRoot = (kind: string): string =>
  fileURLToPath(new URL(`../../fixtures/troubleshooters/${kind}`, import.meta.url));

/** The valid fixture site, validated by the schemas only (no rules). */
export function validSite(): { raw: RawContent; content: SiteContent } {
  const raw = loadContent(fixtureRoot('valid'));
  return { raw, content: validateContent(raw, []).content };
}

/** The valid site's articles and contacts, with the troubleshooters of fixture folder `kind`. */
export function siteWithTrees(kind: string): { raw: RawContent; content: SiteContent } {
  const { raw, content } = validSite();
  return { raw: { ...raw, troubleshooters: loadContent(fixtureRoot(kind)).troubleshooters }, content };
}

/** The example trees (payment-failed, unknown-payment), typed, for the engine tests. */
export function exampleTrees(): Tree[] {
  const { raw, content } = validSite();
  return validateTroubleshooters(raw, content).trees;
}
