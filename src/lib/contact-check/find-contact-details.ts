/**
 * Finds the phone numbers, e-mail addresses and web addresses written in a
 * piece of text (an article with its frontmatter, a YAML file), so the content
 * lint can hold each one against the registry. It favours what a reader would
 * call a contact detail: digits count only when they are shaped like a phone
 * number, never when they are a date, a time, an amount, a year or a PIN
 * example such as 123456.
 */
import { looksLikePhoneNumber, normalizePhone } from './normalize-phone.ts';

export interface FoundContactDetail {
  kind: 'phone' | 'email' | 'web';
  /** Exactly as written, full-width characters included. */
  text: string;
  /** 1-based line in the text. */
  line: number;
}

/** Full-width ASCII to ASCII, one code unit for one, so positions in the folded line are positions in the original. */
const foldWidth = (line: string): string =>
  line.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

// URL characters stop at spaces, brackets, quotes and anything from General Punctuation up (CJK text, en dashes).
const URL_CHARS = '[^\\s<>"\'`()[\\]{}\\u2000-\\uFFFF]';
const LABEL = '[A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F-]+';
/** Endings worth recognising without http:// in front; file extensions such as .md or .ts are deliberately absent. */
const TLDS = 'com|cn|net|org|info|biz|io|co|cc|top|xyz|vip|shop|site|online|club|live|ltd|wang|link|hk|tw|mo|uk|us|jp|me|tv|icu|asia';

const PATTERNS: readonly { kind: FoundContactDetail['kind']; pattern: RegExp }[] = [
  { kind: 'web', pattern: new RegExp(`\\b(?:https?://|www\\.)${URL_CHARS}+`, 'gi') },
  { kind: 'email', pattern: new RegExp(`[A-Za-z0-9._%+-]+@(?:${LABEL}\\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])`, 'g') },
  { kind: 'web', pattern: new RegExp(`(?<![A-Za-z0-9_.@/\\\\-])(?:${LABEL}\\.)+(?:${TLDS})\\.?(?![A-Za-z0-9_-])(?:/${URL_CHARS}*)?`, 'gi') },
];
const TRAILING = /[.,;:!?'"]+$/;

/** Digit groups joined by single spaces, dashes, dots or brackets, optionally after "+". */
const PHONE_CANDIDATE = /(?<![A-Za-z0-9_./#%&=?+\-\u0000])\+?(?:\(\d+\)|\d)(?:[ \-.\u2010-\u2012\u2212]?(?:\(\d+\)|\d))*(?![A-Za-z0-9_%])/g;
/** A seven- or eight-digit local number grouped like one: 5555 0100, 555-0100. */
const LOCAL_NUMBER = /^[2-8]\d{2,3}[ -]\d{4}$/;
const CURRENCY_BEFORE = /(?:[$\u00A3\u00A5\u20AC\uFFE5]|rmb|cny|usd)\s*$/i;
const UNIT_AFTER =
  /^\s*(?:[元块万千百亿%‰次天日年月周个位笔人条张台字倍]|美元|小时|分钟|秒|yuan|rmb|cny|usd|dollars?|times?\b|days?\b|hours?\b|minutes?\b|seconds?\b)/i;

const mask = (text: string, start: number, length: number): string =>
  text.slice(0, start) + '\u0000'.repeat(length) + text.slice(start + length);

function findInLine(original: string, line: number): FoundContactDetail[] {
  const found: (FoundContactDetail & { index: number })[] = [];
  let folded = foldWidth(original);
  for (const { kind, pattern } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const text = match[0].replace(TRAILING, '');
      found.push({ kind, text: original.slice(match.index, match.index + text.length), line, index: match.index });
      folded = mask(folded, match.index, match[0].length);
    }
  }
  for (const match of folded.matchAll(PHONE_CANDIDATE)) {
    const phone = normalizePhone(match[0]);
    if (!phone) continue;
    const before = folded.slice(0, match.index);
    const after = folded.slice(match.index + match[0].length);
    if (CURRENCY_BEFORE.test(before) || UNIT_AFTER.test(after)) continue;
    if (!looksLikePhoneNumber(phone) && !LOCAL_NUMBER.test(match[0])) continue;
    found.push({ kind: 'phone', text: original.slice(match.index, match.index + match[0].length), line, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index).map(({ kind, text, line }) => ({ kind, text, line }));
}

export function findContactDetails(text: string): FoundContactDetail[] {
  return text.split('\n').flatMap((line, index) => findInLine(line, index + 1));
}
