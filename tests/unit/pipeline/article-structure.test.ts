import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, stepIds, usesComponent } from '../../../src/pipeline/article-structure.ts';

const ids = (text: string): string[] => analyseArticle(text).headings.map((heading) => heading.id);

describe('article structure, read from the syntax tree', () => {
  const body = '## 操作步骤\n\n<Steps>\n\n1. **冻结。** 立即。\n   - 子项\n2. 改密码。\n3. 检查。\n\n</Steps>\n\n```\n<Steps>\n1. not real\n</Steps>\n```\n\n## What **support** can do\n## What support can do';

  it('counts only the top-level items of the first <Steps> block, outside code fences', () => {
    const structure = analyseArticle(body);
    expect(structure.stepCount).toBe(3);
    expect(structure.stepsBlocks).toBe(1);
    expect(stepIds(structure)).toEqual(['step-1', 'step-2', 'step-3']);
  });

  it('computes heading ids the way Astro does, de-duplicated', () => {
    expect(ids(body)).toEqual(['操作步骤', 'what-support-can-do', 'what-support-can-do-1']);
  });

  it.each([
    ['a setext heading', 'Lost your phone\n===============\n\nText.', ['lost-your-phone']],
    ['a component inside a heading', '## Call <Badge>now</Badge> if money moved\n', ['call-now-if-money-moved']],
    ['inline code in a heading', '## The `E1234` error\n', ['the-e1234-error']],
    ['a heading inside a component', '<Callout>\n\n## Inside\n\n</Callout>\n', ['inside']],
    ['a "heading" inside a code block', '```md\n## not a heading\n```\n', []],
    ['frontmatter, which is not a heading', '---\ntitle: x\n---\n\n## Real\n', ['real']],
  ])('reads %s', (_case, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('numbers only the first list when the delimiter changes, as the page renders it', () => {
    // "1." then "3)" is two lists in CommonMark; numberSteps() anchors only the first.
    expect(analyseArticle('<Steps>\n\n1. One\n2. Two\n3) Three\n\n</Steps>\n').stepCount).toBe(2);
  });

  it('counts every <Steps> block, and ignores one written as an example in code', () => {
    expect(analyseArticle('<Steps>\n\n1. a\n\n</Steps>\n\n<Steps>\n\n1. b\n\n</Steps>\n').stepsBlocks).toBe(2);
    expect(analyseArticle('`<Steps>` is how you write it.\n\n<Steps>\n\n1. a\n\n</Steps>\n').stepsBlocks).toBe(1);
  });

  it('finds components with their attributes, including self-closing and multi-line tags', () => {
    const structure = analyseArticle('Text.\n\n<Troubleshooter\n  tree="payment-failed"\n  start="charged"\n/>\n\n<ContactSupport channels={["hotline", \'in-app-chat\']} />\n');
    expect(structure.components.map(({ name, line }) => [name, line])).toEqual([['Troubleshooter', 3], ['ContactSupport', 8]]);
    expect(structure.components[0]?.attributes.get('tree')).toEqual({ text: 'payment-failed', expression: false });
    expect(structure.components[1]?.attributes.get('channels')).toEqual({ text: '["hotline", \'in-app-chat\']', expression: true });
    expect(usesComponent(structure, 'Prepare')).toBe(false);
  });

  it('lists links and inline code by file line, and keeps markup out of the text', () => {
    const structure = analyseArticle('---\ntitle: x\n---\n\nSee [the guide](/en/articles/x/) and `examp1e.com`.\n\n<Prepare>\n\n- ID\n\n</Prepare>\n');
    expect(structure.links.map(({ url, line }) => ({ url, line }))).toEqual([{ url: '/en/articles/x/', line: 5 }]);
    expect(structure.inlineCode.get(5)).toEqual(['examp1e.com']);
    expect(structure.text).not.toMatch(/Prepare|title|\/en\/articles/);
    expect(structure.text).toContain('the guide');
  });

  it('reports malformed MDX with its line instead of throwing', () => {
    expect(analyseArticle('Intro\n\n<Steps>\n\n1. a\n').syntaxError).toMatchObject({ line: 3, message: expect.stringContaining('closing tag') });
  });

  it('reads a 100 KB body with deep nesting and long lines without trouble', () => {
    const nested = `${'> '.repeat(200)}quote\n`;
    const text = `${'## Heading <Badge>x</Badge>\n\nWord.\n\n'.repeat(4000)}${nested}`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(analyseArticle(text).headings).toHaveLength(4000);
  });
});

describe('a guide with the cases regular expressions got wrong (tests/fixtures/mdx-structure)', () => {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/mdx-structure/guide-with-edge-cases.mdx'), 'utf8');
  const structure = analyseArticle(text);

  it('sees setext headings and a heading with a component in it, with the ids Astro renders', () => {
    expect(structure.headings.map(({ depth, id, line }) => ({ depth, id, line }))).toEqual([
      { depth: 1, id: 'lost-your-phone', line: 6 },
      { depth: 2, id: 'call-now-if-money-moved', line: 11 },
      { depth: 2, id: 'steps', line: 26 },
    ]);
  });

  it('takes the steps and components from the real block, not the example in code', () => {
    expect(structure.stepsBlocks).toBe(1);
    expect(structure.stepCount).toBe(3);
    const support = structure.components.filter((component) => component.name === 'ContactSupport');
    expect(support.map((component) => [component.line, component.attributes.get('channels')?.text])).toEqual([[44, '["hotline", \'in-app-chat\']']]);
    expect(usesComponent(structure, 'Prepare')).toBe(true);
  });
});
