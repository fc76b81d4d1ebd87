import { describe, expect, it } from 'vitest';
import { buildAliasIndex, type AliasEntry } from '../../../../src/search/engine/alias-match.ts';
import { bestAliasScores, mergeRanks, type AliasScore } from '../../../../src/search/engine/merge-ranks.ts';

const entry = (url: string, phrases: string[] = [url]): AliasEntry => ({ url, title: url, description: '', category: url.startsWith('scam') ? 'safety' : 'payments', kind: 'guide', phrases });
const scored = (url: string, score: number): AliasScore => ({ entry: entry(url), score });

describe('mergeRanks', () => {
  it.each([
    ['keeps Pagefind’s order when no alias matches', ['a', 'b', 'c'], [], ['a', 'b', 'c']],
    ['puts an alias the reader typed almost word for word first', ['a', 'b', 'c'], [scored('c', 0.95)], ['c', 'a', 'b']],
    ['lets an alias clearly ahead of the others lead', ['a', 'b'], [scored('b', 0.6), scored('a', 0.3)], ['b', 'a']],
    ['follows the editors’ phrasings when both lists hold the same pages', ['a', 'b'], [scored('b', 0.45), scored('a', 0.44)], ['b', 'a']],
    ['adds pages only an alias found', ['a'], [scored('z', 0.5)], ['z', 'a']],
  ] as const)('%s', (_, pagefind, aliases, expected) => {
    expect(mergeRanks(pagefind, aliases)).toEqual(expected);
  });

  it('lets the page the cue words point to lead one that tops both lists on topic words', () => {
    expect(mergeRanks(['support', 'x', 'scammed'], [scored('support', 0.8), scored('scammed', 0.5)], ['scammed'])[0]).toBe('scammed');
  });

  it('lets the first rule’s page lead a later rule’s page that tops both lists', () => {
    expect(mergeRanks(['pin', 'failed'], [scored('pin', 0.6), scored('failed', 0.4)], ['failed', 'pin'])[0]).toBe('failed');
  });

  it('still ranks a later rule’s page above pages no cue points to', () => {
    expect(mergeRanks(['a', 'later'], [], ['first', 'later'])).toEqual(['first', 'later', 'a']);
  });
});

describe('bestAliasScores', () => {
  const index = buildAliasIndex([entry('frozen', ['账户被冻结了']), entry('scam-calls', ['假客服打电话'])], 'zh-CN');

  it('counts a synonym variant’s match a little less than the reader’s own words', () => {
    const [own] = bestAliasScores('账户被冻结了', [], index);
    const [synonym] = bestAliasScores('账户被封了', ['账户被冻结了'], index);
    expect(synonym?.entry.url).toBe('frozen');
    expect(synonym?.score).toBeCloseTo((own?.score ?? 0) * 0.9);
  });

  it('drops entries the filters exclude', () => {
    expect(bestAliasScores('假客服打电话', [], index, (item) => item.category === 'payments')).toEqual([]);
  });
});

describe('mergeRanks with the learned ranker', () => {
  it('lets the article the model is sure of lead one that tops Pagefind and the aliases on topic words', () => {
    expect(mergeRanks(['refund', 'duplicate'], [scored('refund', 0.5)], [], [{ url: 'duplicate', probability: 0.8 }, { url: 'refund', probability: 0.1 }])[0]).toBe('duplicate');
  });

  it('adds the model’s article when no other signal found it', () => {
    expect(mergeRanks(['a'], [], [], [{ url: 'z', probability: 0.9 }])).toEqual(['z', 'a']);
  });

  it('lets a confident model outrank the cue words and Pagefind together', () => {
    expect(mergeRanks(['cued', 'a'], [], ['cued'], [{ url: 'a', probability: 0.25 }, { url: 'cued', probability: 0.1 }])[0]).toBe('a');
  });

  it('lets the reader’s cue words outweigh an unsure model', () => {
    expect(mergeRanks(['a', 'cued'], [], ['cued'], [{ url: 'a', probability: 0.15 }, { url: 'cued', probability: 0.1 }])[0]).toBe('cued');
  });
});
