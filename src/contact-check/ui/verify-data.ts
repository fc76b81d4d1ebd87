/**
 * What the /verify page hands its browser script: the registry trimmed to what
 * the checker and the verdict text need, labels in the page's language only,
 * the verdict wording and the links it offers. Embedded as
 * <script type="application/json"> (data, not code, so the strict CSP holds)
 * and built here, at build time, so the browser bundle carries no strings.
 */
import type { VerdictText } from './verify-text.ts';
import type { Locale } from '../../lib/locales.ts';
import type { ChannelType, ContactRegistry, ExternalReference } from '../../schemas/contact.ts';

/** A channel or external reference as the browser sees it. */
export interface VerifyContact {
  id: string;
  type: ChannelType;
  value: string;
  label: string;
  notes?: string | undefined;
  aliases?: readonly string[] | undefined;
  path?: Readonly<Record<string, string>> | undefined;
}

export interface VerifyLink {
  href: string;
  label: string;
}

export interface VerifyData {
  locale: Locale;
  brand: string;
  /** Fits the checker's CheckerRegistry as it is. */
  registry: {
    webDomains: string[];
    emailDomains: string[];
    channels: VerifyContact[];
    externalReferences: VerifyContact[];
  };
  links: {
    /** The official channel list further down the same page. */
    officialList: VerifyLink;
    /** "I was scammed. What now?" */
    scammed: VerifyLink;
    /** How to report a fake number, message or site. */
    report: VerifyLink;
  };
  text: VerdictText;
}

export function buildVerifyData(
  registry: ContactRegistry,
  locale: Locale,
  options: { brand: string; text: VerdictText; links: VerifyData['links'] },
): VerifyData {
  const trim = (contact: ContactRegistry['channels'][number] | ExternalReference): VerifyContact => ({
    id: contact.id,
    type: contact.type,
    value: contact.value,
    label: contact.label[locale],
    ...(contact.notes ? { notes: contact.notes[locale] } : {}),
    ...('aliases' in contact && contact.aliases ? { aliases: contact.aliases } : {}),
    ...('path' in contact && contact.path ? { path: contact.path } : {}),
  });
  return {
    locale,
    brand: options.brand,
    registry: {
      webDomains: registry.webDomains,
      emailDomains: registry.emailDomains,
      channels: registry.channels.map(trim),
      externalReferences: registry.externalReferences.map(trim),
    },
    links: options.links,
    text: options.text,
  };
}

/** JSON safe inside a <script> element: `<` is escaped, so no value can end the element early. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The lines a scam victim should call (src/site.config.ts antiFraudReferenceIds),
 * looked up in the registry so each number is written in one place only.
 */
export function antiFraudReferences(registry: ContactRegistry, ids: readonly string[]): ExternalReference[] {
  return ids.map((id) => {
    const reference = registry.externalReferences.find((candidate) => candidate.id === id);
    if (!reference) {
      const known = registry.externalReferences.map((candidate) => candidate.id).join(', ') || 'none';
      throw new Error(
        `src/site.config.ts: antiFraudReferenceIds lists "${id}", but content/contacts.yaml has no externalReferences entry with that id (known: ${known}). ` +
          'Add the line to externalReferences in content/contacts.yaml, or remove the id from antiFraudReferenceIds.',
      );
    }
    return reference;
  });
}
