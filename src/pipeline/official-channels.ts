/** The public shape of /official-channels.json. Keep these fields stable: partners and browser extensions read them. */
import type { ContactRegistry } from '../schemas/contact.ts';

export function officialChannelsDocument(registry: ContactRegistry) {
  return {
    updated: registry.updated,
    webDomains: registry.webDomains,
    emailDomains: registry.emailDomains,
    channels: registry.channels.map((channel) => ({
      id: channel.id,
      type: channel.type,
      value: channel.value,
      label: channel.label,
      ...(channel.hours ? { hours: channel.hours } : {}),
      ...(channel.platform ? { platform: channel.platform } : {}),
      ...(channel.path ? { path: channel.path } : {}),
    })),
  };
}
