/**
 * Every phone number in the registry must read the same to the checker's own
 * small parser (normalizePhone, which the /verify page bundles) and to
 * libphonenumber-js, which knows every country's numbering plan but is far too
 * large for the browser. Running the big one here, at build time, keeps the page
 * small and catches a registry value the small one misreads before a reader
 * is told a real number is "not official".
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalizePhone } from '../../contact-check/engine/index.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

/** The checker's reading as country code and national number, the way libphonenumber-js gives it. */
function ownReading(value: string): string | undefined {
  const phone = normalizePhone(value);
  if (!phone) return undefined;
  return phone.mainland ? `+86 ${phone.national}` : `+${phone.national}`;
}

export const phoneAgreementRule: ContentRule = {
  id: 'phone-agreement',
  check(content, raw) {
    const file = raw.contacts.file;
    const lists = [['channels', content.contacts.channels], ['externalReferences', content.contacts.externalReferences]] as const;
    return lists.flatMap(([list, contacts]) =>
      contacts.flatMap((contact, index): ContentIssue[] => {
        if (contact.type !== 'phone') return [];
        const ours = ownReading(contact.value);
        const parsed = parsePhoneNumberFromString(contact.value, 'CN');
        const theirs = parsed ? `+${parsed.countryCallingCode} ${parsed.nationalNumber}` : undefined;
        if (ours !== undefined && ours === theirs) return [];
        // A foreign number has no space after its country code in our reading; compare the digits alone.
        if (ours !== undefined && theirs !== undefined && !ours.includes(' ') && ours === theirs.replace(' ', '')) return [];
        return [{
          file,
          line: raw.contacts.parsed?.lineOf([list, index, 'value']),
          field: `${list}[${index}].value`,
          rule: 'phone-agreement',
          problem: `phone number "${contact.value}" reads as ${ours ?? 'no number'} to the checker but as ${theirs ?? 'no number'} to libphonenumber-js`,
          fix: 'write it in international form with its country code and digits only, e.g. "+86 400-000-0000", so both read the same number',
        }];
      }),
    );
  },
};
