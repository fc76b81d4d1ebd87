/**
 * The registry as lookup tables (built by compileRegistry in registry.ts) and the
 * lookups the checkers make in it. Kept apart from the compiling so that the
 * e-mail and web checkers, which compileRegistry uses to read official values,
 * do not import it back (no import cycle).
 */
import type { ConfusableTable } from './confusables.ts';
import { isWithin } from './domain.ts';
import type { RegistryContact } from './types.ts';

export interface CompiledRegistry {
  /** Normalized number → channel. */
  phones: Map<string, RegistryContact>;
  /** Normalized e-mail address (lower case) → channel. */
  emails: Map<string, RegistryContact>;
  /** Host → web channel. */
  webHosts: Map<string, RegistryContact>;
  /** Normalized name → app or social channel. */
  names: Map<string, RegistryContact>;
  /** The same for externalReferences; an external web host also covers its subdomains (see externalHost). */
  externalPhones: Map<string, RegistryContact>;
  externalEmails: Map<string, RegistryContact>;
  externalHosts: Map<string, RegistryContact>;
  /** Public services' apps (国家反诈中心): named, so a reader who pastes the name learns whose app it is. */
  externalNames: Map<string, RegistryContact>;
  webDomains: string[];
  emailDomains: string[];
  /** The registrable domains behind webDomains and emailDomains: what lookalikes are measured against. */
  lookalikeTargets: string[];
  /** Our app and account names, squashed skeletons of four characters or more: 示例钱包.com and 示例钱包客服@qq.com use them. */
  brandNames: string[];
  /** Unicode's confusables list, when the input needs it (see needsConfusables). */
  confusables: ConfusableTable | undefined;
}

/** The first channel of a type: what a lookalike imitates when nothing narrows it down. */
const firstOf = (map: Map<string, RegistryContact>): string | undefined => map.values().next().value?.id;

/**
 * The web channel a lookalike host imitates: the official host it starts with, as the reader sees it
 * (www.example.com-refund.help, help.example.com:443@…), else the one whose own subdomain (help in
 * help.example.com) is a word of the lookalike before our name (help-example.com, help.examp1e.com),
 * else the first web channel.
 */
export function imitatedWebChannel(registry: CompiledRegistry, readHost: string): string | undefined {
  const read = readHost.replace(/^[/\\]+/, '');
  let best: { id: string; length: number } | undefined;
  for (const [host, contact] of registry.webHosts) {
    const follows = read[host.length];
    if (read.startsWith(host) && (follows === undefined || '.-_:@/'.includes(follows)) && (!best || host.length > best.length)) best = { id: contact.id, length: host.length };
  }
  if (best) return best.id;
  const words = new Set(read.split(/[.\-_]/));
  for (const [host, contact] of registry.webHosts) {
    const domain = registry.webDomains.find((candidate) => isWithin(host, candidate));
    const sub = domain === undefined || host === domain ? '' : host.slice(0, -domain.length - 1).split('.').pop() ?? '';
    if (sub !== '' && sub !== 'www' && words.has(sub)) return contact.id;
  }
  return firstOf(registry.webHosts);
}

/**
 * The e-mail channel a lookalike imitates: the one whose mailbox the lookalike's mailbox contains
 * (the longest), else the one whose own mail subdomain (mail in mail.example.com) starts the
 * lookalike's domain (mail-example.com, mail.examp1e.com), else the first.
 */
export function imitatedEmailChannel(registry: CompiledRegistry, readMailbox: string, readDomain = ''): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const [address, contact] of registry.emails) {
    const mailbox = address.slice(0, address.lastIndexOf('@'));
    if (readMailbox.includes(mailbox) && (!best || mailbox.length > best.length)) best = { id: contact.id, length: mailbox.length };
  }
  if (best) return best.id;
  const first = readDomain.split(/[.\-_]/, 1)[0] ?? '';
  for (const [address, contact] of registry.emails) {
    const domain = address.slice(address.lastIndexOf('@') + 1);
    const under = registry.webDomains.concat(registry.emailDomains).find((candidate) => domain !== candidate && isWithin(domain, candidate));
    if (under !== undefined && first !== '' && domain.slice(0, -under.length - 1).split('.')[0] === first) return contact.id;
  }
  return firstOf(registry.emails);
}

/** The external reference a host belongs to, if any. */
export function externalHost(registry: CompiledRegistry, host: string): RegistryContact | undefined {
  for (const [domain, contact] of registry.externalHosts) if (isWithin(host, domain)) return contact;
  return undefined;
}
