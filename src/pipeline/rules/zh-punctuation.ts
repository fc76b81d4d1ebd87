/**
 * Chinese text uses full-width punctuation and 「」 quotes; `npm run fix` converts what this rule reports.
 * Articles are judged on their text nodes only (code, link targets and attributes are not prose);
 * the YAML files line by line.
 */
import { linesWithAsciiPunctuation } from '../zh-punctuation.ts';
import { chineseTextEdits, linesOfEdits } from '../zh-text-fix.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

const PUNCTUATION = {
  rule: 'zh-punctuation',
  problem: 'ASCII punctuation (, : ; ? ! or brackets) next to Chinese text',
  fix: 'use full-width punctuation in Chinese sentences; `npm run fix` converts it for you',
} as const;

export const zhPunctuationRule: ContentRule = {
  id: 'zh-punctuation',
  check(_content, raw) {
    const prose = [...raw.articles, ...raw.updates].filter((source) => source.localeDir === 'zh-CN').flatMap(({ file, text, structure }): ContentIssue[] => {
      const { edits, unpairedLines } = chineseTextEdits(text, structure.textRanges);
      return [
        ...linesOfEdits(text, edits, 'punctuation').map((line) => ({ file, line, ...PUNCTUATION })),
        ...linesOfEdits(text, edits, 'quote').map((line) => ({ file, line, rule: 'zh-punctuation', problem: 'straight double quotes (") in Chinese text', fix: 'write 「」 as the house style does; `npm run fix` converts pairs for you' })),
        ...unpairedLines.map((line) => ({ file, line, rule: 'zh-punctuation', problem: 'a straight double quote (") without its pair in Chinese text', fix: 'write the quotation with 「」' })),
      ];
    });
    const data = [raw.categories, raw.contacts, raw.faq, raw.glossary, raw.synonyms, ...raw.troubleshooters].flatMap((source): ContentIssue[] =>
      source.text === undefined ? [] : linesWithAsciiPunctuation(source.text).map((line) => ({ file: source.file, line, ...PUNCTUATION })),
    );
    return [...prose, ...data];
  },
};
