/**
 * The registry turned into lookup tables once, so checking a keystroke's worth
 * of input does no parsing. Every official value goes through the same
 * normalisation as the input it is compared with.
 */
import { isWithin, parseHost, registrableDomain } from './domain.ts';
import { emailKey, parseEmail } from './email.ts';
import { nameVariants } from './normalize-name.ts';
import { normalizePhone } from './normalize-phone.ts';
import type { CheckerRegistry, RegistryContact } from './types.ts';
import { parseWebAddress } from './web-address.ts';

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
  webDomains: string[];
  emailDomains: string[];
  /** The registrable domains behind webDomains and emailDomains: what lookalikes are measured against. */
  lookalikeTargets: string[];
}

const asciiDomain = (domain: string): string => parseHost(domain)?.ascii ?? domain.toLowerCase();

function index(contacts: readonly RegistryContact[]) {
  const phones = new Map<string, RegistryContact>();
  const emails = new Map<string, RegistryContact>();
  const hosts = new Map<string, RegistryContact>();
  const names = new Map<string, RegistryContact>();
  for (const contact of contacts) {
    if (contact.type === 'phone') {
      const phone = normalizePhone(contact.value);
      if (phone) phones.set(phone.normalized, contact);
    } else if (contact.type === 'email') {
      const address = parseEmail(contact.value);
      if (address) emails.set(emailKey(address), contact);
    } else if (contact.type === 'web') {
      const address = parseWebAddress(contact.value);
      if (address.kind === 'http') hosts.set(address.host.ascii, contact);
    } else {
      for (const variant of nameVariants(contact.value)) if (!names.has(variant)) names.set(variant, contact);
    }
  }
  return { phones, emails, hosts, names };
}

export function compileRegistry(registry: CheckerRegistry): CompiledRegistry {
  const official = index(registry.channels);
  const external = index(registry.externalReferences ?? []);
  const webDomains = registry.webDomains.map(asciiDomain);
  const emailDomains = registry.emailDomains.map(asciiDomain);
  const lookalikeTargets = [...new Set([...webDomains, ...emailDomains].map((domain) => registrableDomain(domain).domain))];
  return {
    phones: official.phones,
    emails: official.emails,
    webHosts: official.hosts,
    names: official.names,
    externalPhones: external.phones,
    externalEmails: external.emails,
    externalHosts: external.hosts,
    webDomains,
    emailDomains,
    lookalikeTargets,
  };
}

/** The external reference a host belongs to, if any. */
export function externalHost(registry: CompiledRegistry, host: string): RegistryContact | undefined {
  for (const [domain, contact] of registry.externalHosts) if (isWithin(host, domain)) return contact;
  return undefined;
}
