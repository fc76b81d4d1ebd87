/**
 * Finds the phone numbers, e-mail addresses and web addresses written in a
 * piece of text (an article with its frontmatter, a YAML file, a pasted scam
 * message), so each one can be held against the registry. It favours what a
 * reader would call a contact detail: digits count only when they are shaped
 * like a phone number, never when they are a date, a time, an amount, a year or
 * a PIN example such as 123456.
 *
 * Hand-written scanners, not regular expressions over the text: every character
 * is looked at a bounded number of times, so 100 KB of Chinese without
 * punctuation, of digits or of dots takes as long as reading it once.
 */
import { findScriptLinks } from './script-link.ts';
import { looksLikePhoneNumber, normalizePhone, PHONE_SEPARATOR_CHARS, revealDisguisedDigits } from './normalize-phone.ts';

export interface FoundContactDetail {
  kind: 'phone' | 'email' | 'web';
  /** Exactly as written, full-width characters included. */
  text: string;
  /** 1-based line in the text. */
  line: number;
  /** Offset of `text` in its line, in UTF-16 code units. */
  column: number;
}

/** Full-width ASCII to ASCII, one code unit for one, so positions in the folded line are positions in the original. */
const foldWidth = (line: string): string =>
  line.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/**
 * Where a messenger ends a link: spaces and zero-width characters, quotes and brackets, the
 * punctuation that ends a clause (, ; !), general punctuation (dashes, curly quotes), CJK
 * punctuation (。，、「」) and full-width punctuation. Full-width letters, digits, ＠ ． － ＿ and ／
 * stay inside: they fold to ASCII, and a host written with them is then called a disguise.
 */
function endsAddress(code: number): boolean {
  if (code <= 0x20 || code === 0x7f) return true;
  if (code < 0x80) return ',;!\'"`()[]{}<>|^'.includes(String.fromCharCode(code));
  if (code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f)) return true;
  if (code === 0xfeff || (code >= 0xfe10 && code <= 0xfe6f)) return true;
  if (code >= 0xff01 && code <= 0xff65) {
    const ascii = code - 0xfee0;
    return !((ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5a) || (ascii >= 0x61 && ascii <= 0x7a) || '@.-_/'.includes(String.fromCharCode(ascii)));
  }
  return false;
}

const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
const LABEL_CHAR = /[\p{L}\p{N}\p{M}_-]/u;
const NOT_A_TLD = new Set(['md', 'mdx', 'astro', 'ts', 'tsx', 'js', 'mjs', 'cjs', 'json', 'yml', 'yaml', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'htm', 'html', 'css', 'txt', 'pdf', 'csv', 'xml', 'zip', 'apk', 'ipa', 'exe', 'dmg', 'log', 'py', 'sh', 'rs', 'go', 'vue']);
/** Left off the end of an address: "visit example.com." / "example.com?" */
const TRAILING = '.,;:!?\'"';

/**
 * A top-level domain: two to 24 Latin letters in one case, or two to four Han characters (.中国).
 * Returns how many characters of `label` it takes, so "com即可" ends after "com"; 0 when none.
 */
function tldLength(label: string): number {
  let latin = 0;
  while (latin < label.length && LATIN.test(label[latin] ?? '')) latin++;
  if (latin >= 2) {
    const letters = label.slice(0, latin);
    const oneCase = letters === letters.toLowerCase() || letters === letters.toUpperCase();
    return latin <= 24 && oneCase && (latin === label.length || HAN.test(label[latin] ?? '')) && !NOT_A_TLD.has(letters.toLowerCase()) ? latin : 0;
  }
  if (latin > 0) return 0;
  const han = [...label];
  return han.length >= 2 && han.length <= 4 && han.every((char) => HAN.test(char)) ? label.length : 0;
}

/**
 * The host at the start of `text` (folded), as [start, end) offsets: labels of letters, digits
 * and hyphens in any script, joined by dots and ending in a top-level domain. Chinese text
 * before a Latin host ("访问example.com") is not part of it. undefined when there is none.
 */
function hostAt(text: string): [number, number] | undefined {
  let end = 0;
  while (end < text.length && text[end] !== '/' && text[end] !== '?' && text[end] !== '#' && text[end] !== ':' && text[end] !== '\\') end++;
  const labels = text.slice(0, end).split('.');
  if (labels.length > 1 && labels.at(-1) === '') labels.pop(); // the root dot in "example.com."
  if (labels.length < 2 || labels.some((label) => label === '' || ![...label].every((char) => LABEL_CHAR.test(char)))) return undefined;
  const last = labels.at(-1) ?? '';
  const tld = tldLength(last);
  if (tld === 0) return undefined;
  let start = 0;
  const first = labels[0] ?? '';
  if (HAN.test(first[0] ?? '') && /[A-Za-z0-9]/.test(first)) {
    while (start < first.length && !/[A-Za-z0-9]/.test(first[start] ?? '')) start++;
  }
  const hostEnd = labels.slice(0, -1).join('.').length + 1 + tld;
  return [start, hostEnd];
}

