import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/pipeline/run-check.ts';
import { siteConfig } from '../../src/site.config.ts';

const { contacts } = checkProject(process.cwd()).content;
const official = (url: string): boolean => {
  const host = new URL(url).hostname;
  return contacts.webDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
};

describe('the brand config', () => {
  // The repository (edit links) may live on a code host; it is not a support channel.
  it('publishes the site itself on an official domain, so the checker vouches for it', () => {
    expect(official(siteConfig.siteUrl), siteConfig.siteUrl).toBe(true);
  });

  it('names anti-fraud lines that exist in the registry', () => {
    const ids = contacts.externalReferences.map((reference) => reference.id);
    for (const id of siteConfig.antiFraudReferenceIds) expect(ids).toContain(id);
  });
});
