/**
 * A phone number written with Chinese numerals (四〇〇-〇〇〇-〇〇〇〇) or half in
 * them (400-〇〇〇-0000) is still a number a reader will dial, but the
 * contact-detail scanner reads only digits. This pre-pass folds 〇一二三四五六七八九零
 * to ASCII digits, one code unit for one, only inside a phone-like run (at least
 * seven digits with separators and at least one Chinese numeral), so 第一步 and
 * 一二三 are left alone, then hands the folded line to the scanner.
 */
import { createContactChecker, findContactDetails } from '../../contact-check/engine/index.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

const NUMERALS: Record<string, string> = { '〇': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const SEPARATORS = new Set([' ', '-', '\u3000', '\uFF0D', '\u2010', '\u2011', '\u2013', '(', ')', '+', '\uFF08', '\uFF09']);
const isAsciiDigit = (char: string): boolean => char >= '0' && char <= '9';
const MIN_DIGITS = 7;

/** Folds phone-like runs with Chinese numerals to ASCII digits; one linear pass, same length as the input. */
export function foldChineseNumerals(line: string): string {
  let out = '';
  let index = 0;
  while (index < line.length) {
    const char = line[index] ?? '';
    if (!(char in NUMERALS) && !isAsciiDigit(char)) {
      out += char;
      index++;
      continue;
    }
    let end = index;
    let digits = 0;
    let chinese = 0;
    let run = '';
    while (end < line.length) {
      const next = line[end] ?? '';
      const numeral = NUMERALS[next];
      if (numeral !== undefined) { digits++; chinese++; run += numeral; }
      else if (isAsciiDigit(next)) { digits++; run += next; }
      else if (SEPARATORS.has(next)) run += next;
      else break;
      end++;
    }
    out += digits >= MIN_DIGITS && chinese > 0 ? run : line.slice(index, end);
    index = end;
  }
  return out;
}

export const chineseNumeralPhonesRule: ContentRule = {
  id: 'chinese-numeral-phones',
  check(content, raw) {
    if (content.contacts.channels.length === 0) return [];
    const check = createContactChecker(content.contacts);
    const sources = [...raw.articles, ...raw.updates, raw.categories, raw.faq, raw.glossary, ...raw.troubleshooters].flatMap(({ file, text }) => (text === undefined ? [] : [{ file, text }]));
    return sources.flatMap(({ file, text }): ContentIssue[] =>
      text.split('\n').flatMap((line, index): ContentIssue[] => {
        const folded = foldChineseNumerals(line);
        if (folded === line) return [];
        return findContactDetails(folded).flatMap((detail): ContentIssue[] => {
          if (detail.kind !== 'phone') return [];
          const start = folded.indexOf(detail.text);
          const written = start < 0 ? detail.text : line.slice(start, start + detail.text.length);
          if (written === detail.text) return []; // digits only: contact-details judges it.
          const official = check(detail.text, 'phone').verdict === 'official';
          return [{
            file, line: index + 1, column: start < 0 ? undefined : start + 1, rule: 'chinese-numeral-phones',
            problem: official
              ? `the phone number "${written}" is written in Chinese numerals; readers cannot tap or compare it with the official ${detail.text}`
              : `the phone number "${written}" (${detail.text}) is written in Chinese numerals and is not in the contact registry`,
            fix: official ? `write it in digits exactly as in content/contacts.yaml: ${detail.text}` : 'use an official channel from content/contacts.yaml in digits, or remove it',
          }];
        });
      }),
    );
  },
};
