import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline/run-check.ts';
import { brokenVariants, fixtureProject } from '../support/fixture-project.ts';

const reportFor = (variant: string): string => checkProject(fixtureProject(variant)).report;

describe('the content check', () => {
  it('passes the valid fixture without a single issue', () => {
    expect(checkProject(fixtureProject()).issues).toEqual([]);
  });

  it('has a pinned message for every broken fixture folder', () => {
    expect(brokenVariants()).toEqual([
      'avoided-term', 'bad-date', 'bad-search-phrasing', 'duplicate-slug', 'malformed-mdx', 'missing-first-action', 'missing-locale-text', 'missing-required-field', 'missing-translation', 'registry-mismatch',
      'steps-only-in-code', 'unknown-category', 'unknown-contact', 'unknown-key', 'unknown-kind', 'unknown-related', 'unknown-troubleshooter', 'yaml-syntax',
    ]);
  });

  it('refuses search phrasings under an article that does not exist, or under two articles', () => {
    expect(reportFor('bad-search-phrasing')).toMatchInlineSnapshot(`
      "content/search-phrasings.yaml:5
        field:   zh-CN.payment-fail
        problem: no published zh-CN article is called "payment-fail"
        fix:     use the file name (without .mdx) of an article in content/articles/zh-CN/, or move these phrasings under the article that answers them
        rule:    search-phrasings

      content/search-phrasings.yaml:10
        field:   en.about-wallets[0]
        problem: "Payment didnt go  thru" is listed under both payment-failed and about-wallets
        fix:     keep it under the one article that answers it best
        rule:    search-phrasings

      Content check failed: 2 problems in 1 file."
    `);
  });

  it('rejects an unknown frontmatter key and says to remove or respell it', () => {
    expect(reportFor('unknown-key')).toMatchInlineSnapshot(`
      "content/articles/en/about-wallets.mdx:6
        field:   summary
        problem: unknown field "summary"
        fix:     remove it, or correct the spelling: unknown fields are rejected so that typos do not pass silently
        rule:    schema

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects a missing required field and names it', () => {
    expect(reportFor('missing-required-field')).toMatchInlineSnapshot(`
      "content/articles/en/about-wallets.mdx:2
        field:   title
        problem: required field "title" is missing
        fix:     add "title" (text)
        rule:    schema

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('refuses a critical guide without a first action and says what to add', () => {
    expect(reportFor('missing-first-action')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:2
        field:   firstAction
        problem: required field "firstAction" is missing: a critical guide needs a first action
        fix:     add firstAction: { step: "the one protective step, in a sentence", path: "where it is in the app, e.g. 我的 › 设置 › 账户与安全 › 紧急冻结" } — the page shows it under the title with the hotline
        rule:    schema

      content/search-phrasings.yaml:7
        field:   en.payment-failed
        problem: no published en article is called "payment-failed"
        fix:     use the file name (without .mdx) of an article in content/articles/en/, or move these phrasings under the article that answers them
        rule:    search-phrasings

      Content check failed: 2 problems in 2 files."
    `);
  });

  it('rejects a date that is not a real calendar day', () => {
    expect(reportFor('bad-date')).toMatchInlineSnapshot(`
      "content/articles/zh-CN/about-wallets.mdx:6
        field:   updated
        problem: "2026-02-30" is invalid: expected a real date written as YYYY-MM-DD, e.g. 2026-11-26
        fix:     correct "updated": expected a real date written as YYYY-MM-DD, e.g. 2026-11-26
        rule:    schema

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects a category that does not exist and lists the ones that do', () => {
    expect(reportFor('unknown-category')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:5
        field:   category
        problem: unknown category "paymnts"
        fix:     use one of the ids in content/categories.yaml: payments
        rule:    references

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects a related article that does not exist', () => {
    expect(reportFor('unknown-related')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:11
        field:   related[1]
        problem: related article "no-such-article" does not exist
        fix:     use the file name (without .mdx) of a published article in content/articles/en/, or remove it
        rule:    references

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects a contact id that is not in the official registry', () => {
    expect(reportFor('unknown-contact')).toMatchInlineSnapshot(`
      "content/articles/zh-CN/payment-failed.mdx:12
        field:   contacts[1]
        problem: unknown contact channel "fax"
        fix:     use an id from content/contacts.yaml: hotline
        rule:    references

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects an article that exists in only one locale', () => {
    expect(reportFor('missing-translation')).toMatchInlineSnapshot(`
      "content/articles/zh-CN/about-wallets.mdx
        problem: missing translation: content/articles/en/about-wallets.mdx does not exist
        fix:     write the en version, or add "translationPending: true" to this file's frontmatter to publish it with a notice
        rule:    translations

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects two files that publish the same slug', () => {
    expect(reportFor('duplicate-slug')).toMatchInlineSnapshot(`
      "content/articles/en/about-wallets.mdx
        problem: duplicate slug: content/articles/en/About-Wallets.mdx already publishes "about-wallets"
        fix:     rename or delete one of the two files; every article needs its own slug
        rule:    slugs

      content/articles/en/About-Wallets.mdx
        problem: missing translation: content/articles/zh-CN/About-Wallets.mdx does not exist
        fix:     write the zh-CN version, or add "translationPending: true" to this file's frontmatter to publish it with a notice
        rule:    translations

      content/articles/en/About-Wallets.mdx
        problem: the file name "About-Wallets" is not a valid slug
        fix:     rename the file using lower-case letters, digits and single hyphens, e.g. forgot-password.mdx
        rule:    slugs

      Content check failed: 3 problems in 2 files."
    `);
  });

  it('rejects malformed MDX with the line of the unclosed tag', () => {
    expect(reportFor('malformed-mdx')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:24
        problem: malformed MDX: Unexpected closing tag \`</Steps>\`, expected corresponding closing tag for \`<Callout>\`
        fix:     close every component tag you open (<Steps>…</Steps>), and write a literal { or < as \\{ or &lt;
        rule:    mdx-syntax

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('refuses a guide whose only <Steps> block is an example inside a code block', () => {
    expect(reportFor('steps-only-in-code')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:14
        problem: the guide has no <Steps> block
        fix:     put a numbered list of at least 3 concrete steps inside <Steps> … </Steps>
        rule:    guide-structure

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects broken YAML frontmatter with its line', () => {
    expect(reportFor('yaml-syntax')).toMatchInlineSnapshot(`
      "content/articles/en/about-wallets.mdx:4
        problem: YAML syntax error in the frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]
        fix:     fix the indentation or quoting on that line; quote text that contains a colon
        rule:    yaml-syntax

      content/articles/en/about-wallets.mdx:4
        problem: YAML syntax error in the frontmatter: Map keys must be unique
        fix:     fix the indentation or quoting on that line; quote text that contains a colon
        rule:    yaml-syntax

      Content check failed: 2 problems in 1 file."
    `);
  });

  it('rejects an unknown article kind and lists the kinds', () => {
    expect(reportFor('unknown-kind')).toMatchInlineSnapshot(`
      "content/articles/en/about-wallets.mdx:2
        field:   kind
        problem: "kind" is missing or not a known value
        fix:     set kind to one of: "concept", "guide", "faq", "policy"
        rule:    schema

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects localized text that lacks one language', () => {
    expect(reportFor('missing-locale-text')).toMatchInlineSnapshot(`
      "content/categories.yaml:5
        field:   [0].description.en
        problem: required field "[0].description.en" is missing
        fix:     add "[0].description.en" (text)
        rule:    schema

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects a word the glossary says to avoid and names the right term', () => {
    expect(reportFor('avoided-term')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:18
        problem: "payment password" is not the term this site uses
        fix:     write "payment PIN" instead (content/glossary.yaml)
        rule:    glossary-terms

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects an embedded troubleshooter that does not exist', () => {
    expect(reportFor('unknown-troubleshooter')).toMatchInlineSnapshot(`
      "content/articles/en/payment-failed.mdx:21
        problem: <Troubleshooter> names the unknown tree "payment-failure"
        fix:     add the tree to content/troubleshooters/ first (there are none yet)
        rule:    references

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('rejects a registry whose channels are off its own domains or whose notes carry other contacts', () => {
    expect(reportFor('registry-mismatch')).toMatchInlineSnapshot(`
      "content/contacts.yaml:10
        field:   channels[0].notes.zh-CN
        problem: "wx-help.cn" in the notes of "hotline" is not one of the registered channels
        fix:     mention only channels listed in this file; add a new channel as its own entry
        rule:    registry

      content/contacts.yaml:10
        field:   channels[0].notes.en
        problem: "wx-help.cn" in the notes of "hotline" is not one of the registered channels
        fix:     mention only channels listed in this file; add a new channel as its own entry
        rule:    registry

      content/contacts.yaml:13
        field:   channels[1].value
        problem: web channel "http://example-help.cn" is not an https address on example.com
        fix:     write it as https://<host> where the host is one of webDomains or a subdomain of one, or add the domain to webDomains
        rule:    registry

      content/contacts.yaml:17
        field:   channels[2].value
        problem: e-mail channel "help@example-mail.cn" is not on example.com
        fix:     use an address on one of emailDomains, or add its domain to emailDomains
        rule:    registry

      Content check failed: 4 problems in 1 file."
    `);
  });

  it('exits 1 from the CLI with the report and no stack trace', () => {
    const root = fixtureProject('unknown-category');
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '../../../src/cli/check.ts')], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/articles/en/payment-failed.mdx:5');
    expect(result.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('accepts an article whose translation is pending and publishes no error for it', () => {
    const root = fixtureProject('missing-translation');
    // Marking the remaining version as pending turns the error into a published fallback.
    const file = join(root, 'content/articles/zh-CN/about-wallets.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: concept', 'kind: concept\ntranslationPending: true'));
    expect(checkProject(root).issues).toEqual([]);
  });

  it('asks to remove translationPending once every locale has the article', () => {
    const root = fixtureProject();
    const file = join(root, 'content/articles/zh-CN/about-wallets.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: concept', 'kind: concept\ntranslationPending: true'));
    expect(checkProject(root).issues.map(({ file: where, line, problem }) => ({ where, line, problem }))).toEqual([
      { where: 'content/articles/zh-CN/about-wallets.mdx', line: 3, problem: 'translationPending is set but every locale already has this article' },
    ]);
  });
});
