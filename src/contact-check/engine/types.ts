/**
 * The vocabulary of the contact checker: what a check returns and why. The
 * engine speaks only in these codes; the /verify page turns them into words in
 * each locale, so a new code is a compile error there until it is translated.
 */
import type { ChannelType } from '../../schemas/contact.ts';

/** What the pasted text is, as far as the checker can tell. */
export const CONTACT_KINDS = ['phone', 'email', 'web', 'name'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const VERDICTS = ['official', 'not-official', 'invalid'] as const;
export type Verdict = (typeof VERDICTS)[number];
/**
 * A whole text's verdict: a part's, or "official-contacts" for a message (an SMS, a chat, a call
 * written down) whose every contact detail is ours. Anyone can copy our hotline into a message, so
 * the message itself is never called official: what it asks for is the test.
 */
export type TextVerdict = Verdict | 'official-contacts';

/**
 * Machine-readable reasons, most important first in a result. Every phone
 * result carries `caller-id-can-be-faked` and every name result
 * `names-can-be-copied`, because a match proves nothing about who is calling.
 */
/**
 * The longest text the checker reads: a long SMS or an e-mail header with room to spare. Longer
 * input gets verdict "invalid" with reason "too-long" and nothing else, so a page given 100 KB in
 * ?q= answers at once.
 */
export const MAX_INPUT_LENGTH = 2000;

export const REASON_CODES = [
  // invalid
  'empty', // nothing was pasted
  'unparseable', // not a readable number, address or name
  'no-contact-detail', // a sentence or message with no number, address or link in it: nothing to check
  'too-long', // longer than MAX_INPUT_LENGTH: paste the number, address or name, or the message it came in
  // official
  'official-channel', // exactly one of the registry's channels (see channelId)
  'official-domain', // an address on an official domain that is not itself a listed channel
  // warnings that come with a verdict
  'caller-id-can-be-faked', // hang up and call back on the number in the app
  'names-can-be-copied', // anyone can name an account or app like ours: check the publisher or verified badge
  'sender-can-be-faked', // an e-mail's From line can be forged: a matching address proves little on its own
  // not official
  'risky-request', // the message asks for what official support never asks: screen sharing, a meeting app, a safe account, gift cards
  'external-reference', // a safe public contact that is not the wallet, e.g. the 96110 anti-fraud line (see externalId)
  'unknown-number',
  'near-miss-number', // one digit off the official number (see imitates)
  'official-number-abroad', // the official digits behind another country code: +852 400-000-0000
  'hidden-characters', // invisible (zero-width) characters between the digits: never in a genuine copy of our number, a spam-filter dodge (see imitates)
  'disguised-digits', // letters (O for 0) or Chinese numerals written for digits: 400-000-OOOO, 四〇〇…; a keypad dials something else
  'trunk-zero-added', // a 0 put in front of a number that is never dialled with one: 0400-000-0000
  'personal-mobile-number', // a mainland mobile number: the wallet never uses one
  'foreign-number', // an international prefix other than +86
  'unknown-domain',
  'not-an-email-domain', // one of our web hosts, but we never send e-mail from it
  'official-name-in-mailbox', // our name in the part before @, e.g. example.com@evil.cn
  'display-name-imitates-official', // "support@example.com <refund@evil.cn>": the name in front looks like ours, the address is not
  'display-name-only', // an official address written as the display name of another address: it is not where mail goes
  'userinfo-trick', // https://example.com@evil.cn: the real host is after the @
  'official-name-as-subdomain', // example.com.evil.cn
  'official-name-in-path', // evil.cn/example.com
  'confusable-characters', // Cyrillic, Greek, full-width or accented letters that look like ours
  'reordering-characters', // right-to-left overrides or isolates that make the text read differently from what it is
  'mixed-scripts', // one label mixes Latin, Cyrillic or Greek letters
  'character-swap', // 0/o, 1/l, rn/m, vv/w swaps: examp1e.com, exarnple.com
  'typo-lookalike', // one or two letters changed, added or dropped: exmaple.com
  'extra-words', // our name with words added: example-login.com, secure-example.com
  'other-tld', // our name under another ending: example.cn, example.net
  'brand-name-as-domain', // our app name as a web address: 示例钱包.com
  'ip-address', // a bare IP address instead of a name
  'unsafe-scheme', // javascript:, data: and similar links that run code instead of opening a page
  'unsupported-scheme', // any other non-web link, e.g. ftp:
  'unknown-name',
  'name-imitates-official', // close to one of our account or publisher names (see imitates)
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The result of checking one pasted contact detail. */
export interface ContactCheck {
  /** The text as pasted. */
  input: string;
  /** undefined only when nothing was pasted. */
  kind: ContactKind | undefined;
  verdict: Verdict;
  /**
   * The comparable form: "+864000000000", "96110", "support@example.com",
   * "example.com" (a web address's real host, punycode), or a case-folded name.
   * undefined when the input could not be read.
   */
  normalized: string | undefined;
  /** The registry channel the input is, when it is exactly one. */
  channelId: string | undefined;
  /** The registry external reference the input is (verdict "not-official", reason "external-reference"). */
  externalId: string | undefined;
  /** The official domain, number (as printed in the registry) or name this lookalike imitates. */
  imitates: string | undefined;
  /** The registry channel this lookalike imitates (the page's data-imitates); set whenever `imitates` is. */
  imitatesChannelId: string | undefined;
  reasons: ReasonCode[];
}

/** A contact as the registry lists it; ContactRegistry entries fit. */
export interface RegistryContact {
  id: string;
  type: ChannelType;
  value: string;
  /** Other spellings of a name (its pinyin): never official themselves, but our name inside a host or mailbox. */
  aliases?: readonly string[] | undefined;
  /** An in-app path in each language ("Example Wallet app › Me › Help & support"): official as written there too. */
  path?: Readonly<Record<string, string>> | undefined;
}

/**
 * What the checker needs from the registry. `ContactRegistry` (content/contacts.yaml)
 * fits as is, and so does a copy trimmed down for the browser.
 */
export interface CheckerRegistry {
  webDomains: readonly string[];
  emailDomains: readonly string[];
  channels: readonly RegistryContact[];
  externalReferences?: readonly RegistryContact[] | undefined;
}
