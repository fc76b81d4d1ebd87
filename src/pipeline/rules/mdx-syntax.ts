/**
 * Malformed MDX (an unclosed <Steps>, a stray `{`) is caught here, with the
 * file and line, by the same compiler Astro 7's MDX integration uses.
 */
import { mdxToJs } from 'satteri';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

const POSITION = /^(\d+):(\d+):\s*/;

export const mdxSyntaxRule: ContentRule = {
  id: 'mdx-syntax',
  check(_content, raw) {
    const issues: ContentIssue[] = [];
    for (const source of [...raw.articles, ...raw.updates]) {
      if (!source.file.endsWith('.mdx')) continue;
      try {
        mdxToJs(source.text);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = POSITION.exec(message);
        const text = message.replace(POSITION, '').replace(/\s*\(\d+:\d+\)\s*\([^)]*\)\s*$/, '');
        issues.push({
          file: source.file,
          line: position ? Number(position[1]) : undefined,
          rule: 'mdx-syntax',
          problem: `malformed MDX: ${text}`,
          fix: 'close every component tag you open (<Steps>…</Steps>), and write a literal { or < as \\{ or &lt;',
        });
      }
    }
    return issues;
  },
};
