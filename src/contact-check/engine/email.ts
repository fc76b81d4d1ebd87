/**
 * E-mail verdicts. An address is official only when its domain is exactly one
 * of `emailDomains`: we never send mail from other hosts, not even our own web
 * subdomains, so "support.example.com" is as suspect as "example.com.evil.cn".
 */
import { isWithin, parseHost, registrableDomain, type ParsedHost } from './domain.ts';
import { findImitation, isNearMiss, skeleton, squash } from './lookalike.ts';
import { imitatedEmailChannel, type CompiledRegistry } from './compiled-registry.ts';
import { finding, type Finding } from './result.ts';
import type { ReasonCode } from './types.ts';

export interface EmailAddress {
  /** The mailbox before the @, as written: full-width or other compatibility letters are not folded into ours. */
  local: string;
  host: ParsedHost;
}

/**
 * Reads "support@example.com", "mailto:support@example.com?subject=hi" and
 * "Example Support <support@evil.cn>" (the display name is anyone's choice;
 * only the address counts). undefined when there is no usable address.
 */
export function parseEmail(input: string): EmailAddress | undefined {
  let text = input.trim().replace(/^mailto:/i, '');
  const angle = /<([^<>]*)>$/.exec(text);
  if (angle?.[1] !== undefined) text = angle[1];
  text = text.replace(/[?#][\s\S]*$/, '').trim();
  const at = Math.max(text.lastIndexOf('@'), text.lastIndexOf('\uFF20'));
  if (at <= 0) return undefined;
  const local = text.slice(0, at);
  const host = parseHost(text.slice(at + 1));
  if (/[\s<>]/.test(local) || !host || host.ip || !host.ascii.includes('.')) return undefined;
  return { local, host };
}

/** The comparable form: mailbox in lower case (no provider we care about distinguishes case), host in punycode. */
export const emailKey = (address: EmailAddress): string => `${address.local.toLowerCase()}@${address.host.ascii}`;

export function checkEmail(input: string, registry: CompiledRegistry): Finding {
  const address = parseEmail(input);
  if (!address) return finding('invalid', ['unparseable']);
  const { host } = address;
  const normalized = emailKey(address);
  // Our mailboxes are plain ASCII: "suppоrt" with a Cyrillic о or a full-width ｓ is someone imitating one.
  if (!host.disguised && registry.emailDomains.includes(host.ascii) && /[^\x00-\x7f]/.test(address.local)) {
    const mailbox = skeleton(address.local, registry.confusables);
    return finding('not-official', ['confusable-characters'], {
      normalized,
      imitates: host.ascii,
      imitatesChannelId: imitatedEmailChannel(registry, mailbox),
    });
  }
  if (!host.disguised && registry.emailDomains.includes(host.ascii)) {
    const channel = registry.emails.get(normalized);
    return finding('official', [channel ? 'official-channel' : 'official-domain', 'sender-can-be-faked'], { normalized, channelId: channel?.id });
  }
  const external = host.disguised ? undefined : registry.externalEmails.get(normalized);
  if (external) return finding('not-official', ['external-reference'], { normalized, externalId: external.id });

  const reasons: ReasonCode[] = [];
  const mailbox = skeleton(address.local, registry.confusables);
  const squashed = squash(mailbox);
  const named =
    registry.lookalikeTargets.find((domain) => mailbox.includes(registrableDomain(domain).label)) ??
    (registry.brandNames.some((brand) => squashed.includes(brand)) ? registry.lookalikeTargets[0] : undefined);
  if (named !== undefined) reasons.push('official-name-in-mailbox');
  let imitates: string | undefined;
  if (!host.disguised && registry.webDomains.some((domain) => isWithin(host.ascii, domain))) {
    reasons.push('not-an-email-domain');
    imitates = imitatedEmailDomain(host.ascii, registry.emailDomains);
  } else {
    const imitation = findImitation(host, registry.lookalikeTargets, registry.brandNames, registry.confusables);
    if (imitation.imitates === undefined) reasons.push('unknown-domain');
    reasons.push(...imitation.reasons);
    imitates = imitation.imitates ?? named;
  }
  const imitatesChannelId = imitates === undefined ? undefined : imitatedEmailChannel(registry, mailbox, skeleton(host.unicode, registry.confusables));
  return finding('not-official', reasons, { normalized, imitates, imitatesChannelId });
}

/** For one of our own hosts used as a mail domain: the e-mail domain it is a typo of (mai1.example.com), else the one it sits under. */
function imitatedEmailDomain(host: string, emailDomains: readonly string[]): string | undefined {
  const under = emailDomains.filter((domain) => isWithin(host, domain)).sort((a, b) => b.length - a.length);
  return emailDomains.find((domain) => isNearMiss(host, domain)) ?? under[0] ?? emailDomains[0];
}
