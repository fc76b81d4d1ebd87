/**
 * Host names as a browser sees them. `new URL()` does the IDNA work (lower
 * case, full-width to ASCII, Unicode to punycode) the same way in Node and in
 * browsers, so the checker judges the host the reader would actually reach.
 */
import { hostToUnicode } from './punycode.ts';

export interface ParsedHost {
  /** Lower case, punycode, without the trailing dot: the host a browser connects to. */
  ascii: string;
  /** The same host with punycode decoded: what a reader is shown. */
  unicode: string;
  /**
   * Written with characters the browser silently maps to ASCII (full-width
   * letters, "。"). A real link of ours never needs them; a message that uses
   * them is dodging filters, so the checker does not vouch for it. So is one whose
   * name holds characters no registered name can (a "," decoded from "%2C").
   */
  disguised: boolean;
  /** An IPv4 or IPv6 address instead of a name. */
  ip: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** @param rawHost the host as written; @param urlHostname `new URL(…).hostname` for it. */
export function describeHost(rawHost: string, urlHostname: string): ParsedHost | undefined {
  const ascii = urlHostname.replace(/\.$/, '');
  if (ascii === '') return undefined;
  const unicode = hostToUnicode(ascii);
  const written = rawHost.normalize('NFC').toLowerCase().replace(/\.$/, '');
  return {
    ascii,
    unicode,
    // Or with characters no registrable name has (attacker.test%2C.example.com reads as a subdomain of ours).
    disguised: (NON_ASCII.test(rawHost) && written !== unicode) || (!ascii.startsWith('[') && /[^a-z0-9.\-_]/.test(ascii)),
    ip: /^\d+\.\d+\.\d+\.\d+$/.test(ascii) || ascii.startsWith('['),
  };
}

/** A bare host such as an e-mail domain; undefined when it is not one. */
export function parseHost(rawHost: string): ParsedHost | undefined {
  if (rawHost === '' || /[\s/\\?#@:]/.test(rawHost)) return undefined;
  try {
    return describeHost(rawHost, new URL(`http://${rawHost}`).hostname);
  } catch {
    return undefined;
  }
}

/** True when `host` is `domain` or one of its subdomains (never example.com.evil.cn). */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Endings under which anyone can register a name; a compact stand-in for the Public Suffix List. */
const TWO_LABEL_SUFFIXES = new Set([
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn',
  'com.hk', 'com.tw', 'com.mo', 'com.sg', 'com.au', 'co.uk', 'org.uk', 'co.jp', 'co.kr',
]);

export interface RegistrableDomain {
  /** The part its owner registered, e.g. "evil.cn" for "example.com.evil.cn". */
  domain: string;
  /** Its first label: "evil". */
  label: string;
  /** What follows it: "cn", "com.cn". */
  suffix: string;
  /** Labels left of it: ["example", "com"]. */
  subdomains: string[];
}

export function registrableDomain(host: string): RegistrableDomain {
  const labels = host.split('.');
  const suffixLength = labels.length > 2 && TWO_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 2 : 1;
  const start = Math.max(labels.length - suffixLength - 1, 0);
  return {
    domain: labels.slice(start).join('.'),
    label: labels[start] ?? '',
    suffix: labels.slice(start + 1).join('.'),
    subdomains: labels.slice(0, start),
  };
}
