/** Chinese text uses full-width punctuation; `npm run fix` converts what this rule reports. */
import { linesWithAsciiPunctuation } from '../zh-punctuation.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const zhPunctuationRule: ContentRule = {
  id: 'zh-punctuation',
  check(_content, raw) {
    const sources = [
      ...[...raw.articles, ...raw.updates].filter((source) => source.localeDir === 'zh-CN').map(({ file, text }) => ({ file, text })),
      ...[raw.categories, raw.contacts, raw.faq, raw.glossary, raw.synonyms, ...raw.troubleshooters].flatMap((data) =>
        data.text === undefined ? [] : [{ file: data.file, text: data.text }],
      ),
    ];
    return sources.flatMap(({ file, text }): ContentIssue[] =>
      linesWithAsciiPunctuation(text).map((line) => ({
        file, line, rule: 'zh-punctuation',
        problem: 'ASCII punctuation (, : ; ? ! or brackets) next to Chinese text',
        fix: 'use full-width punctuation in Chinese sentences; `npm run fix` converts it for you',
      })),
    );
  },
};
