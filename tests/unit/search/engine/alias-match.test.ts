import { describe, expect, it } from 'vitest';
import { matchAliases, type AliasEntry } from '../../../../src/search/engine/alias-match.ts';

const entries: AliasEntry[] = [
  { url: '/zh-cn/articles/unauthorized-transaction/', title: '发现不是自己付的款', description: '', category: 'x', kind: 'guide', phrases: ['发现不是自己付的款', '有笔不是我付的', '钱被转走了'] },
  { url: '/zh-cn/articles/duplicate-charge/', title: '重复扣款', description: '', category: 'x', kind: 'guide', phrases: ['重复扣款', '扣了两次钱', '付一次扣了两笔'] },
  { url: '/en/articles/duplicate-charge/', title: 'Charged twice', description: '', category: 'x', kind: 'guide', phrases: ['Charged twice', 'double charged', 'paid twice for one order'] },
  { url: '/en/articles/lost-phone/', title: 'Lost or stolen phone', description: '', category: 'x', kind: 'guide', phrases: ['Lost or stolen phone', 'lost my phone', 'phone stolen'] },
];

describe('matchAliases', () => {
  it.each([
    ['zh-CN', '有一笔不是我付的钱', '/zh-cn/articles/unauthorized-transaction/'],
    ['zh-CN', '怎么扣了我两次钱', '/zh-cn/articles/duplicate-charge/'],
    ['en', 'I was double-charged', '/en/articles/duplicate-charge/'],
    ['en', 'my phone got stolen', '/en/articles/lost-phone/'],
  ] as const)('matches %s "%s" to its article', (locale, query, url) => {
    expect(matchAliases(query, entries, locale)[0]?.entry.url).toBe(url);
  });

  it('finds nothing for an unrelated query', () => {
    expect(matchAliases('天气怎么样', entries, 'zh-CN')).toEqual([]);
    expect(matchAliases('weather tomorrow', entries, 'en')).toEqual([]);
  });
});