/** The scheme a web address in `lower` starts with, or where one starts inside it ("网址:https://…"). */
function webStart(lower: string): number {
  // The first scheme, whichever it is: in "http://evil.cn/#https://help.example.com" the link is evil.cn's.
  const [https, http] = [lower.indexOf('https://'), lower.indexOf('http://')];
  const at = https < 0 ? http : http < 0 ? https : Math.min(https, http);
  const length = at === https ? 'https://'.length : 'http://'.length;
  // "https://" alone, as in "ours start with https://", is no address.
  if (at >= 0) return LABEL_CHAR.test(lower[at + length] ?? '') || lower[at + length] === '[' ? at : -1;
  return lower.startsWith('www.') ? 0 : -1;
}

interface Span {
  kind: FoundContactDetail['kind'];
  start: number;
  end: number;
}

/** The e-mail address or web address in one run of address characters, if any. */
function readRun(folded: string, start: number, end: number): Span | undefined {
  let stop = end;
  while (stop > start && TRAILING.includes(folded[stop - 1] ?? '')) stop--;
  const run = folded.slice(start, stop);
  const lower = run.toLowerCase();
  const scheme = webStart(lower);
  if (scheme >= 0) return { kind: 'web', start: start + scheme, end: stop };
  const body = lower.startsWith('mailto:') ? 7 : 0;
  const at = run.lastIndexOf('@');
  // "@示例钱包" is a handle, not an address.
  if (at >= 0) {
    const host = at > body ? hostAt(run.slice(at + 1)) : undefined;
    let local = body;
    // Chinese text right in front of a Latin mailbox ("发到support@…") is not part of it; joined by
    // a hyphen, dot or underscore it is ("示例钱包-pay@…").
    let latin = body;
    while (latin < at && !/[A-Za-z0-9."_%+-]/.test(run[latin] ?? '')) latin++;
    if (latin < at && /[A-Za-z0-9]/.test(run[latin] ?? '')) local = latin;
    return host && host[0] === 0 && local < at ? { kind: 'email', start: start + local, end: start + at + 1 + host[1] } : undefined;
  }
  const host = hostAt(run);
  if (!host) return undefined;
  // A path may follow the host; a port or anything else after ":" stays with it.
  const rest = run.slice(host[1]);
  const tail = rest === '' || rest.startsWith('/') || rest.startsWith(':') || rest.startsWith('?') || rest.startsWith('#') || rest === '.' ? stop : start + host[1];
  return { kind: 'web', start: start + host[0], end: tail };
}

/**
 * A run holding more than one "@" may be several recipients: "support@example.com?cc=x@evil.test"
 * (a mailto: query), "a@example.com,b@evil.test". Each is read on its own, split at ? & = , ;
 * (a quoted mailbox, which may contain them, stays whole). One pass over the run.
 */
function recipientRuns(folded: string, start: number, end: number): [number, number][] {
  const run = folded.slice(start, end);
  if (run.indexOf('@') === run.lastIndexOf('@') || run.includes('"')) return [[start, end]];
  const runs: [number, number][] = [];
  let from = start;
  for (let index = start; index <= end; index++) {
    if (index === end || '?&=,;'.includes(folded[index] ?? '')) {
      if (index > from) runs.push([from, index]);
      from = index + 1;
    }
  }
  return runs;
}

/**
 * The runs of address characters in a line. A quoted string followed by "@" is a quoted mailbox
 * ("support@example.com"@evil.cn) and belongs to the address after it.
 */
function addressSpans(original: string, folded: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0 && end > start) {
      for (const [from, to] of recipientRuns(folded, start, end)) {
        const span = readRun(folded, from, to);
        if (span) spans.push(span);
      }
    }
    start = -1;
  };
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (folded[index] === '"' && start < 0) {
      const closing = folded.indexOf('"', index + 1);
      if (closing > index && folded[closing + 1] === '@') {
        start = index;
        index = closing;
        continue;
      }
    }
    if (endsAddress(code)) close(index);
    else if (start < 0) start = index;
  }
  close(original.length);
  return joinInvisibleSplits(original, folded, spans);
}

