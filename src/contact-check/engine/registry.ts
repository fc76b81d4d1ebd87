/**
 * The registry turned into lookup tables once, so checking a keystroke's worth
 * of input does no parsing. Every official value goes through the same
 * normalisation as the input it is compared with.
 */
import type { ConfusableTable } from './confusables.ts';
import type { CompiledRegistry } from './compiled-registry.ts';
import { parseHost, registrableDomain } from './domain.ts';
import { emailKey, parseEmail } from './email.ts';
import { skeleton, squash } from './lookalike.ts';
import { nameVariants } from './normalize-name.ts';
import { normalizePhone } from './normalize-phone.ts';
import type { CheckerRegistry, RegistryContact } from './types.ts';
import { parseWebAddress } from './web-address.ts';


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
      for (const written of [contact.value, ...Object.values(contact.path ?? {})]) for (const variant of nameVariants(written)) if (!names.has(variant)) names.set(variant, contact);
    }
  }
  return { phones, emails, hosts, names };
}

export function compileRegistry(registry: CheckerRegistry, confusables?: ConfusableTable): CompiledRegistry {
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
    externalNames: external.names,
    webDomains,
    emailDomains,
    lookalikeTargets,
    brandNames: [
      ...new Set(
        [...official.names.keys(), ...registry.channels.flatMap((contact) => contact.aliases ?? [])]
          .map((name) => squash(skeleton(name)))
          .filter((name) => [...name].length >= 4),
      ),
    ],
    confusables,
  };
}
