import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../../src/contact-check/engine/index.ts';

describe('detectKind', () => {
  it.each([
    ['reads a tel: link as a phone number', 'tel:4000000000', 'phone'],
    ['reads a mailto: link as an e-mail address', 'mailto:support@example.com', 'email'],
    ['reads a display name with an address as an e-mail address', 'Support <support@evil.cn>', 'email'],
    ['reads a full-width at sign as an e-mail address', 'support＠example.com', 'email'],
    ['reads a URL with a scheme as a web address', 'https://example.com', 'web'],
    ['reads a javascript: link as a web address', 'javascript:alert(1)', 'web'],
    ['reads a userinfo trick with a path as a web address', 'example.com@evil.cn/login', 'web'],
    ['reads a bare host as a web address', 'example.com', 'web'],
    ['reads a host typed with an ideographic full stop as a web address', 'example。com', 'web'],
    ['reads an IP address as a web address', '192.168.1.1', 'web'],
    ['reads grouped digits as a phone number', '(400) 000-0000', 'phone'],
    ['reads full-width digits as a phone number', '４００ ０００ ００００', 'phone'],
    ['reads a Weibo handle as a name', '@示例钱包', 'name'],
    ['reads a publisher name with dots and spaces as a name', 'Example Wallet Technology Co., Ltd.', 'name'],
    ['reads nothing as nothing', '   ', undefined],
  ])('%s', (_name, input, kind) => {
    expect(detectKind(input)).toBe(kind);
  });
});
