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

// URL characters stop at spaces, brackets, quotes, general punctuation (dashes, curly quotes), CJK
// punctuation and full-width forms, but not at letters of any script: 示例钱包.cn is a host too.
const URL_CHARS = '[^\\s<>"\'`()[\\]{}\\u2000-\\u206F\\u3000-\\u303F\\uFF00-\\uFFEF]';
/** Labels in Latin, Latin-1/Extended, Greek and Cyrillic letters: lookalike hosts are written in these. */
const LABEL = '[A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F-]+';
/** A label with at least one Han character (示例钱包.cn); Chinese text around it joins the label, which errs on the safe side. */
const HAN_LABEL = '[\\p{Script=Han}A-Za-z0-9-]*\\p{Script=Han}[\\p{Script=Han}A-Za-z0-9-]*';
/**
 * A bare host ends in a top-level domain: two or more Latin letters in one case, or two to four
 * Han characters (.中国). File extensions (.md, .json, .apk …) are not hosts.
 */
const TLD = '(?:[a-z]{2,24}|[A-Z]{2,24}|\\p{Script=Han}{2,4})';
const NOT_A_TLD = /\.(?:md|mdx|astro|ts|tsx|js|mjs|cjs|json|ya?ml|png|jpe?g|gif|svg|webp|html?|css|txt|pdf|csv|xml|zip|apk|ipa|exe|dmg|log|py|sh|rs|go|vue)$/i;

const PATTERNS: readonly { kind: FoundContactDetail['kind']; pattern: RegExp }[] = [
  { kind: 'web', pattern: new RegExp(`(?<![A-Za-z0-9])(?:https?://|www\\.)${URL_CHARS}+`, 'giu') },
  { kind: 'email', pattern: new RegExp(`[A-Za-z0-9._%+-]+@(?:${LABEL}\\.)+${TLD}(?![A-Za-z0-9-])`, 'gu') },
  { kind: 'web', pattern: new RegExp(`(?<![A-Za-z0-9_.@/\\\\-])(?:${LABEL}\\.)+${TLD}\\.?(?![A-Za-z0-9_-])(?:/${URL_CHARS}*)?`, 'gu') },
  { kind: 'web', pattern: new RegExp(`(?<![A-Za-z0-9_.@/\\\\-])(?:(?:${HAN_LABEL}|${LABEL})\\.)*${HAN_LABEL}\\.${TLD}(?![A-Za-z0-9_-])(?:/${URL_CHARS}*)?`, 'gu') },
];
const TRAILING = /[.,;:!?'"]+$/;
/** ，。；：！？（）、 end an address even though full-width letters and digits inside one are folded. */
const CJK_PUNCTUATION = /[\u3001\u3002\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F]/;

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
      // Folding turned a full-width comma or full stop after the address into ASCII; cut there.
      const cut = original.slice(match.index, match.index + match[0].length).search(CJK_PUNCTUATION);
      const text = (cut === -1 ? match[0] : match[0].slice(0, cut)).replace(TRAILING, '');
      if (kind === 'web' && NOT_A_TLD.test(text.split('/')[0] ?? text)) continue;
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
