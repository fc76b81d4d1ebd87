/**
 * Articles, updates and the other editable files may print only contact
 * details from the registry: an official channel, an address on an official
 * domain, or an external reference such as the 96110 anti-fraud line. A stray
 * number or link in a help article is exactly what a scammer would plant, so
 * the build refuses it.
 */
import { CONFUSABLES } from '../../contact-check/engine/confusables.ts';
import { createContactChecker, findContactDetails, type FoundContactDetail } from '../../contact-check/engine/index.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

const WHAT: Record<FoundContactDetail['kind'], string> = {
  phone: 'phone number',
  email: 'e-mail address',
  web: 'web address',
};

const FIX: Record<FoundContactDetail['kind'], string> = {
  phone: 'use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line',
  email: 'use an official address from content/contacts.yaml (its domain must be one of emailDomains), or add it to externalReferences there if it is a safe public address',
  web: 'link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page',
};

export const contactDetailsRule: ContentRule = {
  id: 'contact-details',
  check(content, raw) {
    // Without a valid registry everything would be flagged; the registry's own errors are reported elsewhere.
    if (content.contacts.channels.length === 0) return [];
    const check = createContactChecker(content.contacts, { confusables: CONFUSABLES });
    // Every file whose text the site prints, except the registry itself.
    const sources = [...raw.articles, ...raw.updates, raw.categories, raw.faq, raw.glossary, ...raw.troubleshooters].flatMap(
      ({ file, text }) => (text === undefined ? [] : [{ file, text }]),
    );

    return sources.flatMap(({ file, text }) => {
      const lines = text.split('\n');
      return findContactDetails(text).flatMap((detail): ContentIssue[] => {
        const result = check(detail.text, detail.kind);
        if (result.verdict === 'official' || result.externalId !== undefined) return [];
        // Anti-scam articles show lookalikes as examples (`examp1e.com`): allowed only
        // in inline code (never a link) and only when it imitates one of our own domains.
        const inCode = lines[detail.line - 1]?.includes(`\`${detail.text}\``) ?? false;
        if (inCode && result.imitates !== undefined) return [];
        const looksLike = result.imitates === undefined ? '' : ` and looks like the official ${result.imitates}`;
        // A homograph reads exactly like ours; name the host it really opens so the editor can see the difference.
        const realHost = detail.kind === 'web' && result.normalized !== undefined && !detail.text.toLowerCase().includes(result.normalized) ? ` (its real host is ${result.normalized})` : '';
        return [{
          file, line: detail.line, rule: 'contact-details',
          problem: `${WHAT[detail.kind]} "${detail.text}"${realHost} is not in the contact registry${looksLike}`,
          fix: FIX[detail.kind],
        }];
      });
    });
  },
};
