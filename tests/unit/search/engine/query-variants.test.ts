import { describe, expect, it } from 'vitest';
import { normalizeQuery, queryVariants } from '../../../../src/search/engine/query-variants.ts';
import { fuseRanks } from '../../../../src/search/engine/fuse-ranks.ts';

const queries = (raw: string, locale: 'zh-CN' | 'en') => queryVariants(raw, locale).map((variant) => variant.query);

describe('queryVariants', () => {
  it('always tries the reader’s own words first', () => {
    expect(queries('扣了两次钱怎么办', 'zh-CN')[0]).toBe('扣了两次钱怎么办');
    expect(queries('charged twice', 'en')[0]).toBe('charged twice');
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

  it('appends pages only a fallback variant found', () => {
    expect(fuseRanks([{ ids: [], weight: 1 }, { ids: ['z'], weight: 0.5 }])).toEqual(['z']);
  });
});
