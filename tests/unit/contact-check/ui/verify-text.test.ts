import { describe, expect, it } from 'vitest';
import { VERIFY_TEXT, type VerifyText } from '../../../../src/contact-check/ui/verify-text.ts';
import { findContactDetails, REASON_CODES, SCAM_CHECKLIST } from '../../../../src/contact-check/engine/index.ts';
import { LOCALES } from '../../../../src/lib/locales.ts';
import { fixChinesePunctuation } from '../../../../src/lib/zh-punctuation.ts';
import { siteConfig } from '../../../../src/site.config.ts';

/** Every string in the text, with its dotted path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
const byPath = (text: VerifyText): Map<string, string> => new Map(leaves(text));

describe('the /verify page text', () => {
  it.each(LOCALES)('explains every reason code the checker can return in %s', (locale) => {
    const missing = REASON_CODES.filter((code) => (VERIFY_TEXT[locale].verdict.reasons[code] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('labels every checklist item in %s', (locale) => {
    const missing = SCAM_CHECKLIST.filter((item) => (VERIFY_TEXT[locale].checklist.items[item.id] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });

  it('has the same keys and the same placeholders in both languages', () => {
    const zh = byPath(VERIFY_TEXT['zh-CN']);
    const en = byPath(VERIFY_TEXT.en);
    expect([...en.keys()]).toEqual([...zh.keys()]);
    const differing = [...zh].filter(([path, text]) => placeholders(text).join() !== placeholders(en.get(path) ?? '').join()).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('writes Chinese with full-width punctuation', () => {
    const ascii = leaves(VERIFY_TEXT['zh-CN']).filter(([, text]) => fixChinesePunctuation(text) !== text);
    expect(ascii).toEqual([]);
  });

  it('prints no contact details and no brand name: both come from the registry and src/site.config.ts', () => {
    const brands = Object.values(siteConfig.brandName);
    const offending = LOCALES.flatMap((locale) =>
      leaves(VERIFY_TEXT[locale]).filter(([, text]) => findContactDetails(text).length > 0 || brands.some((brand) => text.includes(brand))),
    );
    expect(offending).toEqual([]);
  });
});
