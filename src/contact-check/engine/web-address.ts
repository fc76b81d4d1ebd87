/**
 * Web address verdicts. The host alone decides where a link goes, so it must
 * be an official domain or one of its subdomains. Whatever else a link shows
 * (our name before an @, in a subdomain, in the path) is decoration meant to
 * be read instead of the host, and is reported as the trick it is.
 */
import { describeHost, isWithin, registrableDomain, type ParsedHost } from './domain.ts';
import { findImitation, skeleton } from './lookalike.ts';
import { externalHost, imitatedWebChannel, type CompiledRegistry } from './compiled-registry.ts';
import { finding, type Finding } from './result.ts';
import { scriptSchemeAt } from './script-link.ts';
import type { ReasonCode } from './types.ts';

export type WebAddress =
  | {
      kind: 'http';
      host: ParsedHost;
      /** What stands before an @ in the authority ("example.com" in https://example.com@evil.cn); "" when none. */
      userinfo: string;
      /** Path, query and fragment as written. */
      rest: string;
    }
  | { kind: 'unsafe-scheme'; scheme: string }
  | { kind: 'other-scheme'; scheme: string }
  | { kind: 'unreadable' };

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Reads a web address written with or without http(s)://, the way a browser would. */
export function parseWebAddress(input: string): WebAddress {
  // Browsers drop tabs and newlines anywhere in a URL, so "java\nscript:" is still javascript:.
  const text = input.trim().replace(/[\t\n\r]/g, '');
  const unsafe = scriptSchemeAt(input.trim(), 0);
  if (unsafe) return { kind: 'unsafe-scheme', scheme: unsafe.scheme };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { kind: 'other-scheme', scheme };
  const absolute = scheme !== undefined ? text : `http://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return { kind: 'unreadable' };
  }
  // The authority ends where the WHATWG parser ends it: at the first / \ ? or #, and the host follows the last @.
  const afterScheme = absolute.replace(/^[a-z][a-z0-9+.-]*:[/\\]*/i, '');
  const authority = afterScheme.split(/[/\\?#]/, 1)[0] ?? '';
  const at = authority.lastIndexOf('@');
  const host = describeHost(authority.slice(at + 1).replace(/:\d*$/, ''), url.hostname);
  if (!host) return { kind: 'unreadable' };
  return { kind: 'http', host, userinfo: at >= 0 ? authority.slice(0, at) : '', rest: afterScheme.slice(authority.length) };
}

export function checkWebAddress(input: string, registry: CompiledRegistry): Finding {
  const address = parseWebAddress(input);
  if (address.kind === 'unsafe-scheme') return finding('not-official', ['unsafe-scheme'], { normalized: `${address.scheme}:` });
  if (address.kind === 'other-scheme') return finding('not-official', ['unsupported-scheme'], { normalized: `${address.scheme}:` });
  if (address.kind === 'unreadable') return finding('invalid', ['unparseable']);

  const { host } = address;
  const normalized = host.ascii;
  if (!host.disguised && registry.webDomains.some((domain) => isWithin(host.ascii, domain))) {
    const channel = registry.webHosts.get(host.ascii);
    return finding('official', [channel ? 'official-channel' : 'official-domain'], { normalized, channelId: channel?.id });
  }
  const external = host.disguised ? undefined : externalHost(registry, host.ascii);
  if (external) return finding('not-official', ['external-reference'], { normalized, externalId: external.id });

  const reasons: ReasonCode[] = [];
  const mentioned = (text: string, part: (domain: string) => string): string | undefined => {
    const read = skeleton(text, registry.confusables);
    return registry.lookalikeTargets.find((domain) => read.includes(part(domain)));
  };
  // Any brand in the userinfo is there to be misread; in the path only the whole domain is a telling sign.
  const inUserinfo = address.userinfo === '' ? undefined : mentioned(address.userinfo, (domain) => registrableDomain(domain).label);
  if (address.userinfo !== '') reasons.push('userinfo-trick');
  const inPath = mentioned(address.rest, (domain) => domain);
  if (inPath !== undefined) reasons.push('official-name-in-path');
  // The channel is named after what the reader takes for the address: the host, else the userinfo or path that names us.
  const imitating = (imitates: string | undefined, read: string): Finding =>
    finding('not-official', reasons, {
      normalized,
      imitates,
      imitatesChannelId: imitates === undefined ? undefined : imitatedWebChannel(registry, skeleton(read, registry.confusables)),
    });
  const decoration = inUserinfo !== undefined ? address.userinfo : address.rest;
  if (host.ip) {
    reasons.push('ip-address');
    return imitating(inUserinfo ?? inPath, decoration);
  }
  const imitation = findImitation(host, registry.lookalikeTargets, registry.brandNames, registry.confusables);
  if (imitation.imitates === undefined) reasons.push('unknown-domain');
  reasons.push(...imitation.reasons);
  return imitation.imitates !== undefined ? imitating(imitation.imitates, host.unicode) : imitating(inUserinfo ?? inPath, decoration);
}
