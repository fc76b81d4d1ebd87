/**
 * Where a registry channel's link goes: tel: for phones (digits and + only, so
 * "+86 400-000-0000" dials), mailto: for e-mail, the address itself for the web.
 * App and social channels have no link: the reader opens them by hand.
 */
export interface LinkableChannel {
  type: string;
  value: string;
}

export function channelHref(channel: LinkableChannel): string | undefined {
  if (channel.type === 'phone') return `tel:${channel.value.replace(/[^\d+]/g, '')}`;
  if (channel.type === 'email') return `mailto:${channel.value}`;
  if (channel.type === 'web') return channel.value;
  return undefined;
}
