/**
 * People paste contact details out of sentences: "请访问 example.com。",
 * "<https://example.com>", "「support@example.com」". Strip what surrounds the
 * detail, but never a "." (a trailing dot belongs to a host or a name such as
 * "Co., Ltd.") and never half of a bracket pair ("(400) 000-0000").
 */
const TRAILING_PUNCTUATION = /[\s,;:!?\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F]+$/u;
const PAIRS: readonly (readonly [string, string])[] = [
  ['<', '>'], ['(', ')'], ['[', ']'], ['"', '"'], ["'", "'"], ['`', '`'],
  ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['\u300C', '\u300D'], ['\u300E', '\u300F'],
  ['\u300A', '\u300B'], ['\u3010', '\u3011'], ['\uFF08', '\uFF09'],
];

export function unwrapPasted(input: string): string {
  let text = input.trim();
  for (;;) {
    const before = text;
    text = text.replace(TRAILING_PUNCTUATION, '').trim();
    const pair = PAIRS.find(([open, close]) => text.length > 2 && text.startsWith(open) && text.endsWith(close));
    if (pair) text = text.slice(pair[0].length, -pair[1].length).trim();
    if (text === before) return text;
  }
}

/**
 * Links and addresses "defanged" so they do not click: hxxps://help[.]example[.]com, user[at]mail(.)cn,
 * and numbers broken over lines.
 * Security teams write them so, and scam texts copy the style to pass filters; a reader who retypes
 * one lands on the real host, so it is read as that host. Fixed strings only: linear.
 */
const DEFANGED: readonly [RegExp, string][] = [
  [/\bhxxp(s?):\/\//giu, 'http$1://'],
  [/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/giu, '.'],
  [/\[:\]/gu, ':'],
  [/\[@\]|\[at\]|\(at\)/giu, '@'],
  // A number broken over lines at its dashes ("400-\n000-\n0008") is one number to whoever dials it.
  [/(?<=\d[-\u2010-\u2015])[ \t]*\r?\n[ \t]*(?=\d)/gu, ''],
];

export function refang(text: string): string {
  return DEFANGED.reduce((read, [pattern, replacement]) => read.replace(pattern, replacement), text);
}
