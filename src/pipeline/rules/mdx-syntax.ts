/**
 * Malformed MDX (an unclosed <Steps>, a stray `{`) is caught here, with the
 * file and line, by the same parser Astro 7's MDX integration uses; the file
 * was parsed once when it was loaded (article-structure.ts).
 */
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const mdxSyntaxRule: ContentRule = {
  id: 'mdx-syntax',
  check(_content, raw) {
    return [...raw.articles, ...raw.updates].flatMap(({ file, structure }): ContentIssue[] =>
      structure.syntaxError === undefined
        ? []
        : [{
            file,
            line: structure.syntaxError.line,
            rule: 'mdx-syntax',
            problem: `malformed MDX: ${structure.syntaxError.message}`,
            fix: 'close every component tag you open (<Steps>…</Steps>), and write a literal { or < as \\{ or &lt;',
          }],
    );
  },
};
