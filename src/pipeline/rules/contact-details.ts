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
import { registryTypos, type UnknownPhone } from '../registry-typos.ts';
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

/**
 * What findContactDetails() found in each text at the previous check. It depends
 * on the text alone (the registry only judges it), and it is most of the check's
 * time, so in `astro dev` only the file that changed is scanned again.
 */
/** 〇 and 零 to 九: the scanner reads them as digits inside a number. */
const CHINESE_NUMERAL = /[〇零一二三四五六七八九]/;

let previousFindings = new Map<string, FoundContactDetail[]>();

export const contactDetailsRule: ContentRule = {
  id: 'contact-details',
  check(content, raw) {
    // Without a valid registry everything would be flagged; the registry's own errors are reported elsewhere.
    if (content.contacts.channels.length === 0) return [];
    const check = createContactChecker(content.contacts, { confusables: CONFUSABLES });
    // Every file whose text the site prints, except the registry itself.
    const sources = [
      ...[...raw.articles, ...raw.updates].map(({ file, text, structure }) => ({ file, text, inlineCode: structure.inlineCode })),
      ...[raw.categories, raw.faq, raw.glossary, raw.phrasings, ...raw.troubleshooters].flatMap(({ file, text }) => (text === undefined ? [] : [{ file, text, inlineCode: undefined }])),
    ];

    const findings = new Map<string, FoundContactDetail[]>();
    const unknownPhones: UnknownPhone[] = [];
    const issues = sources.flatMap(({ file, text, inlineCode }) => {
      const lines = inlineCode === undefined ? text.split('\n') : [];
      const found = previousFindings.get(text) ?? findContactDetails(text);
      findings.set(text, found);
      return found.flatMap((detail): (ContentIssue & { detail: FoundContactDetail })[] => {
        const result = check(detail.text, detail.kind);
        if (result.verdict === 'official' || result.externalId !== undefined) return [];
        // In an article a javascript:/data: link is the link-scheme rule's to refuse, with a better message.
        if (inlineCode !== undefined && result.reasons.includes('unsafe-scheme')) return [];
        // Likewise a number written in Chinese numerals is the chinese-numeral-phones rule's.
        if (inlineCode !== undefined && detail.kind === 'phone' && CHINESE_NUMERAL.test(detail.text)) return [];
        // Anti-scam articles show lookalikes as examples (`examp1e.com`): allowed only
        // in inline code (never a link) and only when it imitates one of our own domains.
        // Articles know their code spans from the syntax tree; YAML files are read line by line.
        const inCode = inlineCode === undefined ? (lines[detail.line - 1]?.includes(`\`${detail.text}\``) ?? false) : (inlineCode.get(detail.line)?.includes(detail.text) ?? false);
        if (inCode && result.imitates !== undefined) return [];
        if (detail.kind === 'phone') unknownPhones.push({ file, detail });
        const looksLike = result.imitates === undefined ? '' : ` and looks like the official ${result.imitates}`;
        // A homograph reads exactly like ours; name the host it really opens so the editor can see the difference.
        const realHost = detail.kind === 'web' && result.normalized !== undefined && !detail.text.toLowerCase().includes(result.normalized) ? ` (its real host is ${result.normalized})` : '';
        return [{
          file, line: detail.line, rule: 'contact-details',
          problem: `${WHAT[detail.kind]} "${detail.text}"${realHost} is not in the contact registry${looksLike}`,
          fix: FIX[detail.kind],
          detail,
        }];
      });
    });
    previousFindings = findings;
    const typos = registryTypos(unknownPhones, content, raw);
    return [...typos.issues, ...issues.filter((issue) => !typos.explained.has(issue.detail)).map(({ detail: _detail, ...issue }) => issue)];
  },
};