/** Characters a reader cannot see; a messenger may end a link at one. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/;

/**
 * "https://help.example.com\u200B.verify.test": a messenger may end the link at the invisible
 * character, but the reader sees one host, help.example.com.verify.test, and may type it. A web
 * address followed by an invisible character and a dot or hyphen is read on to the end of what
 * follows, as a second part next to the linked one: each must be official for the text to be.
 */
function joinInvisibleSplits(original: string, folded: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index];
    if (!span) continue;
    let end = span.end;
    while (span.kind === 'web' && INVISIBLE.test(original[end] ?? '') && (folded[end + 1] === '.' || folded[end + 1] === '-')) {
      end += 1;
      while (end < original.length && !endsAddress(original.charCodeAt(end))) end++;
      while (end > span.end && TRAILING.includes(folded[end - 1] ?? '')) end--;
    }
    joined.push(span);
    if (end !== span.end) joined.push({ kind: 'web', start: span.start, end });
    while ((spans[index + 1]?.start ?? Infinity) < end) index++;
  }
  return joined;
}

/** Between two digit groups; brackets only come as a whole group, "(400)". */
const DASH = /^[-\u2010-\u2015\u2212\uFE58\uFE63]$/;
const PHONE_SEPARATOR = new RegExp(`[${PHONE_SEPARATOR_CHARS.replace('()', '')}]`);
/** Characters that, right before the digits, make them part of something else: a word, a path, a query, an amount. */
const NOT_BEFORE_PHONE = /[A-Za-z0-9_./#%&=?+\-]/;
const NOT_AFTER_PHONE = /[A-Za-z0-9_%]/;
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
/** A seven- or eight-digit local number grouped like one: 5555 0100, 555-0100. */
const LOCAL_NUMBER = /^[2-8]\d{2,3}[ -]\d{4}$/;
const CURRENCY_BEFORE = /(?:[$\u00A3\u00A5\u20AC\uFFE5]|rmb|cny|usd)\s*$/i;
// "人" counts people, but "人工" (a human agent) is what follows a hotline: "400-000-0000 人工服务".
const UNIT_AFTER =
  /^\s*(?:人(?!工)|[元块万千百亿%‰次天日年月周个位笔条张台字倍]|美元|小时|分钟|秒|yuan|rmb|cny|usd|dollars?|times?\b|days?\b|hours?\b|minutes?\b|seconds?\b)/i;

/** Length of a digit group at `index`: digits, or digits in brackets "(400)"; 0 when there is none. */
/**
 * The length of the separator between two digit groups at `index`: one character, or two when an
 * invisible one sits beside a visible one ("400-000\u200B-0000"), so the number stays one part
 * and its invisible character is judged rather than splitting it in two.
 */
function separatorAt(text: string, index: number): number {
  if (!PHONE_SEPARATOR.test(text[index] ?? '')) return 0;
  // Up to three: spaces and invisible characters around at most one dash ("4 0 0 - 0 0 0") or around
  // any one separator when an invisible character is among them; never a slash or a dot between
  // plain spaces, which is how two numbers are listed ("400… / 021…").
  let length = 1;
  while (length < 3 && PHONE_SEPARATOR.test(text[index + length] ?? '') && text[index + length] !== '(') length++;
  const run = text.slice(index, index + length);
  const visible = run.replace(/[ \u00A0\u3000\u200B-\u200D\u2060\uFEFF]/g, '');
  if (length === 1 || (visible.length <= 1 && (visible === '' || DASH.test(visible) || INVISIBLE.test(run)))) return length;
  return 1;
}

function groupAt(text: string, index: number): number {
  if (isDigit(text[index])) {
    let end = index;
    while (isDigit(text[end])) end++;
    return end - index;
  }
  if (text[index] === '(' && isDigit(text[index + 1])) {
    let end = index + 1;
    while (isDigit(text[end])) end++;
    return text[end] === ')' ? end + 1 - index : 0;
  }
  return 0;
}

/** The longest phone number that starts at `start` and ends at one of `ends` (candidate ends, ascending); 0 when none. */
function longestPhoneAt(folded: string, start: number, ends: readonly number[]): number {
  for (let index = ends.length - 1; index >= 0; index--) {
    const end = ends[index] ?? start;
    const phone = normalizePhone(folded.slice(start, end));
    if (phone && looksLikePhoneNumber(phone)) return end;
  }
  return 0;
}

/**
 * Two numbers written one after the other ("400-000-0000 400-000-0008") join into one run of
 * digit groups; read such a run, split at its spaces, as the numbers in it. Each try is at most
 * 15 digits long, so this stays linear.
 */
function splitAtSpaces(folded: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const starts = [start];
  for (let index = start; index < end; index++) if (/\s/.test(folded[index] ?? '')) starts.push(index + 1);
  for (let at = 0; at < starts.length; ) {
    const from = starts[at] ?? end;
    // A number starts with "+", a digit other than 0, an area code's 0 ("021") or an international 00 ("0086"); "0000" starts none.
    const startsNumber = folded[from] === '+' || (isDigit(folded[from]) && !folded.startsWith('000', from));
    const ends: number[] = [];
    let digits = 0;
    for (let next = at + 1, scanned = from; startsNumber && next <= starts.length && digits <= 15; next++) {
      const stop = next < starts.length ? (starts[next] ?? end) - 1 : end;
      for (; scanned < stop; scanned++) if (isDigit(folded[scanned])) digits++;
      // Seven digits is the shortest number of several groups worth finding in prose; five for one group (96110); fifteen the longest of any.
      if (digits <= 15 && (digits >= 7 || (next === at + 1 && digits >= 5))) ends.push(stop);
    }
    const found = startsNumber ? longestPhoneAt(folded, from, ends) : 0;
    if (found === 0) {
      at++;
      continue;
    }
    spans.push({ kind: 'phone', start: from, end: found });
    while (at < starts.length && (starts[at] ?? end) < found) at++;
  }
  return spans;
}

/** Digit groups joined by single separators, optionally after "+", that read as a phone number. */
function phoneSpans(folded: string, taken: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let next = 0; // the first taken span that may still lie ahead
  let index = 0;
  while (index < folded.length) {
    const plus = folded[index] === '+' ? 1 : 0;
    const first = groupAt(folded, index + plus);
    if (first === 0 || (index > 0 && NOT_BEFORE_PHONE.test(folded[index - 1] ?? ''))) {
      index++;
      continue;
    }
    let end = index + plus + first;
    for (;;) {
      if (groupAt(folded, end) > 0) end += groupAt(folded, end);
      else if (separatorAt(folded, end) > 0 && groupAt(folded, end + separatorAt(folded, end)) > 0) end += separatorAt(folded, end) + groupAt(folded, end + separatorAt(folded, end));
      else break;
    }
    const start = index;
    index = end;
    while (next < taken.length && (taken[next]?.end ?? 0) <= start) next++;
    if (next < taken.length && (taken[next]?.start ?? Infinity) < end) continue;
    if (NOT_AFTER_PHONE.test(folded[end] ?? '')) continue;
    if (end - start < 3) continue;
    if (CURRENCY_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) || UNIT_AFTER.test(folded.slice(end, end + 12))) continue;
    const written = folded.slice(start, end);
    const phone = normalizePhone(written);
    if (phone && (looksLikePhoneNumber(phone) || LOCAL_NUMBER.test(written))) spans.push({ kind: 'phone', start, end });
    else if (!phone) spans.push(...splitAtSpaces(folded, start, end));
  }
  return spans;
}

