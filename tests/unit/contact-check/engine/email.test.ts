import { describe, expect, it } from 'vitest';
import { check } from '../registry.ts';

describe('official e-mail addresses', () => {
  it.each([
    ['accepts the support address', 'support@example.com', 'support@example.com', 'support-email'],
    ['accepts the support address in capitals', 'SUPPORT@EXAMPLE.COM', 'support@example.com', 'support-email'],
    ['accepts the support address with a trailing dot on the domain', 'support@example.com.', 'support@example.com', 'support-email'],
    ['accepts a mailto: link with a subject', 'mailto:support@example.com?subject=Refund', 'support@example.com', 'support-email'],
    ['accepts the security address behind a display name', 'Example Wallet Security <security@example.com>', 'security@example.com', 'security-email'],
    ['accepts the security address typed with a full-width at sign', 'security＠example.com', 'security@example.com', 'security-email'],
    ['accepts the notification sender on the mail subdomain', 'no-reply@mail.example.com', 'no-reply@mail.example.com', 'notice-email'],
    ['accepts the notification sender in mixed case', 'No-Reply@Mail.Example.Com', 'no-reply@mail.example.com', 'notice-email'],
  ])('%s', (_name, input, normalized, channelId) => {
    expect(check(input)).toMatchObject({ kind: 'email', verdict: 'official', normalized, channelId, reasons: ['official-channel', 'sender-can-be-faked'] });
  });

  it('accepts an unlisted mailbox on an official e-mail domain as our domain, not as a channel', () => {
    expect(check('billing@example.com')).toMatchObject({ verdict: 'official', channelId: undefined, reasons: ['official-domain', 'sender-can-be-faked'] });
  });
});

describe('e-mail addresses that imitate ours', () => {
  it.each([
    ['flags our domain followed by someone else’s', 'support@example.com.evil.cn', ['official-name-as-subdomain']],
    ['flags a digit 1 in place of the letter l', 'support@examp1e.com', ['character-swap']],
    ['flags rn in place of m', 'support@exarnple.com', ['character-swap']],
    ['flags another ending', 'support@example.co', ['other-tld']],
    ['flags words added with a hyphen', 'support@example-support.com', ['extra-words']],
    ['flags a swapped pair of letters', 'support@exmaple.com', ['typo-lookalike']],
    ['flags one of our web hosts that never sends e-mail', 'support@support.example.com', ['not-an-email-domain']],
    ['flags a Cyrillic а in the domain', 'support@ex\u0430mple.com', ['confusable-characters', 'mixed-scripts']],
    ['flags a domain written in full-width letters', 'support@\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.com', ['confusable-characters']],
    ['flags our domain as the mailbox of another domain', 'example.com@evil.cn', ['official-name-in-mailbox', 'unknown-domain']],
    ['flags our name in a free mailbox', 'example-support@gmail.com', ['official-name-in-mailbox', 'unknown-domain']],
  ])('%s', (_name, input, reasons) => {
    expect(check(input)).toMatchObject({ kind: 'email', verdict: 'not-official', imitates: 'example.com', channelId: undefined, reasons });
  });

  it('names the mail domain a near miss of our mail subdomain imitates', () => {
    expect(check('no-reply@mai1.example.com')).toMatchObject({ verdict: 'not-official', imitates: 'mail.example.com', reasons: ['not-an-email-domain'] });
  });

  it('judges the address, not the display name in front of it', () => {
    expect(check('Example Wallet Support <support@evil.cn>')).toMatchObject({
      kind: 'email', verdict: 'not-official', normalized: 'support@evil.cn', imitates: undefined, reasons: ['unknown-domain'],
    });
  });

  it('compares an internationalised domain in punycode', () => {
    expect(check('kefu@示例.com')).toMatchObject({ verdict: 'not-official', normalized: 'kefu@xn--fsq092h.com', reasons: ['unknown-domain'] });
  });
});

describe('e-mail addresses that cannot be read', () => {
  it.each([
    ['rejects an address without a mailbox', '@example.com'],
    ['rejects a domain without a dot', 'support@localhost'],
    ['rejects a domain that is an IP address', 'support@192.168.1.1'],
    ['rejects spaces in the domain', 'support@exa mple.com'],
  ])('%s', (_name, input) => {
    expect(check(input, 'email')).toMatchObject({ verdict: 'invalid', normalized: undefined, reasons: ['unparseable'] });
  });
});
