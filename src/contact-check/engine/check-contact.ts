/**
 * The entry points. `createContactChecker` checks one contact detail;
 * `createTextChecker` checks a whole pasted text (a scam SMS, an e-mail
 * header, a link): every detail in it is found and checked, and the text is
 * only as official as its worst part.
 */
import { readAddressLists, type Mailbox } from './address-list.ts';
import type { ConfusableTable } from './confusables.ts';
import { detectKind } from './detect-kind.ts';
import { checkEmail, emailKey, parseEmail } from './email.ts';
import { findContactDetails } from './find-contact-details.ts';
import { findChatHandles, findNames, findSignatures } from './find-names.ts';
import { loadConfusables, needsConfusables, skeleton, squash } from './lookalike.ts';
import { checkName } from './name.ts';
import { checkPhone } from './phone.ts';
import type { CompiledRegistry } from './compiled-registry.ts';
import { compileRegistry } from './registry.ts';
import { finding, type Finding } from './result.ts';
import { findScamRequests } from './scam-request.ts';
import { MAX_INPUT_LENGTH, type CheckerRegistry, type ContactCheck, type ContactKind, type TextVerdict, type Verdict } from './types.ts';
import { refang, unwrapPasted } from './unwrap-pasted.ts';
import { checkWebAddress } from './web-address.ts';


const CHECKERS: Record<ContactKind, (input: string, registry: CompiledRegistry) => Finding> = {
  phone: checkPhone,
  email: checkEmail,
  web: checkWebAddress,
  name: checkName,
};

/** Checks one contact detail; `kind` skips detection when the caller already knows it. */
export type ContactChecker = (input: string, kind?: ContactKind) => ContactCheck;

function checkOne(input: string, compiled: CompiledRegistry, kind?: ContactKind): ContactCheck {
  const text = unwrapPasted(input);
  if (text === '') return { input, kind: undefined, ...finding('invalid', [input.trim() === '' ? 'empty' : 'unparseable']) };
  const detected = kind ?? detectKind(text) ?? 'name';
  return { input, kind: detected, ...CHECKERS[detected](text, compiled) };
}

/**
 * Prepares the registry once; the returned function is cheap enough to run on every keystroke.
 * Pass `confusables` (from loadConfusables) when inputs may have non-ASCII letters.
 */
export function createContactChecker(registry: CheckerRegistry, options: { confusables?: ConfusableTable | undefined } = {}): ContactChecker {
  const compiled = compileRegistry(registry, options.confusables);
  return (input, kind) => checkOne(input, compiled, kind);
}

/** The result of checking a whole pasted text. */
export interface TextCheck {
  input: string;
  /** The worst verdict of the parts (one hostile part makes the text not official); "official-contacts" for a message whose parts are all ours. */
  verdict: TextVerdict;
  /** Every contact detail found, in the order written; the whole text as one part when none is found. */
  parts: [ContactCheck, ...ContactCheck[]];
  /** The channel the first imitating part imitates (the page's data-imitates). */
  imitatesChannelId: string | undefined;
}

const RANK: Record<Verdict, number> = { official: 0, invalid: 1, 'not-official': 2 };

/** Sentences, not a name: Chinese sentence punctuation, a line break, or more words than any account or publisher name has. */
/**
 * Whether a text is a message rather than a contact detail with its label: more words around the
 * contact details than a label has ("客服电话：400-000-0000" is a label; "您好，我是示例钱包客服，
 * 请…" is a message). A Chinese character counts one, a Latin word two; more than 16 is a message.
 */
function isMessage(text: string, found: readonly string[]): boolean {
  let rest = text;
  for (const detail of found) rest = rest.replace(detail, ' ');
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = rest.match(/[A-Za-z]+/g)?.length ?? 0;
  return han + 2 * words > 16;
}

/**
 * Links carried inside a link's query ("https://www.example.com/redirect?to=https://evil.test"):
 * an official host that forwards is the bait, the address it forwards to is where the reader lands.
 */
