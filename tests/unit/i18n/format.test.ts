import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, format, type Message } from '../../../src/i18n/format.ts';

const results: Message = { one: '{n} result', other: '{n} results' };

describe('format', () => {
  it.each([
    ['fills every placeholder', 'en', 'Results for “{q}” in {where}', { q: 'refund', where: 'Payments' }, 'Results for “refund” in Payments'],
    ['picks the English singular for 1', 'en', results, { n: 1 }, '1 result'],
    ['picks the English plural for 2', 'en', results, { n: 2 }, '2 results'],
    ['picks the English plural for 0', 'en', results, { n: 0 }, '0 results'],
    ['uses `other` for Chinese, which has no singular', 'zh-CN', { other: '找到 {n} 条结果' }, { n: 1 }, '找到 1 条结果'],
    ['uses `other` for a category the message does not spell out', 'en', { other: '{n} items' }, { n: 1 }, '1 items'],
    ['uses `other` when there is no count', 'en', results, {}, '{n} results'],
    ['leaves a placeholder without a value visible', 'en', 'Hello {name}', {}, 'Hello {name}'],
    ['inserts a value as it is, never expanding braces inside it', 'en', 'Results for “{q}”', { q: '{q}{n}' }, 'Results for “{q}{n}”'],
    ['keeps a message without placeholders untouched', 'zh-CN', '官方客服绝不会要求你：', { n: 3 }, '官方客服绝不会要求你：'],
  ] as const)('%s', (_name, locale, message, values, expected) => {
    expect(format(locale, message, values)).toBe(expected);
  });

  it('fills a 100 KB value in one pass', () => {
    const value = '{'.repeat(50_000) + '}'.repeat(50_000);
    expect(format('en', 'x {q} y', { q: value })).toBe(`x ${value} y`);
  });
});

describe('messages in data attributes', () => {
  it.each([['a plain sentence', '找到 {n} 条结果'], ['a plural message', results]] as const)('reads back %s as it was written', (_name, message) => {
    expect(decodeMessage(encodeMessage(message))).toEqual(message);
  });

  it.each([
    ['a missing attribute', undefined, ''],
    ['a hand-written template that is not JSON', '{n} results', '{n} results'],
    ['JSON that is not a message', '{"one":"x"}', '{"one":"x"}'],
    ['a JSON number', '42', '42'],
  ] as const)('takes %s as a plain template', (_name, encoded, expected) => {
    expect(decodeMessage(encoded)).toEqual(expected);
  });
});
