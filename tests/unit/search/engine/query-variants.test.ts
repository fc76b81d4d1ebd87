import { describe, expect, it } from 'vitest';
import { limitQuery, MAX_INDEXED_LENGTH, MAX_QUERY_LENGTH, normalizeQuery, queryVariants } from '../../../../src/search/engine/query-variants.ts';
import { fuseRanks } from '../../../../src/search/engine/fuse-ranks.ts';
import { MAX_PHRASING_LENGTH } from '../../../../src/schemas/search-phrasings.ts';

const queries = (raw: string, locale: 'zh-CN' | 'en') => queryVariants(raw, locale).map((variant) => variant.query);

describe('queryVariants', () => {
  it.each([
    ['zh-CN', '扣了两次钱怎么办', '扣 两次 钱'],
    ['zh-CN', '付款失败但是钱被扣了', '付款 失败 钱 扣'],
    ['en', 'charged twice', 'charged twice'],
    ['en', 'why is my account frozen', 'account frozen'],
    ['en', 'how do I', 'how do I'],
  ] as const)('sends the reader’s own words first, without filler: %s "%s" → "%s"', (locale, raw, first) => {
    const [variant] = queryVariants(raw, locale);
    expect(variant).toEqual({ query: first, weight: 1, tier: 0 });
  });

  it('sends only the reader’s words in tiers 0 and 1, so they cost no index chunk the reader did not ask for', () => {
    for (const [raw, locale] of [['付款失败但是钱被扣了', 'zh-CN'], ['someone hacked my wallet and changed my password', 'en']] as const) {
      const variants = queryVariants(raw, locale);
      const words = new Set(variants[0]?.query.split(' '));
      for (const variant of variants.filter((item) => item.tier < 2)) {
        expect(variant.query.split(' ').filter((word) => !words.has(word)), variant.query).toEqual([]);
      }
    }
  });

  it('keeps bigrams of Chinese runs for the last tier, sent only when the reader’s words find too little', () => {
    const bigramVariants = queryVariants('付款一直转圈', 'zh-CN').filter((variant) => variant.query.split(' ').includes('款一'));
    expect(bigramVariants.map((variant) => variant.tier)).toEqual([2]);
  });

  it('drops Chinese filler words such as 怎么办 and 了', () => {
    const variants = queries('钱被转走了怎么办', 'zh-CN');
    expect(variants.some((query) => !query.includes('怎么办') && query.includes('转走'))).toBe(true);
  });

  it('adds overlapping two-character pieces for a long run of Chinese characters', () => {
    expect(queries('付款一直转圈', 'zh-CN').some((query) => query.includes('转圈') && query.split(' ').length > 2)).toBe(true);
  });

  it('drops English filler words but keeps the topic', () => {
    expect(queries('why is my account frozen', 'en')).toContain('account frozen');
  });

  it('tries the query without each word, so one word the page lacks does not hide it', () => {
    const variants = queries('自称客服打电话让我转账', 'zh-CN');
    expect(variants.some((query) => !query.includes('自称') && query.includes('客服') && query.includes('转账'))).toBe(true);
  });

  it.each([
    ['a short question', '扣了两次钱', '扣了两次钱', false],
    ['a story at the limit', '长'.repeat(MAX_QUERY_LENGTH), '长'.repeat(MAX_QUERY_LENGTH), false],
    ['one character over the limit', '长'.repeat(MAX_QUERY_LENGTH + 1), '长'.repeat(MAX_QUERY_LENGTH), true],
    ['100 KB of pasted Chinese', '付款失败'.repeat(25_000), '付款失败'.repeat(MAX_QUERY_LENGTH / 4), true],
    ['astral characters counted once each', '😀'.repeat(MAX_QUERY_LENGTH + 5), '😀'.repeat(MAX_QUERY_LENGTH), true],
    ['spacing that normalises away', `  a${' '.repeat(300)}b  `, 'a b', false],
    ['a cut that would end in a space', `${'x'.repeat(MAX_QUERY_LENGTH - 1)} yz`, 'x'.repeat(MAX_QUERY_LENGTH - 1), true],
  ])('limits %s', (_, raw, query, truncated) => {
    expect(limitQuery(raw)).toEqual({ query, truncated });
  });

  it('reads a question as long as the longest phrasing editors may record', () => {
    expect(MAX_QUERY_LENGTH).toBe(MAX_PHRASING_LENGTH);
  });

  it('gives Pagefind the first MAX_INDEXED_LENGTH characters of a long story', () => {
    expect(limitQuery(`${'word '.repeat(25)}stolen account`, MAX_INDEXED_LENGTH)).toEqual({ query: 'word '.repeat(24).trim(), truncated: true });
    expect(limitQuery('charged twice', MAX_INDEXED_LENGTH)).toEqual({ query: 'charged twice', truncated: false });
  });

  it('returns nothing for an empty or blank query', () => {
    expect(queryVariants('   ', 'en')).toEqual([]);
  });

  it('normalises full-width letters and spacing', () => {
    expect(normalizeQuery('  ＱＲ码   付不了 ')).toBe('QR码 付不了');
  });

  it('never produces duplicate variants or more than twelve', () => {
    const variants = queries('为什么我的银行卡一直绑定不上而且验证码也收不到怎么办啊', 'zh-CN');
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants.length).toBeLessThanOrEqual(12);
  });
});

describe('fuseRanks', () => {
  it('keeps the first list’s order when the others agree', () => {
    expect(fuseRanks([{ ids: ['a', 'b', 'c'], weight: 1 }, { ids: ['a', 'b'], weight: 0.5 }])).toEqual(['a', 'b', 'c']);
  });

  it('lifts a page that several variants find above one found once', () => {
    expect(fuseRanks([{ ids: ['x', 'y'], weight: 1 }, { ids: ['y'], weight: 1 }, { ids: ['y'], weight: 1 }])[0]).toBe('y');
  });

  it('keeps ties in the order the pages were first found', () => {
    expect(fuseRanks([{ ids: ['b'], weight: 1 }, { ids: ['a'], weight: 1 }, { ids: ['c', 'a'], weight: 0 }])).toEqual(['b', 'a', 'c']);
  });

  it('appends pages only a fallback variant found', () => {
    expect(fuseRanks([{ ids: [], weight: 1 }, { ids: ['z'], weight: 0.5 }])).toEqual(['z']);
  });
});
