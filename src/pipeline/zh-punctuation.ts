/**
 * Chinese text takes full-width punctuation, and ASCII marks next to Han
 * characters look wrong and break line-breaking rules. This converts the
 * unambiguous cases and leaves code, URLs and YAML syntax alone: a YAML
 * separator (", " / ": ") is followed by a space, Chinese prose is not.
 * Written with escapes so no editor or tool can silently turn them into ASCII.
 */
export const FULLWIDTH = {
  comma: '\uFF0C',
  colon: '\uFF1A',
  semicolon: '\uFF1B',
  question: '\uFF1F',
  exclamation: '\uFF01',
  openParen: '\uFF08',
  closeParen: '\uFF09',
} as const;

const HAN = '\\p{Script=Han}';
/** Closing marks after which a Chinese sentence goes on: 。、」』》】 and the full-width ones (not ”, which English uses too). */
const CJK_CLOSE = '\\u3002\\u3001\\u300D\\u300F\\u300B\\u3011\\uFF0C\\uFF1B\\uFF1A\\uFF1F\\uFF01\\uFF09';
/** Also after Markdown emphasis that closes a Chinese phrase: **不要重复付款**, */
const BEFORE = `(?<=[${HAN}${CJK_CLOSE}]|[${HAN}${CJK_CLOSE}][*_]{1,2})`;

const RULES: readonly [RegExp, string][] = [
  [new RegExp(`${BEFORE},(?=\\S)`, 'gu'), FULLWIDTH.comma],
  // "App,进入": an ASCII word followed by a Chinese clause.
  [new RegExp(`(?<=\\S),(?=[${HAN}])`, 'gu'), FULLWIDTH.comma],
  [new RegExp(`${BEFORE};(?=\\S)`, 'gu'), FULLWIDTH.semicolon],
  [new RegExp(`${BEFORE}:(?=[^\\s/]|\\r?$)`, 'gmu'), FULLWIDTH.colon],
  [new RegExp(`${BEFORE}\\?`, 'gu'), FULLWIDTH.question],
  [new RegExp(`${BEFORE}!(?!\\[)`, 'gu'), FULLWIDTH.exclamation],
  [new RegExp(`(?<!\\])\\((?=[${HAN}])`, 'gu'), FULLWIDTH.openParen],
  // 被临时锁定(5 次): an opening bracket right after Chinese text.
  [new RegExp(`(?<=[${HAN}])\\((?=[^\\s)])`, 'gu'), FULLWIDTH.openParen],
  [new RegExp(`(?<=[${HAN}${CJK_CLOSE}])\\)`, 'gu'), FULLWIDTH.closeParen],
];

export function fixChinesePunctuation(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** 1-based line numbers whose text the fixer would change. */
export function linesWithAsciiPunctuation(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (fixChinesePunctuation(line) === line ? [] : [index + 1]));
}
