import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/pipeline/issue.ts';
import { loadContent } from '../../../src/pipeline/load-content.ts';
import { phoneAgreementRule } from '../../../src/pipeline/rules/phone-agreement.ts';
import type { SiteContent } from '../../../src/pipeline/site-content.ts';
import type { ContactRegistry } from '../../../src/schemas/contact.ts';
import { registry } from '../contact-check/registry.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const raw = loadContent(root);
const siteContent = (contacts: ContactRegistry): SiteContent => ({ categories: [], contacts, faq: [], glossary: [], synonyms: { 'zh-CN': [], en: [] }, phrasings: { 'zh-CN': {}, en: {} }, articles: [], updates: [] });
const withHotline = (value: string): ContactRegistry => ({
  ...registry,
  channels: registry.channels.map((channel) => (channel.id === 'hotline' ? { ...channel, value } : channel)),
});

describe('phoneAgreementRule', () => {
  it('finds the checker and libphonenumber-js reading every registry number alike', () => {
    expect(registry.channels.filter((channel) => channel.type === 'phone').length).toBeGreaterThanOrEqual(3);
    expect(phoneAgreementRule.check(siteContent(registry), raw)).toEqual([]);
  });

  it('reports a number the two parsers read differently, with file, field and fix', () => {
    expect(formatIssues(phoneAgreementRule.check(siteContent(withHotline('0400-000-0000')), raw))).toMatchInlineSnapshot(`
      "content/contacts.yaml:12
        field:   channels[0].value
        problem: phone number "0400-000-0000" reads as +86 04000000000 to the checker but as +86 4000000000 to libphonenumber-js
        fix:     write it in international form with its country code and digits only, e.g. "+86 400-000-0000", so both read the same number
        rule:    phone-agreement

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports a number the checker cannot read at all', () => {
    expect(phoneAgreementRule.check(siteContent(withHotline('400-000-0000 ext. 8')), raw)).toEqual([
      expect.objectContaining({ field: 'channels[0].value', problem: expect.stringContaining('reads as no number to the checker') }),
    ]);
  });
});
