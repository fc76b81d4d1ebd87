/**
 * When the registry's own number has a typo, every correct mention elsewhere
 * (FAQ, glossary, articles) looks unknown, and the check used to blame those
 * files. A number that is one digit off a registry channel and is written the
 * same way in two or more other files is taken as the registry's mistake and
 * reported once, against content/contacts.yaml.
 */
import type { FoundContactDetail } from '../contact-check/engine/index.ts';
import type { ContentIssue } from './issue.ts';
import type { RawContent } from './load-content.ts';
import type { SiteContent } from './site-content.ts';

const digitsOf = (text: string): string => {
  let digits = '';
  for (const char of text) if (char >= '0' && char <= '9') digits += char;
  return digits.length >= 12 && digits.startsWith('86') ? digits.slice(2) : digits;
};

const oneDigitOff = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differences++;
  return differences === 1;
};

export interface UnknownPhone { file: string; detail: FoundContactDetail }

/** Issues against the registry, and the unknown phones they explain (to leave out of the other files' reports). */
export function registryTypos(unknown: readonly UnknownPhone[], content: SiteContent, raw: RawContent): { issues: ContentIssue[]; explained: Set<FoundContactDetail> } {
  const issues: ContentIssue[] = [];
  const explained = new Set<FoundContactDetail>();
  const byDigits = new Map<string, UnknownPhone[]>();
  for (const phone of unknown) {
    if (phone.detail.kind !== 'phone') continue;
    const digits = digitsOf(phone.detail.text);
    byDigits.set(digits, [...(byDigits.get(digits) ?? []), phone]);
  }
  content.contacts.channels.forEach((channel, index) => {
    if (channel.type !== 'phone') return;
    const registered = digitsOf(channel.value);
    for (const [digits, phones] of byDigits) {
      const files = [...new Set(phones.map((phone) => phone.file))].sort();
      if (files.length < 2 || !oneDigitOff(digits, registered)) continue;
      issues.push({
        file: raw.contacts.file, line: raw.contacts.parsed?.lineOf(['channels', index, 'value']), field: `channels[${index}].value`, rule: 'contact-details',
        problem: `channel "${channel.id}" is "${channel.value}", one digit off the ${phones[0]?.detail.text ?? digits} written in ${files.join(', ')}`,
        fix: 'correct the number in content/contacts.yaml (if the registry is right, correct those files instead)',
      });
      for (const phone of phones) explained.add(phone.detail);
    }
  });
  return { issues, explained };
}
