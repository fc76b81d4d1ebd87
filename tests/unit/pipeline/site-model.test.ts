import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../src/pipeline/load-content.ts';
import { validateContent } from '../../../src/pipeline/validate-content.ts';
import { checkSiteModel, getSiteContent, getTroubleshooters, invalidateSiteModel } from '../../../src/pipeline/site-data.ts';
import { fixtureProject } from '../support/fixture-project.ts';

afterEach(invalidateSiteModel);

describe('the site model', () => {
  it('serves pages the content the build already checked, without loading it again', () => {
    const result = checkSiteModel(fixtureProject());
    expect(getSiteContent()).toBe(result.content);
    expect(getTroubleshooters()).toBe(result.trees);
  });

  it('is shared by every copy of the module, as the integration (Node) and the pages (Vite) each have one', async () => {
    const result = checkSiteModel(fixtureProject());
    vi.resetModules();
    const other = await import('../../../src/pipeline/site-data.ts');
    expect(other.getSiteContent).not.toBe(getSiteContent);
    expect(other.getSiteContent()).toBe(result.content);
  });

  it('reads the content again after a change, and refuses to serve it when it became invalid', () => {
    const root = fixtureProject();
    const first = checkSiteModel(root).content;
    invalidateSiteModel();
    // Without a kept model the pages check the project they run in (the real site here).
    expect(getSiteContent()).not.toBe(first);
    checkSiteModel(fixtureProject('unknown-category'));
    expect(() => getSiteContent()).toThrow(/run `npm run check`[\s\S]*unknown category/);
  });
});

describe('loading content again (astro dev)', () => {
  it('parses again only the files whose text changed', () => {
    const root = fixtureProject();
    const before = loadContent(root);
    const file = join(root, 'content/articles/en/about-wallets.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('A wallet holds money.', '## New heading\n\nA wallet holds money.'));
    const after = loadContent(root);
    const find = (raw: typeof before, name: string) => raw.articles.find((source) => source.file === name);
    expect(find(after, 'content/articles/en/payment-failed.mdx')).toBe(find(before, 'content/articles/en/payment-failed.mdx'));
    expect(find(after, 'content/articles/en/about-wallets.mdx')).not.toBe(find(before, 'content/articles/en/about-wallets.mdx'));
    expect(find(after, 'content/articles/en/about-wallets.mdx')?.structure.headings.map((heading) => heading.id)).toEqual(['new-heading']);
  });

  it('validates an edited file again, and forgets its problem once it is fixed', () => {
    const root = fixtureProject();
    const file = join(root, 'content/articles/en/about-wallets.mdx');
    const original = readFileSync(file, 'utf8');
    const problems = () => validateContent(loadContent(root)).issues.map((issue) => issue.problem);
    expect(problems()).toEqual([]);
    writeFileSync(file, original.replace('kind: concept', 'kind: concept\nsummary: typo'));
    expect(problems()).toEqual(['unknown field "summary"']);
    writeFileSync(file, original);
    expect(problems()).toEqual([]);
  });
});