function findInLine(original: string, line: number): FoundContactDetail[] {
  const folded = foldWidth(original);
  const addresses = addressSpans(original, folded);
  const phones = phoneSpans(revealDisguisedDigits(folded), addresses);
  return [...addresses, ...phones]
    .sort((a, b) => a.start - b.start)
    .map(({ kind, start, end }) => ({ kind, text: original.slice(start, end), line, column: start }));
}

/**
 * A script link (javascript:, data: …) is one part of its own, and whatever it holds is blanked
 * out before the rest is read: an official address inside a script or a data: page is not an
 * official contact detail, it is bait.
 */
export function findContactDetails(text: string): FoundContactDetail[] {
  const links = findScriptLinks(text);
  let blanked = text;
  const scripts: FoundContactDetail[] = [];
  if (links.length > 0) {
    const pieces: string[] = [];
    let from = 0;
    for (const [start, end] of links) {
      const before = text.slice(0, start);
      const line = before.split('\n').length;
      scripts.push({ kind: 'web', text: text.slice(start, end), line, column: start - (before.lastIndexOf('\n') + 1) });
      pieces.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, ' '));
      from = end;
    }
    pieces.push(text.slice(from));
    blanked = pieces.join('');
  }
  const found = blanked.split('\n').flatMap((line, index) => findInLine(line, index + 1));
  return scripts.length === 0 ? found : [...found, ...scripts].sort((a, b) => a.line - b.line || a.column - b.column);
}
