import { describe, expect, it } from 'vitest';
import { check } from '../registry.ts';

describe('official web addresses', () => {
  it.each([
    ['accepts the website as the registry prints it', 'https://www.example.com', 'www.example.com', 'website'],
    ['accepts the website without a scheme', 'www.example.com', 'www.example.com', 'website'],
    ['accepts the website with a path, query and fragment', 'https://www.example.com/zh-cn/pay?x=1#top', 'www.example.com', 'website'],
    ['accepts the website in capitals', 'HTTPS://WWW.EXAMPLE.COM/', 'www.example.com', 'website'],
    ['accepts the website with a trailing dot on the host', 'www.example.com.', 'www.example.com', 'website'],
    ['accepts the help center over plain http', 'http://help.example.com', 'help.example.com', 'help-center'],
    ['accepts the help center in angle brackets', '<https://help.example.com/zh-cn/verify/>', 'help.example.com', 'help-center'],
    ['accepts the help center with a port', 'help.example.com:443/en/', 'help.example.com', 'help-center'],
  ])('%s', (_name, input, normalized, channelId) => {
    expect(check(input)).toMatchObject({ kind: 'web', verdict: 'official', normalized, channelId, reasons: ['official-channel'] });
  });

  it.each([
    ['accepts the bare domain', 'example.com'],
    ['accepts the bare domain with a trailing dot', 'example.com.'],
    ['accepts the bare domain in capitals', 'EXAMPLE.COM'],
    ['accepts any subdomain of an official domain', 'https://pay.example.com/login'],
    ['accepts a link whose real host, after the @, is ours', 'https://evil.cn@example.com/'],
    ['accepts a subdomain with a Cyrillic letter, since every subdomain of ours is ours', 'h\u0435lp.example.com'],
  ])('%s', (_name, input) => {
    expect(check(input)).toMatchObject({ kind: 'web', verdict: 'official', channelId: undefined, reasons: ['official-domain'] });
  });
});

