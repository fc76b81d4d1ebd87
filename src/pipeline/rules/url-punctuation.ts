/**
 * A bare URL followed by Chinese text (https://help.example.com。判断方法：) is
 * auto-linked together with that text on the live site: the link then opens a
 * host that does not exist. GFM stops a bare URL only at a space or ASCII
 * punctuation, so the rule reads the link targets the parser produced.
 */
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

/** CJK symbols and punctuation, full-width forms and Han: never part of an address we publish. */
const CJK = /[\u3000-\u303F\uFF00-\uFFEF\p{Script=Han}]/u;

export const urlPunctuationRule: ContentRule = {
  id: 'url-punctuation',
  check(_content, raw) {
    return [...raw.articles, ...raw.updates].flatMap(({ file, structure }): ContentIssue[] =>
      structure.links.flatMap((link): ContentIssue[] => {
        const at = CJK.exec(link.url);
        if (at === null || !/^https?:/i.test(link.url)) return [];
        return [{
          file, line: link.line, column: link.column, rule: 'url-punctuation',
          problem: `the address "${link.url}" runs into the Chinese text after it ("${link.url.slice(at.index)}" is part of the link)`,
          fix: `put the address in a Markdown link, [${link.url.slice(0, at.index)}](${link.url.slice(0, at.index)}), or a space after it`,
        }];
      }),
    );
  },
};
