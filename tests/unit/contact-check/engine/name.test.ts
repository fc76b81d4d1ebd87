import { describe, expect, it } from 'vitest';
import { check } from '../registry.ts';

const PUBLISHER = '示例钱包科技有限公司 (Example Wallet Technology Co., Ltd.)';

describe('official names', () => {
  it.each([
    ['accepts the app publisher as the registry prints it', PUBLISHER, 'app-publisher'],
    ['accepts the Chinese publisher name alone, as a Chinese app store shows it', '示例钱包科技有限公司', 'app-publisher'],
    ['accepts the English publisher name alone, whatever its case', 'example wallet technology co., ltd.', 'app-publisher'],
    ['accepts the publisher name with doubled spaces and full-width brackets', '示例钱包科技有限公司（Example  Wallet Technology Co., Ltd.）', 'app-publisher'],
    ['accepts the publisher name with surrounding spaces', '  示例钱包科技有限公司  ', 'app-publisher'],
    ['accepts the WeChat service account', '示例钱包服务号', 'wechat-service'],
    ['accepts the Weibo handle with its @', '@示例钱包', 'weibo'],
    ['accepts the app name on its own', '示例钱包', 'app-name'],
    ['accepts the English app name, whatever its case', 'example WALLET', 'app-name'],
    ['accepts the in-app chat path', '示例钱包 App › 我的 › 客服中心', 'in-app-chat'],
  ])('%s', (_name, input, channelId) => {
    expect(check(input)).toMatchObject({ kind: 'name', verdict: 'official', channelId, reasons: ['official-channel', 'names-can-be-copied'] });
  });
});

describe('names that imitate ours', () => {
  it.each([
    ['flags our app name with "support" added', '示例钱包客服', '示例钱包 (Example Wallet)', 'name-imitates-official'],
    ['flags the English brand with "Support" added', 'Example Wallet Support', '示例钱包 (Example Wallet)', 'name-imitates-official'],
    ['flags a one-character change in the WeChat account name', '示列钱包服务号', '示例钱包服务号', 'name-imitates-official'],
    ['flags a space inserted into the WeChat account name', '示例钱包 服务号', '示例钱包服务号', 'name-imitates-official'],
    ['flags the publisher name with its punctuation removed', 'Example Wallet Technology Co Ltd', PUBLISHER, 'name-imitates-official'],
    ['flags a Cyrillic Е in the publisher name', '\u0415xample Wallet Technology Co., Ltd.', PUBLISHER, 'confusable-characters'],
    ['flags a look-alike Weibo handle', '@示例钱包官方', '@示例钱包', 'name-imitates-official'],
    ['flags the publisher name in full-width letters as look-alike characters', '\uFF25\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45 Wallet Technology Co., Ltd.', PUBLISHER, 'confusable-characters'],
    ['flags the app name with a Kangxi radical as look-alike characters', '\u2F70例钱包', '示例钱包 (Example Wallet)', 'confusable-characters'],
  ])('%s', (_name, input, imitates, reason) => {
    expect(check(input)).toMatchObject({ kind: 'name', verdict: 'not-official', imitates, reasons: ['unknown-name', reason, 'names-can-be-copied'] });
  });

  it('reports an unrelated name without an imitation', () => {
    expect(check('Lucky Star Finance')).toMatchObject({ verdict: 'not-official', imitates: undefined, normalized: 'lucky star finance', reasons: ['unknown-name', 'names-can-be-copied'] });
  });

  it('does not call a generic two-character word an imitation', () => {
    expect(check('钱包')).toMatchObject({ verdict: 'not-official', imitates: undefined });
  });
});

describe('input that is not a contact detail', () => {
  it.each([
    ['calls nothing at all empty', '', 'empty', undefined],
    ['calls only spaces and a full-width space empty', ' \u3000 ', 'empty', undefined],
    ['calls punctuation alone unreadable', '!!!', 'unparseable', undefined],
    ['calls symbols alone unreadable', '*** ---', 'unparseable', 'name'],
  ])('%s', (_name, input, reason, kind) => {
    expect(check(input)).toMatchObject({ verdict: 'invalid', kind, normalized: undefined, reasons: [reason] });
  });
});

describe("a public service's app", () => {
  it.each([
    ['names the anti-fraud app by its name alone', '国家反诈中心'],
    ['names it with "App" after it, in any case and spacing', '国家反诈中心 APP'],
    ['names it as a 客户端', '国家反诈中心客户端'],
  ])('%s, as a real app that is not ours', (_name, input) => {
    expect(check(input)).toMatchObject({ kind: 'name', verdict: 'not-official', externalId: 'anti-fraud-app', reasons: ['external-reference', 'names-can-be-copied'] });
  });

  it('does not vouch for someone who only borrows its name', () => {
    expect(check('国家反诈中心民警')).toMatchObject({ verdict: 'not-official', externalId: undefined, reasons: ['unknown-name', 'names-can-be-copied'] });
  });
});
