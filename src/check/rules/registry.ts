/**
 * The registry must agree with itself: a web channel is an https address on
 * one of webDomains, an e-mail channel's domain is one of emailDomains, and
 * the words around the channels (labels, hours, notes) carry no other contact
 * detail. The contact-details rule trusts this file; this rule earns that trust.
 */
import { createContactChecker, findContactDetails } from '../../contact-check/engine/index.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const registryRule: ContentRule = {
  id: 'registry',
  check(content, raw) {
    const issues: ContentIssue[] = [];
    const { contacts } = content;
    if (contacts.channels.length === 0) return issues;
    const file = raw.contacts.file;
    const lineOf = (path: readonly PropertyKey[]): number | undefined => raw.contacts.parsed?.lineOf(path);
    const underWebDomain = (host: string): boolean => contacts.webDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));

    contacts.channels.forEach((channel, index) => {
      const at = { file, line: lineOf(['channels', index, 'value']), field: `channels[${index}].value`, rule: 'registry' };
      if (channel.type === 'web') {
        let url: URL | undefined;
        try {
          url = new URL(channel.value);
        } catch {
          url = undefined;
        }
        if (!url || url.protocol !== 'https:' || url.username !== '' || !underWebDomain(url.hostname)) {
          issues.push({ ...at, problem: `web channel "${channel.value}" is not an https address on ${contacts.webDomains.join(' or ')}`, fix: 'write it as https://<host> where the host is one of webDomains or a subdomain of one, or add the domain to webDomains' });
        }
      }
      if (channel.type === 'email') {
        const domain = channel.value.split('@')[1]?.toLowerCase();
        if (!domain || !contacts.emailDomains.includes(domain)) {
          issues.push({ ...at, problem: `e-mail channel "${channel.value}" is not on ${contacts.emailDomains.join(' or ')}`, fix: 'use an address on one of emailDomains, or add its domain to emailDomains' });
        }
      }
    });

    // Labels, hours and notes are printed on every contact card: they may mention only registered channels.
    const check = createContactChecker(contacts);
    contacts.channels.forEach((channel, index) => {
      for (const key of ['label', 'hours', 'notes', 'platform'] as const) {
        const text = channel[key];
        if (!text) continue;
        for (const locale of ['zh-CN', 'en'] as const) {
          for (const detail of findContactDetails(text[locale])) {
            const result = check(detail.text, detail.kind);
            if (result.verdict === 'official' || result.externalId !== undefined) continue;
            issues.push({
              file, line: lineOf(['channels', index, key, locale]), field: `channels[${index}].${key}.${locale}`, rule: 'registry',
              problem: `"${detail.text}" in the ${key} of "${channel.id}" is not one of the registered channels`,
              fix: 'mention only channels listed in this file; add a new channel as its own entry',
            });
          }
        }
      }
    });
    return issues;
  },
};
