/**
 * Every link target in articles and updates has an allowed scheme: a site-relative
 * path (/zh-cn/…, #anchor), https:, or mailto:/tel: with an address from the
 * contact registry. javascript:, data:, vbscript: and anything else are refused
 * by name, also when written with character references (&#106;avascript:),
 * which the parser decodes before the browser ever sees them.
 */
import { createContactChecker } from '../../contact-check/engine/index.ts';
import type { ContentIssue } from '../issue.ts';
import type { LinkUse } from '../article-structure.ts';
import type { ContentRule } from './rule.ts';

/** Browsers drop ASCII tab, newline and other controls inside a URL, so "java\tscript:" is javascript:. */
function schemeOf(url: string): string | undefined {
  let cleaned = '';
  for (const char of url.trim()) if (char > ' ' && char !== '\u007F') cleaned += char;
  let end = 0;
  while (end < cleaned.length && /[A-Za-z0-9+.-]/.test(cleaned[end] ?? '')) end++;
  return end > 0 && cleaned[end] === ':' && /^[A-Za-z]/.test(cleaned) ? cleaned.slice(0, end).toLowerCase() : undefined;
}

const label = (link: LinkUse): string => (link.text === '' ? `the link definition "${link.url}"` : `the link "${link.text}"`);

export const linkSchemeRule: ContentRule = {
  id: 'link-scheme',
  check(content, raw) {
    const check = content.contacts.channels.length === 0 ? undefined : createContactChecker(content.contacts);
    return [...raw.articles, ...raw.updates].flatMap(({ file, localeDir, structure }): ContentIssue[] =>
      structure.links.flatMap((link): ContentIssue[] => {
        const at = { file, line: link.line, column: link.column, rule: 'link-scheme' };
        const home = `/${localeDir.toLowerCase()}/`;
        const scheme = schemeOf(link.url);
        if (scheme === undefined) {
          if (link.url.startsWith('//')) return [{ ...at, problem: `${label(link)} starts with //, which leaves the site`, fix: `write https:// for an official site, or a path such as ${home}` }];
          if (link.url.startsWith('/') || link.url.startsWith('#')) return [];
          return [{ ...at, problem: `${label(link)} points at the relative path "${link.url}"`, fix: `write the path from the site root, e.g. ${home}articles/<slug>/` }];
        }
        if (scheme === 'https') return []; // the host is judged by contact-details against webDomains.
        if (scheme === 'mailto' || scheme === 'tel') {
          const address = decodeURIComponent(link.url.slice(link.url.indexOf(':') + 1).split('?')[0] ?? '');
          const verdict = check?.(address, scheme === 'tel' ? 'phone' : 'email');
          if (verdict === undefined || verdict.verdict === 'official' || verdict.externalId !== undefined) return [];
          return [{ ...at, problem: `${label(link)} uses ${scheme}: with "${address}", which is not in the contact registry`, fix: 'use an address from content/contacts.yaml, or <ContactSupport />' }];
        }
        const written = link.source.toLowerCase();
        const disguised = written.includes('&') && !written.includes(`${scheme}:`) ? ' (written with character references)' : '';
        // GFM links a bare www.… as http://www.…
        if (scheme === 'http' && link.source === link.text && !written.startsWith('http')) return [{ ...at, problem: `the bare address "${link.text}" becomes an http: link`, fix: `write it as a link, [${link.text}](https://${link.text}), or in \`code\` when it is only an example` }];
        if (scheme === 'http') return [{ ...at, problem: `${label(link)} uses http:${disguised}, which is not encrypted`, fix: 'write https://' }];
        return [{ ...at, problem: `${label(link)} uses ${scheme}:${disguised}, which is never allowed`, fix: `link to a page of this site such as ${home}contact/, or use <ContactSupport />` }];
      }),
    );
  },
};
