import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/pipeline/issue.ts';
import { loadContent } from '../../../src/pipeline/load-content.ts';
import { contactDetailsRule } from '../../../src/pipeline/rules/contact-details.ts';
import type { SiteContent } from '../../../src/pipeline/site-content.ts';
import { findContactDetails } from '../../../src/contact-check/engine/index.ts';
import type { ContactRegistry } from '../../../src/schemas/contact.ts';
import { registry } from '../contact-check/registry.ts';

const fixture = fileURLToPath(new URL('../../fixtures/contact-lint', import.meta.url));
const siteContent = (contacts: ContactRegistry): SiteContent => ({ categories: [], contacts, faq: [], glossary: [], synonyms: { 'zh-CN': [], en: [] }, phrasings: { 'zh-CN': {}, en: {} }, articles: [], updates: [] });
const found = (line: string) => findContactDetails(line).map(({ kind, text }) => `${kind} ${text}`);

describe('findContactDetails', () => {
  it.each([
    ['finds a 400 number written with spaces', '请拨打 400 123 4567 咨询', ['phone 400 123 4567']],
    ['finds a 400 number written with dashes right after Chinese text', '热线400-123-4567。', ['phone 400-123-4567']],
    ['finds a number written in full-width digits', '热线：４００１２３４５６７', ['phone ４００１２３４５６７']],
    ['finds a mobile number with a country code', '加我 +86 138 0000 0000 私聊', ['phone +86 138 0000 0000']],
    ['finds a landline with its area code', '办公室 021-5555-0100', ['phone 021-5555-0100']],
    ['finds a local number grouped like one', 'call 5555-0100 now', ['phone 5555-0100']],
    ['finds the anti-fraud line, which the rule then lets through', '拨打 96110', ['phone 96110']],
    ['finds a URL and stops at Chinese punctuation', '访问 https://example.com@evil.cn，马上', ['web https://example.com@evil.cn']],
    ['finds a bare lookalike host in inline code', '比如 `examp1e.com` 这种', ['web examp1e.com']],
    ['finds a bare host with a path', 'open evil.cn/example.com.', ['web evil.cn/example.com']],
    ['finds an e-mail address inside Chinese text', '发到support@example.com即可', ['email support@example.com']],
    ['finds an e-mail address in full-width letters', 'support＠ｅｘａｍｐｌｅ．ｃｏｍ', ['email support＠ｅｘａｍｐｌｅ．ｃｏｍ']],
    ['ignores internal links and anchors', '[核验](/zh-cn/verify/) 和 [下文](#steps)', []],
    ['ignores dates and date ranges', '2026-11-20 至 2026-12-01，2026/11/20', []],
    ['ignores opening hours', '每天 8:00–22:00，09:00-18:00', []],
    ['ignores amounts with currency signs, separators or units', '¥50,000、￥10000、10000 元、$12345、0.1%', []],
    ['ignores counts, durations and step numbers', '6 位数字，输错 5 次锁定 3 小时，第 3 步，60 秒', []],
    ['ignores weak PIN examples', '不要用 123456、888888 这类密码', []],
    ['ignores version numbers', 'version 10.2.1 and v12.34567', []],
    ['ignores long order and card numbers', '单号 20261120123456789，卡号 6222 0000 0000 0000', []],
    ['ignores a masked phone number', '138****0000', []],
    ['ignores file names and a company suffix', 'README.md, contacts.yaml, Steps.astro, Co., Ltd.', []],
    ['finds a web address with a Chinese host', '访问 https://示例钱包.cn/login 领取', ['web https://示例钱包.cn/login']],
    ['finds a bare Chinese host', '官网是 示例钱包.com', ['web 示例钱包.com']],
    ['finds a bare host under a top-level domain it has never seen', '加入 scam-help.ru 群', ['web scam-help.ru']],
    ['stops a web address at full-width punctuation', '打开 https://evil.cn，然后登录', ['web https://evil.cn']],
  ])('%s', (_name, line, expected) => {
    expect(found(line)).toEqual(expected);
  });

  it('reports 1-based line numbers', () => {
    expect(findContactDetails('---\ndescription: 400 123 4567\n---\n\nwww.evil.cn').map(({ line }) => line)).toEqual([2, 5]);
  });
});

describe('contactDetailsRule', () => {
  const raw = loadContent(fixture);

  it('reports every unregistered detail in article frontmatter, article bodies and updates, with file, line and fix', () => {
    expect(formatIssues(contactDetailsRule.check(siteContent(registry), raw))).toMatchInlineSnapshot(`
      "content/articles/zh-CN/stray-contacts.mdx:4
        problem: phone number "400 123 4567" is not in the contact registry
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:9
        problem: phone number "400-123-4567" is not in the contact registry
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:11
        problem: phone number "+86 138 0000 0000" is not in the contact registry
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:11
        problem: phone number "４００１２３４５６７" is not in the contact registry
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:13
        problem: phone number "021-5555-0100" is not in the contact registry
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:13
        problem: phone number "400-000-0001" is not in the contact registry and looks like the official +86 400-000-0000
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:15
        problem: web address "examp1e.com" is not in the contact registry and looks like the official example.com
        fix:     link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:15
        problem: web address "https://example.com@evil.cn" is not in the contact registry and looks like the official example.com
        fix:     link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page
        rule:    contact-details

      content/articles/zh-CN/stray-contacts.mdx:17
        problem: e-mail address "support@example-support.com" is not in the contact registry and looks like the official example.com
        fix:     use an official address from content/contacts.yaml (its domain must be one of emailDomains), or add it to externalReferences there if it is a safe public address
        rule:    contact-details

      content/updates/zh-CN/2026-11-fake-hotline.md:5
        problem: web address "www.example.com.evil.cn" is not in the contact registry and looks like the official example.com
        fix:     link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page
        rule:    contact-details

      content/updates/zh-CN/2026-11-fake-hotline.md:8
        problem: phone number "0086 400 123 4567" is not in the contact registry
        fix:     use an official channel from content/contacts.yaml, or add it to externalReferences there if it is a safe public number such as a police line
        rule:    contact-details

      content/updates/zh-CN/2026-11-fake-hotline.md:8
        problem: web address "http://exаmple.com" (its real host is xn--exmple-4nf.com) is not in the contact registry and looks like the official example.com
        fix:     link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page
        rule:    contact-details

      Content check failed: 12 problems in 2 files."
    `);
  });

  it('lets official channels, external references, dates, times and amounts through', () => {
    const clean = { ...raw, articles: raw.articles.filter((article) => article.slug === 'official-only'), updates: [] };
    expect(contactDetailsRule.check(siteContent(registry), clean)).toEqual([]);
  });

  it('also reads the FAQ, glossary, categories and troubleshooters, but not the registry', () => {
    const text = 'q:\n  a: 请拨打 400 123 4567\n';
    const data = (file: string) => ({ file, text, parsed: undefined });
    const issues = contactDetailsRule.check(siteContent(registry), {
      ...raw, articles: [], updates: [],
      faq: data('content/faq.yaml'), glossary: data('content/glossary.yaml'), categories: data('content/categories.yaml'),
      troubleshooters: [data('content/troubleshooters/login.yaml')], contacts: data('content/contacts.yaml'),
    });
    expect(issues.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'content/categories.yaml:2', 'content/faq.yaml:2', 'content/glossary.yaml:2', 'content/troubleshooters/login.yaml:2',
    ]);
  });

  it('stays quiet when the registry itself failed to load, which is reported elsewhere', () => {
    expect(contactDetailsRule.check(siteContent({ ...registry, channels: [] }), raw)).toEqual([]);
  });
});