function embeddedLinks(link: string): string[] {
  // The query, or the fragment a page's script may read ("…/#https://evil.test").
  const query = link.search(/[?#]/);
  // Only web links forward; what sits inside a script or data: link is bait, and stays blanked.
  if (query < 0 || (/^\s*[a-z][\w+.-]*:/iu.test(link) && !/^\s*https?:/iu.test(link))) return [];
  let decoded = link.slice(query + 1);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape: read the query as written.
  }
  return [...decoded.matchAll(/https?:\/\/[^\s&#]+/giu)].map((match) => match[0]);
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

// An in-app path ("Example Wallet app › Me › Help & support") is one name however many words its steps have.
const isProse = (text: string): boolean => /[\u3002\uFF0C\uFF01\uFF1F\uFF1B\n]/.test(text.trim()) || (!/[\u203A>]/.test(text) && text.trim().split(/\s+/).length > 6);

/** The e-mail channel a display name pretends to be: one of our addresses in it, or our name. */
function officialLookingName(name: string, compiled: CompiledRegistry): string | undefined {
  const lower = name.toLowerCase();
  for (const [address, contact] of compiled.emails) if (lower.includes(address)) return contact.id;
  const read = squash(skeleton(name, compiled.confusables));
  const brands = [...compiled.brandNames, ...compiled.lookalikeTargets.map((domain) => domain.split('.')[0] ?? domain)];
  return brands.some((brand) => brand !== '' && read.includes(brand)) ? compiled.emails.values().next().value?.id : undefined;
}

/** What the display names around the addresses say: a warning on an address behind an official-looking name. */
function readDisplayNames(parts: TextCheck['parts'], mailboxes: readonly Mailbox[], compiled: CompiledRegistry): TextCheck['parts'] {
  const key = (text: string): string | undefined => {
    const address = parseEmail(text);
    return address ? emailKey(address) : undefined;
  };
  const read = (part: ContactCheck): ContactCheck => {
    if (part.kind !== 'email' || part.normalized === undefined) return part;
    const own = mailboxes.filter((mailbox) => key(mailbox.address) === part.normalized && (mailbox.name !== '' || mailbox.group !== ''));
    // A stranger listed under an official-looking group name poses as the official member listed with it.
    const officialMember = (group: string): string | undefined =>
      mailboxes.map((other) => (other.group === group && other.name === '' ? compiled.emails.get(key(other.address) ?? '')?.id : undefined)).find((id) => id !== undefined);
    const nameOf = (mailbox: Mailbox): string | undefined => {
      if (mailbox.name !== '') return officialLookingName(mailbox.name, compiled);
      const group = officialLookingName(mailbox.group, compiled);
      return group === undefined ? undefined : (officialMember(mailbox.group) ?? group);
    };
    const named = own.map(nameOf).find((id) => id !== undefined);
    if (part.verdict !== 'official' && named !== undefined) {
      const channel = [...compiled.emails.values()].find((contact) => contact.id === named);
      return {
        ...part,
        reasons: ['display-name-imitates-official', ...part.reasons],
        imitates: part.imitates ?? channel?.value,
        imitatesChannelId: part.imitatesChannelId ?? named,
      };
    }
    // Our address as the display name of someone else's, "support@example.com <refund@evil.cn>": mail goes to the other one.
    const asName = mailboxes.some((mailbox) => mailbox.bracketed && key(mailbox.address) !== part.normalized && mailbox.name.toLowerCase().includes(part.normalized ?? ''));
    if (part.verdict === 'official' && asName) {
      return { ...part, ...finding('not-official', ['display-name-only'], { normalized: part.normalized, imitates: part.input.trim(), imitatesChannelId: part.channelId ?? compiled.emails.values().next().value?.id }) };
    }
    return part;
  };
  return [read(parts[0]), ...parts.slice(1).map(read)];
}

/** `input` is `pasted` as read: defanged links (hxxps://help[.]example[.]com[.]evil[.]cn) as the host a reader would retype. */
function checkTextWith(pasted: string, input: string, compiled: CompiledRegistry, mailboxes: readonly Mailbox[]): TextCheck {
  if (pasted.length > MAX_INPUT_LENGTH) {
    return { input: pasted, verdict: 'invalid', parts: [{ input: pasted, kind: undefined, ...finding('invalid', ['too-long']) }], imitatesChannelId: undefined };
  }
  const details = findContactDetails(input).flatMap((detail) => [checkOne(detail.text, compiled, detail.kind), ...embeddedLinks(detail.text).map((link) => checkOne(link, compiled, 'web'))]);
  // Our names where a message puts a name (@handle, "开发者：…", 「…」) are parts too; other names are nobody's business here.
  // A name counts when it holds our brand or the check finds it is ours or imitates ours ("示列钱包科技有限公司").
  const names = findNames(input)
    .map((name) => ({ name, check: checkOne(name, compiled, 'name') }))
    .filter(({ name, check }) => {
      const read = squash(skeleton(name, compiled.confusables));
      return check.verdict === 'official' || check.imitatesChannelId !== undefined || compiled.brandNames.some((brand) => read.includes(brand));
    })
    .map(({ check }) => check);
  // A message's signature, 【示例钱包】 or （示例钱包 App › 我的 › 客服中心）, can be written by anyone: a part
  // when it imitates ours (【示例錢包】), never a reason to call the message official.
  const signatures = findSignatures(input)
    .map((name) => checkOne(name, compiled, 'name'))
    .filter((check) => check.verdict !== 'official' && check.imitatesChannelId !== undefined);
  const handles = findChatHandles(input).map((handle) => checkOne(handle, compiled, 'name'));
  // Right-to-left overrides and isolates reorder what the reader sees ("help.example.com\u202Emoc.live"):
  // never in a genuine message of ours, so their presence is a part of its own.
  const reordering = BIDI_CONTROL.test(input) ? [{ input: input.replace(/\s+/g, ' ').slice(0, 80), kind: undefined, ...finding('not-official', ['reordering-characters']) }] : [];
  // What official support never asks for makes a part of its own, whatever contact it quotes.
  const requests = findScamRequests(input).map((request) => ({ input: request.text, kind: undefined, ...finding('not-official', ['risky-request']) }));
  const [first, ...more] = [...details, ...names, ...signatures, ...handles, ...requests, ...reordering];
  // A message with no number, address or link ("【示例钱包】验证码 123456，请勿泄露。") is no name to compare either.
  const whole = isProse(input) ? { input, kind: undefined, ...finding('invalid', ['no-contact-detail']) } : checkOne(input, compiled);
  const parts = readDisplayNames(first ? [first, ...more] : [whole], mailboxes, compiled);
  const worst = parts.reduce<Verdict>((worse, part) => (RANK[part.verdict] > RANK[worse] ? part.verdict : worse), 'official');
  const verdict: TextVerdict = worst === 'official' && isMessage(input, parts.map((part) => part.input)) ? 'official-contacts' : worst;
  return { input: pasted, verdict, parts, imitatesChannelId: parts.find((part) => part.imitatesChannelId !== undefined)?.imitatesChannelId };
}

/** Checks whole texts; loads Unicode's confusables and the address-list parser only for input that needs them. */
export type TextChecker = (input: string) => Promise<TextCheck>;

export function createTextChecker(registry: CheckerRegistry): TextChecker {
  const plain = compileRegistry(registry);
  let withTable: CompiledRegistry | undefined;
  return async (input) => {
    if (input.length > MAX_INPUT_LENGTH) return checkTextWith(input, input, plain, []);
    const compiled = needsConfusables(input) ? (withTable ??= compileRegistry(registry, await loadConfusables())) : plain;
    const read = refang(input);
    const mailboxes = /[@\uFF20]/.test(read) ? await readAddressLists(read) : [];
    return checkTextWith(input, read, compiled, mailboxes);
  };
}
