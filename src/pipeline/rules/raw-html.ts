/**
 * Raw HTML is refused in articles and updates, with no allow-list: MDX renders
 * a lowercase tag verbatim, attributes and all, so `<script>`, `<img onerror>`,
 * `<a href="javascript:…">`, `<iframe>` and `<style>` would reach readers with
 * only the CSP between them and a scammer's edit. Everything a page needs has a
 * Markdown form or a component. HTML comments are already a syntax error in MDX
 * (mdx-syntax); `{/* … *\/}` is the MDX comment.
 */
import type { ContentIssue } from '../issue.ts';
import { COMPONENT_NAMES } from '../component-props.ts';
import type { ContentRule } from './rule.ts';

const COMPONENTS = COMPONENT_NAMES.join(', ');

function fixFor(tag: string): string {
  if (tag === 'a') return 'write the link in Markdown: [text](/zh-cn/articles/<slug>/)';
  if (tag === 'img') return 'write the image in Markdown as ![description](./file.png) so it goes through the image pipeline';
  return `delete it; use Markdown or one of the components ${COMPONENTS}`;
}

/** An HTML tag's name from raw HTML in a plain .md file: "<img src…" → "img", "<!--" → "!--". */
function tagOf(value: string): string {
  let end = 1;
  while (end < value.length && !' \t\n/>'.includes(value[end] ?? ' ')) end++;
  return value.slice(1, end).toLowerCase();
}

export const rawHtmlRule: ContentRule = {
  id: 'raw-html',
  check(_content, raw) {
    return [...raw.articles, ...raw.updates].flatMap(({ file, structure }): ContentIssue[] => [
      // A lowercase (or dotted, or nameless fragment) JSX name is an HTML element, not one of our components.
      ...structure.components
        .filter(({ name }) => !/^[A-Z]/.test(name) || name.includes('.'))
        .map(({ name, line, column }) => ({
          file, line, column, rule: 'raw-html',
          problem: `raw HTML <${name}> is not allowed in articles`,
          fix: fixFor(name.toLowerCase()),
        })),
      ...structure.html.map(({ value, line, column }) => {
        const tag = tagOf(value);
        return {
          file, line, column, rule: 'raw-html',
          problem: tag.startsWith('!--') ? 'an HTML comment is not allowed in articles' : `raw HTML <${tag}> is not allowed in articles`,
          fix: tag.startsWith('!--') ? 'delete it (rename the file to .mdx to use {/* comments */})' : fixFor(tag),
        };
      }),
    ]);
  },
};