describe('web addresses that imitate ours', () => {
  it.each([
    ['flags a userinfo trick that hides the real host', 'https://example.com@evil.cn', 'evil.cn', ['userinfo-trick', 'unknown-domain']],
    ['flags a userinfo trick without a scheme', 'example.com@evil.cn/login', 'evil.cn', ['userinfo-trick', 'unknown-domain']],
    ['flags our domain used as a subdomain of another', 'example.com.evil.cn', 'example.com.evil.cn', ['official-name-as-subdomain']],
    ['flags our domain as a subdomain behind www', 'https://www.example.com.evil.cn/pay', 'www.example.com.evil.cn', ['official-name-as-subdomain']],
    ['flags our domain written in the path', 'evil.cn/example.com', 'evil.cn', ['official-name-in-path', 'unknown-domain']],
    ['flags a backslash that ends the host early', 'https://evil.cn\\@example.com', 'evil.cn', ['official-name-in-path', 'unknown-domain']],
    ['flags a pasted punycode homograph', 'xn--exmple-4nf.com', 'xn--exmple-4nf.com', ['confusable-characters', 'mixed-scripts']],
    ['flags a Cyrillic а', 'https://ex\u0430mple.com', 'xn--exmple-4nf.com', ['confusable-characters', 'mixed-scripts']],
    ['flags Cyrillic е, х, а and р together', '\u0435\u0445\u0430m\u0440le.com', 'xn--mle-5cdy2e6a.com', ['confusable-characters', 'mixed-scripts']],
    ['flags a Greek alpha', 'ex\u03B1mple.com', undefined, ['confusable-characters', 'mixed-scripts']],
    ['flags a Greek omicron in the ending', 'example.c\u03BFm', undefined, ['confusable-characters', 'mixed-scripts']],
    ['flags a Cyrillic е behind www', 'www.exampl\u0435.com', 'www.xn--exampl-8of.com', ['confusable-characters', 'mixed-scripts']],
    ['flags full-width letters that browsers quietly turn into ours', '\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45\uFF0E\uFF43\uFF4F\uFF4D', 'example.com', ['confusable-characters']],
    ['flags an ideographic full stop in place of the dot', 'example\u3002com', 'example.com', ['confusable-characters']],
    ['flags an accented letter', 'ex\u00E1mple.com', 'xn--exmple-qta.com', ['confusable-characters']],
    ['flags the digit 1 for the letter l', 'examp1e.com', 'examp1e.com', ['character-swap']],
    ['flags the digit 0 for the letter o in a swap', 'https://www.examp1e.com/', 'www.examp1e.com', ['character-swap']],
    ['flags rn for m', 'exarnple.com', 'exarnple.com', ['character-swap']],
    ['flags a capital I for the letter l', 'exampIe.com', 'exampie.com', ['character-swap']],
    ['flags two swapped letters', 'exmaple.com', 'exmaple.com', ['typo-lookalike']],
    ['flags a dropped letter', 'examle.com', 'examle.com', ['typo-lookalike']],
    ['flags two dropped letters', 'exmple.com', 'exmple.com', ['typo-lookalike']],
    ['flags a hyphenated word after our name', 'example-login.com', 'example-login.com', ['extra-words']],
    ['flags a hyphenated word before our name', 'secure-example.com', 'secure-example.com', ['extra-words']],
    ['flags words glued to our name', 'examplesupport.com', 'examplesupport.com', ['extra-words']],
    ['flags a lookalike with words added', 'examp1e-login.cn', 'examp1e-login.cn', ['extra-words']],
    ['flags the Chinese country ending', 'example.cn', 'example.cn', ['other-tld']],
    ['flags the .net ending', 'http://example.net', 'example.net', ['other-tld']],
    ['flags a .com.cn ending', 'example.com.cn', 'example.com.cn', ['other-tld']],
    ['flags an IP address with our domain in the path', 'http://192.168.1.1/example.com', '192.168.1.1', ['official-name-in-path', 'ip-address']],
  ])('%s', (_name, input, normalized, reasons) => {
    const result = check(input);
    expect(result).toMatchObject({ kind: 'web', verdict: 'not-official', imitates: 'example.com', channelId: undefined, reasons });
    if (normalized !== undefined) expect(result.normalized).toBe(normalized);
  });
});

describe('other web addresses', () => {
  it.each([
    ['reports an unrelated domain without naming an imitation', 'https://wallet-help.net', { normalized: 'wallet-help.net', reasons: ['unknown-domain'] }],
    ['names our app name used as an internationalised domain, in punycode', 'https://示例钱包.com', { normalized: 'xn--fsqq8fl29bu7w.com', reasons: ['brand-name-as-domain'], imitates: 'example.com', imitatesChannelId: 'website' }],
    ['reports an IP address written as one number', 'http://3232235777', { normalized: '192.168.1.1', reasons: ['ip-address'] }],
    ['refuses a javascript: link', 'javascript:alert(document.cookie)', { normalized: 'javascript:', reasons: ['unsafe-scheme'] }],
    ['refuses a javascript: link split by a newline', 'java\nscript:alert(1)', { reasons: ['unsafe-scheme'] }],
    ['refuses a data: link', 'data:text/html,<script>alert(1)</script>', { normalized: 'data:', reasons: ['unsafe-scheme'] }],
    ['refuses an ftp link even on our domain', 'ftp://example.com/file', { normalized: 'ftp:', reasons: ['unsupported-scheme'] }],
  ])('%s', (_name, input, expected) => {
    expect(check(input)).toMatchObject({ kind: 'web', verdict: 'not-official', imitates: undefined, ...expected });
  });

  it('cannot read an address with a space in the host', () => {
    expect(check('https://exa mple.com')).toMatchObject({ kind: 'web', verdict: 'invalid', reasons: ['unparseable'] });
  });
});
