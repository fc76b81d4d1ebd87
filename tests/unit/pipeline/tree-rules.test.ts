/**
 * The rules on the syntax tree, fed the editor mistakes in
 * tests/fixtures/editor-mistakes/ (written before the rules): each snippet is
 * added to the end of a valid guide and must be refused with file, line, column
 * and a message that says what was found.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline/run-check.ts';
import { formatIssueList } from '../../../src/editorial/engine/issue-format.ts';
import { foldChineseNumerals } from '../../../src/pipeline/rules/chinese-numeral-phones.ts';
import { analyseArticle } from '../../../src/pipeline/article-structure.ts';
import { closestName } from '../../../src/pipeline/component-props.ts';
import { fixtureProject } from '../support/fixture-project.ts';

const MISTAKES = join(import.meta.dirname, '../../fixtures/editor-mistakes');
const ARTICLE = 'content/articles/zh-CN/payment-failed.mdx';

/** A valid fixture project whose zh-CN guide ends with `snippet`; optional extra files beside it. */
function projectWith(snippet: string, extra: Record<string, string | Buffer> = {}): string {
  const root = fixtureProject();
  const path = join(root, ARTICLE);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${snippet}\n`);
  for (const [file, content] of Object.entries(extra)) writeFileSync(join(root, file), content);
  return root;
}

const linesFor = (root: string): string => formatIssueList(checkProject(root).issues, 'text');

const cases = readdirSync(MISTAKES).filter((name) => name.endsWith('.mdx')).sort();

describe('the rules on the syntax tree', () => {
  it('has at least 25 editor mistakes to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('refuses %s with the file, line and column of the mistake', (name) => {
    const report = linesFor(projectWith(readFileSync(join(MISTAKES, name), 'utf8')));
    expect(report).toMatch(/^content\/articles\/zh-CN\/payment-failed\.mdx:3\d(:\d+)?: /m);
  });

  it('says what it found for every mistake (pinned messages)', () => {
    const messages = Object.fromEntries(cases.map((name) => [name, linesFor(projectWith(readFileSync(join(MISTAKES, name), 'utf8'))).split('\n')]));
    expect(messages).toMatchInlineSnapshot(`
      {
        "01-script-tag.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31: contact-details: web address "https://examp1e.com" is not in the contact registry and looks like the official example.com (link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page)",
          "content/articles/zh-CN/payment-failed.mdx:31:1: raw-html: raw HTML <script> is not allowed in articles (delete it; use Markdown or one of the components Steps, Prepare, Callout, ContactSupport, Troubleshooter)",
        ],
        "02-img-onerror.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: raw-html: raw HTML <img> is not allowed in articles (write the image in Markdown as ![description](./file.png) so it goes through the image pipeline)",
        ],
        "03-javascript-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: link-scheme: the link "点这里联系官方客服" uses javascript:, which is never allowed (link to a page of this site such as /zh-cn/contact/, or use <ContactSupport />)",
        ],
        "04-entity-javascript.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: link-scheme: the link "查看退款进度" uses javascript: (written with character references), which is never allowed (link to a page of this site such as /zh-cn/contact/, or use <ContactSupport />)",
        ],
        "05-raw-anchor.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: raw-html: raw HTML <a> is not allowed in articles (write the link in Markdown: [text](/zh-cn/articles/<slug>/))",
        ],
        "06-raw-anchor-javascript.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: raw-html: raw HTML <a> is not allowed in articles (write the link in Markdown: [text](/zh-cn/articles/<slug>/))",
        ],
        "07-iframe.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: raw-html: raw HTML <iframe> is not allowed in articles (delete it; use Markdown or one of the components Steps, Prepare, Callout, ContactSupport, Troubleshooter)",
        ],
        "08-style-tag.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: raw-html: raw HTML <style> is not allowed in articles (delete it; use Markdown or one of the components Steps, Prepare, Callout, ContactSupport, Troubleshooter)",
        ],
        "09-data-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: link-scheme: the link "下载说明" uses data:, which is never allowed (link to a page of this site such as /zh-cn/contact/, or use <ContactSupport />)",
        ],
        "10-vbscript-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: link-scheme: the link "打开" uses vbscript:, which is never allowed (link to a page of this site such as /zh-cn/contact/, or use <ContactSupport />)",
        ],
        "11-tab-in-scheme.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: link-scheme: the link "打开" uses javascript: (written with character references), which is never allowed (link to a page of this site such as /zh-cn/contact/, or use <ContactSupport />)",
        ],
        "12-http-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:4: link-scheme: the link "官网" uses http:, which is not encrypted (write https://)",
        ],
        "13-protocol-relative.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: link-scheme: the link "官网" starts with //, which leaves the site (write https:// for an official site, or a path such as /zh-cn/)",
        ],
        "14-mailto-unknown.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31: contact-details: e-mail address "help@examp1e.com" is not in the contact registry and looks like the official example.com (use an official address from content/contacts.yaml (its domain must be one of emailDomains), or add it to externalReferences there if it is a safe public address)",
          "content/articles/zh-CN/payment-failed.mdx:31:6: link-scheme: the link "客服邮箱" uses mailto: with "help@examp1e.com", which is not in the contact registry (use an address from content/contacts.yaml, or <ContactSupport />)",
        ],
        "15-dead-article-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:4: internal-links: the link "/zh-cn/articles/no-such-article/" leads to a page that does not exist (use the path of a published page, e.g. /zh-cn/articles/<slug>/ with the file name of an article in content/articles/zh-CN/)",
        ],
        "16-dead-anchor.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:4: internal-links: the link "#step-9" names the anchor #step-9, which that page does not have (use one of its anchors: step-1, step-2, step-3)",
        ],
        "17-cross-language-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:4: internal-links: the link "/en/articles/about-wallets/" leads from a zh-CN page into the en site (link to the same page in this language: /zh-cn/articles/about-wallets/)",
        ],
        "18-dead-anchor-other-page.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:4: internal-links: the link "/zh-cn/articles/about-wallets/#no-such-heading" names the anchor #no-such-heading, which that page does not have (that page has no headings or steps: link to /zh-cn/articles/about-wallets/ without #no-such-heading)",
        ],
        "19-relative-link.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:4: link-scheme: the link "钱包" points at the relative path "../about-wallets/" (write the path from the site root, e.g. /zh-cn/articles/<slug>/)",
        ],
        "20-unknown-component.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: components: unknown component ContactSuport — did you mean ContactSupport? (write <ContactSupport>)",
        ],
        "21-unknown-callot.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: components: unknown component Callot — did you mean Callout? (write <Callout>)",
        ],
        "22-callout-typ.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: components: <Callout> has no prop "typ" (did you mean type="…"?)",
        ],
        "23-callout-bad-type.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: components: <Callout type="urgent"> is not one of note, tip, warning, danger (use the props type, title)",
        ],
        "24-steps-with-prop.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:14: guide-structure: the guide has more than one <Steps> block (keep one numbered <Steps> list per guide: its items are the #step-N anchors that search and the troubleshooter link to)",
          "content/articles/zh-CN/payment-failed.mdx:31:1: components: <Steps> has no prop "start" (<Steps> takes no props: remove it)",
        ],
        "25-remote-image.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31: contact-details: web address "https://examp1e.com/freeze.png" is not in the contact registry and looks like the official example.com (link to a host under webDomains in content/contacts.yaml, or add it to externalReferences there if it is a safe public site such as a police reporting page)",
          "content/articles/zh-CN/payment-failed.mdx:31:1: images: the image "https://examp1e.com/freeze.png" is not a local file next to the article (save the image beside the article and write ![description](./file.png), so it goes through the image pipeline (width, height, compression))",
        ],
        "26-image-no-alt.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: images: the image "./freeze.png" does not exist (save it at content/articles/zh-CN/freeze.png)",
          "content/articles/zh-CN/payment-failed.mdx:31:1: images: the image "./freeze.png" has no alt text (describe what the image shows in the brackets: ![the freeze button in Settings](./freeze.png))",
        ],
        "27-missing-image.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: images: the image "./no-such-image.png" does not exist (save it at content/articles/zh-CN/no-such-image.png)",
        ],
        "28-chinese-numeral-phone.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:8: chinese-numeral-phones: the phone number "四〇〇-〇〇〇-〇〇〇〇" is written in Chinese numerals; readers cannot tap or compare it with the official 400-000-0000 (write it in digits exactly as in content/contacts.yaml: 400-000-0000)",
        ],
        "29-mixed-numeral-phone.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:5: chinese-numeral-phones: the phone number "400-〇〇〇-0000" is written in Chinese numerals; readers cannot tap or compare it with the official 400-000-0000 (write it in digits exactly as in content/contacts.yaml: 400-000-0000)",
        ],
        "30-chinese-numeral-fake.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:10: chinese-numeral-phones: the phone number "四〇〇-八八八-一二三四" (400-888-1234) is written in Chinese numerals and is not in the contact registry (use an official channel from content/contacts.yaml in digits, or remove it)",
        ],
        "31-url-then-cjk.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:5: url-punctuation: the address "https://help.example.com。判断方法：看域名。" runs into the Chinese text after it ("。判断方法：看域名。" is part of the link) (put the address in a Markdown link, [https://help.example.com](https://help.example.com), or a space after it)",
        ],
        "32-html-comment-md.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31: mdx-syntax: malformed MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`) (mdx-jsx:unexpected-character) (close every component tag you open (<Steps>…</Steps>), and write a literal { or < as \\{ or &lt;)",
        ],
        "33-straight-quotes.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31: zh-punctuation: straight double quotes (") in Chinese text (write 「」 as the house style does; \`npm run fix\` converts pairs for you)",
        ],
        "34-contact-support-expression.mdx": [
          "content/articles/zh-CN/payment-failed.mdx:31:1: components: <ContactSupport> prop "channels" is a code expression (write channels="…" as plain text, or a list as channels={["a", "b"]})",
        ],
      }
    `);
  });

  it('refuses an image over the 300 KB budget, and accepts a small local one with alt text', () => {
    const big = projectWith('![冻结按钮](./big.png)', { 'content/articles/zh-CN/big.png': Buffer.alloc(400 * 1024) });
    expect(linesFor(big)).toMatchInlineSnapshot(`"content/articles/zh-CN/payment-failed.mdx:31:1: images: the image "./big.png" is 400 KB, over the 300 KB budget (crop it and save it smaller (a phone screenshot as PNG or WebP at 720 px wide is usually under 150 KB))"`);
    const small = projectWith('![冻结按钮](./small.png)', { 'content/articles/zh-CN/small.png': Buffer.alloc(10 * 1024) });
    expect(checkProject(small).issues).toEqual([]);
  });

  it('reports a typo in the registry\'s hotline against content/contacts.yaml, not against the files that have it right', () => {
    const root = projectWith('客服热线是 400-000-0000。');
    const edit = (file: string, from: string, to: string): void => writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));
    edit('content/contacts.yaml', '+86 400-000-0000', '+86 400-000-0009');
    edit('content/faq.yaml', 'answer: { zh-CN: 按指南检查。', 'answer: { zh-CN: 按指南检查，或拨打 400-000-0000。');
    expect(linesFor(root)).toMatchInlineSnapshot(`"content/contacts.yaml:7: contact-details: channel "hotline" is "+86 400-000-0009", one digit off the 400-000-0000 written in content/articles/zh-CN/payment-failed.mdx, content/faq.yaml (correct the number in content/contacts.yaml (if the registry is right, correct those files instead))"`);
  });

  it('accepts links to pages, headings and steps that exist in the same language', () => {
    const root = projectWith('回到 [第三步](#step-3)，或看 [钱包](/zh-cn/articles/about-wallets/)、[联系我们](/zh-cn/contact/)、[电话](tel:+86-400-000-0000)。');
    expect(checkProject(root).issues).toEqual([]);
  });

  const longLine = '钱包'.repeat(25_000) + 'a1'.repeat(12_500) + '四〇〇'.repeat(5_000);

  it('parses and folds a file with one 100 KB unpunctuated line (a regression here hangs instead of failing)', () => {
    expect(analyseArticle(longLine).syntaxError).toBeUndefined();
    expect(foldChineseNumerals(longLine).endsWith('400400')).toBe(true);
  });

  // The contact scanner (src/contact-check/engine) is linear, so the whole check reads it too.
  it('checks a whole project with one 100 KB unpunctuated line', () => {
    expect(checkProject(projectWith(longLine)).issues.map((issue) => issue.rule)).not.toContain('mdx-syntax');
  });
});

