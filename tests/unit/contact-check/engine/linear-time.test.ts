/**
 * 100 KB inputs of the shapes that make backtracking patterns explode. No
 * timing assertion (speed lives in npm run bench), but a scanner that went
 * quadratic again would hang this file.
 */
import { describe, expect, it } from 'vitest';
import { findContactDetails } from '../../../../src/contact-check/engine/index.ts';
import { findNames } from '../../../../src/contact-check/engine/find-names.ts';
import { checkText } from '../registry.ts';

const SIZE = 100_000;
const LONG_INPUTS: readonly (readonly [string, string])[] = [
  ['unpunctuated Chinese', '示例钱包客服中心'.repeat(SIZE / 8)],
  ['digits', '4'.repeat(SIZE)],
  ['digits in pairs', '40 '.repeat(SIZE / 3)],
  ['dots', '.'.repeat(SIZE)],
  ['labels and dots', 'a.'.repeat(SIZE / 2)],
  ['Chinese labels and dots', '示例.'.repeat(SIZE / 3)],
  ['at signs', '@'.repeat(SIZE)],
  ['addresses without a top-level domain', 'a@b'.repeat(SIZE / 3)],
  ['quotes', '"'.repeat(SIZE)],
  ['an unclosed quote', `"${'a'.repeat(SIZE)}`],
  ['hyphens between digits', '4-'.repeat(SIZE / 2)],
  ['brackets', '(4'.repeat(SIZE / 2)],
  ['schemes', 'http://'.repeat(SIZE / 7)],
  ['hosts joined by commas', 'examp1e.com,'.repeat(SIZE / 12)],
  ['scheme beginnings', 'javascrip'.repeat(SIZE / 9)],
  ['character references', '&#106;&#x61;&colon'.repeat(SIZE / 18)],
  ['script links', 'data:,'.repeat(SIZE / 6)],
  ['letters O between digits', '4O-'.repeat(SIZE / 3)],
  ['Chinese numerals', '四〇〇-'.repeat(SIZE / 4)],
  ['zero-width characters after a host', 'a.cn\u200B.'.repeat(SIZE / 6)],
  ['labels and colons', '开发者：「示例钱包'.repeat(SIZE / 9)],
  ['handles', '@示例钱包'.repeat(SIZE / 5)],
];

describe('scanning 100 KB of text', () => {
  it.each(LONG_INPUTS)('reads %s in one pass', (_name, text) => {
    expect(text.length).toBeGreaterThan(SIZE * 0.95);
    expect(Array.isArray(findContactDetails(text))).toBe(true);
    expect(Array.isArray(findNames(text))).toBe(true);
  });

  it('still finds every host in a long run of them', () => {
    expect(findContactDetails('examp1e.com,'.repeat(1000))).toHaveLength(1000);
  });

  it.each(LONG_INPUTS)('answers a 100 KB paste of %s with the input cap', async (_name, text) => {
    expect(await checkText(text)).toMatchObject({ verdict: 'invalid', parts: [{ reasons: ['too-long'] }] });
  });
});
