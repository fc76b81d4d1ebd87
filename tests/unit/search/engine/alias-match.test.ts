import { describe, expect, it } from 'vitest';
import { buildAliasIndex, correctTypos, matchAliases, oneEdit, type AliasEntry } from '../../../../src/search/engine/alias-match.ts';

const entry = (url: string, phrases: string[], description = ''): AliasEntry => ({ url, title: phrases[0] ?? '', description, category: 'x', kind: 'guide', phrases });

const zh = buildAliasIndex([
  entry('unauthorized-transaction', ['发现不是自己付的款', '有笔不是我付的', '钱被转走了']),
  entry('duplicate-charge', ['重复扣款', '扣了两次钱', '付一次扣了两笔']),
  entry('pending-transaction', ['一直显示处理中', '商家说没收到钱', '转账怎么还没到账']),
  entry('lost-phone', ['手机丢了', '手机被偷了']),
], 'zh-CN');

const en = buildAliasIndex([
  entry('duplicate-charge', ['Charged twice', 'double charged', 'paid twice for one order']),
  entry('lost-phone', ['Lost or stolen phone', 'lost my phone', 'phone stolen']),
  entry('account-compromised', ['Someone else is using my account', 'my account was hacked', 'account stolen'], 'What to do when someone else has your password.'),
  entry('forgot-password', ['I forgot my login password', 'forgot password']),
  entry('fees-and-limits', ['Fees and limits', 'maximum amount per day']),
  entry('qr-payment-not-working', ['my code is not real', 'two charges for the same thing', 'what does this mean']),
], 'en');

describe('matchAliases', () => {
  it.each([
    [zh, '有一笔不是我付的钱', 'unauthorized-transaction'],
    [zh, '怎么扣了我两次钱', 'duplicate-charge'],
    [zh, '昨天买东西扣了两次钱，商家说只收到一笔', 'duplicate-charge'],
    [en, 'I was double-charged', 'duplicate-charge'],
    [en, 'my phone got stolen', 'lost-phone'],
    [en, 'my account was stolen', 'account-compromised'],
  ] as const)('matches "%s" to its article first', (index, query, url) => {
    expect(matchAliases(query, index)[0]?.entry.url).toBe(url);
  });

  it.each([
    [zh, '天气怎么样'],
    [en, 'weather tomorrow'],
    [en, ''],
  ] as const)('finds nothing for the unrelated query "%s"', (index, query) => {
    expect(matchAliases(query, index)).toEqual([]);
  });

  it('scores a phrase the query repeats word for word higher than one it only touches', () => {
    const [first, second] = matchAliases('扣了两次钱', zh);
    expect(first?.entry.url).toBe('duplicate-charge');
    expect(first?.score ?? 0).toBeGreaterThan(0.9);
    expect(second === undefined || second.score < 0.6).toBe(true);
  });

  it('stays linear on 100 KB of text', () => {
    expect(Array.isArray(matchAliases('扣了两次钱'.repeat(20_000), zh))).toBe(true);
  });
});

describe('oneEdit', () => {
  it.each([
    ['acount', 'account', 'indel'],
    ['passwordd', 'password', 'indel'],
    ['doubel', 'double', 'swap'],
    ['acount', 'amount', 'sub'],
    ['charged', 'charged', 'same'],
    ['accnt', 'account', undefined],
    ['stolen', 'station', undefined],
    ['ab', 'abcd', undefined],
  ])('%s → %s: %s', (a, b, expected) => {
    expect(oneEdit(a, b)).toBe(expected);
  });
});

describe('correctTypos', () => {
  it.each([
    ['my acount was stolen', 'my account was stolen'],
    ['the amout is wrong', 'the amount is wrong'],
    ['forgot my pasword', 'forgot my password'],
    ['Acount', 'account'],
    ['charged twice', 'charged twice'],
    ['zzzz qqqq', 'zzzz qqqq'],
    // Real words one letter from a site word are not typos.
    ['i think it was taken', 'i think it was taken'],
    ['the scanner cannot read it', 'the scanner cannot read it'],
    ['i meant to pay less', 'i meant to pay less'],
  ])('"%s" → "%s"', (query, corrected) => {
    expect(correctTypos(query, en)).toBe(corrected);
  });

  it('leaves Chinese queries alone', () => {
    expect(correctTypos('账户被盗 acount', zh)).toBe('账户被盗 acount');
  });
});