describe('npm run check', () => {
  const cli = join(import.meta.dirname, '../../../src/cli/check.ts');
  const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

  it('prints file:line:column: rule: problem (fix) and exits 1 on an error', () => {
    const result = run(projectWith('<ContactSuport />'));
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatchInlineSnapshot(`"content/articles/zh-CN/payment-failed.mdx:31:1: components: unknown component ContactSuport — did you mean ContactSupport? (write <ContactSupport>)"`);
  });

  it('prints GitHub annotations with --format=github', () => {
    const result = run(projectWith('[查看](javascript:alert(1))'), '--format=github');
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatchInlineSnapshot(`"::error file=content/articles/zh-CN/payment-failed.mdx,line=31,col=1,title=link-scheme::link-scheme: the link "查看" uses javascript:, which is never allowed (link to a page of this site such as /zh-cn/contact/, or use <ContactSupport />)"`);
  });

  it('exits 0 on valid content', () => {
    expect(run(fixtureProject()).status).toBe(0);
  });
});

describe('folding Chinese numerals', () => {
  it.each([
    ['四〇〇-〇〇〇-〇〇〇〇', '400-000-0000'],
    ['400-〇〇〇-0000', '400-000-0000'],
    ['第一步，等三天', '第一步，等三天'],
    ['一二三', '一二三'],
    ['电话：九五五八八', '电话：九五五八八'],
  ])('folds %s to %s', (input, output) => {
    expect(foldChineseNumerals(input)).toBe(output);
  });
});

describe('suggesting a component name', () => {
  it.each([
    ['ContactSuport', 'ContactSupport'],
    ['Callot', 'Callout'],
    ['Step', 'Steps'],
    ['Video', undefined],
  ])('suggests for %s: %s', (name, suggestion) => {
    expect(closestName(name, ['Steps', 'Prepare', 'Callout', 'ContactSupport', 'Troubleshooter'])).toBe(suggestion);
  });
});
