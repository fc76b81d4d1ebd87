/**
 * Parses an article or update once into an mdast syntax tree, with satteri (the
 * parser Astro 7's MDX integration uses), and reads from that tree everything
 * the rules and pages need: headings and their ids, steps, the components used
 * and their attributes, links, inline code, and the text itself. Keeping the
 * facts instead of the tree keeps memory flat at thousands of articles.
 *
 * A tree, unlike regular expressions over the source, knows that a ``` block is
 * code, that a setext heading (a line underlined with ===) is a heading, and that
 * a component inside a heading is part of it.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

export interface Heading {
  depth: number;
  text: string;
  /** The id Astro gives it (github-slugger over the text, de-duplicated in document order). */
  id: string;
  line: number;
}

/** A component tag in the body: <Steps>, <Troubleshooter tree="…" />. */
export interface ComponentUse {
  name: string;
  line: number;
  column: number;
  /** Attribute values as written: a plain string, or the source of an {expression}. */
  attributes: ReadonlyMap<string, { text: string; expression: boolean }>;
}

export interface ArticleStructure {
  /** Set when the file is not valid MDX (or Markdown): the compiler's message and line. */
  syntaxError: { message: string; line?: number | undefined } | undefined;
  headings: readonly Heading[];
  /** Top-level items of the first ordered list inside the first <Steps>: the #step-N anchors the page renders. */
  stepCount: number;
  /** How many <Steps> blocks the body has. */
  stepsBlocks: number;
  components: readonly ComponentUse[];
  links: readonly LinkUse[];
  /** Markdown images: ![alt](url). */
  images: readonly { url: string; alt: string; line: number; column: number }[];
  /** Raw HTML nodes (only plain .md files have them; MDX parses tags as components). */
  html: readonly { value: string; line: number; column: number }[];
  /** Source offsets [start, end) of every prose text node: what `npm run fix` may edit, and nothing else. */
  textRanges: readonly (readonly [number, number])[];
  /** Inline code spans by line, so a rule can tell an example (`examp1e.com`) from a link. */
  inlineCode: ReadonlyMap<number, readonly string[]>;
  /** The prose: text and inline code, without markup, tags, link targets or frontmatter. */
  text: string;
}

/** A Markdown link or link definition; `source` is the target as written, before character references are decoded. */
export interface LinkUse {
  url: string;
  line: number;
  column: number;
  /** The link's text; empty for a definition. */
  text: string;
  source: string;
}

interface Point { line: number; column: number; offset?: number | undefined }

interface TreeNode {
  type: string;
  children?: TreeNode[] | undefined;
  value?: unknown;
  name?: unknown;
  url?: unknown;
  ordered?: unknown;
  depth?: unknown;
  attributes?: unknown;
  alt?: unknown;
  position?: { start: Point; end: Point } | undefined;
}

const POSITION = /^(\d+):(\d+):\s*/;
const TRAILER = /\s*\(\d+:\d+\)\s*\([^)]*\)\s*$/;
const EMPTY: ArticleStructure = { syntaxError: undefined, headings: [], stepCount: 0, stepsBlocks: 0, components: [], links: [], images: [], html: [], textRanges: [], inlineCode: new Map(), text: '' };

/** Visits every node depth-first with an explicit stack: deep nesting cannot overflow the call stack. */
function walk(root: TreeNode, visit: (node: TreeNode) => void): void {
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    visit(node);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
}

/** Text content the way Astro's heading-ids plugin reads it: every text and code descendant, components included. */
function textOf(node: TreeNode): string {
  let text = '';
  walk(node, (child) => {
    if ((child.type === 'text' || child.type === 'inlineCode') && typeof child.value === 'string') text += child.value;
  });
  return text;
}

function attributesOf(node: TreeNode): Map<string, { text: string; expression: boolean }> {
  const attributes = new Map<string, { text: string; expression: boolean }>();
  for (const attribute of Array.isArray(node.attributes) ? (node.attributes as unknown[]) : []) {
    if (typeof attribute !== 'object' || attribute === null) continue;
    const { type, name, value } = attribute as { type?: unknown; name?: unknown; value?: unknown };
    if (type !== 'mdxJsxAttribute' || typeof name !== 'string') continue;
    if (typeof value === 'string') attributes.set(name, { text: value, expression: false });
    else if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') {
      attributes.set(name, { text: (value as { value: string }).value, expression: true });
    }
  }
  return attributes;
}

function parse(text: string, mdx: boolean): { tree: TreeNode; error?: undefined } | { tree?: undefined; error: ArticleStructure['syntaxError'] } {
  try {
    const tree: MdastNode = mdx ? mdxToMdast(text) : markdownToMdast(text);
    return { tree: tree as unknown as TreeNode };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = POSITION.exec(message);
    return { error: { message: message.replace(POSITION, '').replace(TRAILER, ''), line: position ? Number(position[1]) : undefined } };
  }
}

/**
 * Reads a whole file (frontmatter included, so lines are the file's lines).
 * `mdx` picks the MDX parser; plain .md files are Markdown.
 */
export function analyseArticle(text: string, mdx = true): ArticleStructure {
  const parsed = parse(text, mdx);
  if (!parsed.tree) return { ...EMPTY, syntaxError: parsed.error };
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const components: ComponentUse[] = [];
  const links: LinkUse[] = [];
  const images: { url: string; alt: string; line: number; column: number }[] = [];
  const html: { value: string; line: number; column: number }[] = [];
  const textRanges: [number, number][] = [];
  const inlineCode = new Map<number, string[]>();
  const prose: string[] = [];
  let stepCount = 0;
  let stepsBlocks = 0;
  walk(parsed.tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    switch (node.type) {
      case 'heading': {
        const headingText = textOf(node).trim();
        headings.push({ depth: typeof node.depth === 'number' ? node.depth : 1, text: headingText, id: slugger.slug(headingText), line });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (typeof node.name !== 'string') break;
        components.push({ name: node.name, line, column, attributes: attributesOf(node) });
        if (node.name === 'Steps') {
          stepsBlocks += 1;
          // As numberSteps() does on the rendered HTML: the first ordered list directly inside.
          if (stepsBlocks === 1) stepCount = node.children?.find((child) => child.type === 'list' && child.ordered === true)?.children?.length ?? 0;
        }
        break;
      }
      case 'link':
      case 'definition':
        if (typeof node.url === 'string') {
          const start = node.position?.start.offset ?? 0;
          links.push({ url: node.url, line, column, text: node.type === 'link' ? textOf(node) : '', source: text.slice(start, node.position?.end.offset ?? start) });
        }
        break;
      case 'image':
        if (typeof node.url === 'string') images.push({ url: node.url, alt: typeof node.alt === 'string' ? node.alt : '', line, column });
        break;
      case 'html':
        if (typeof node.value === 'string') html.push({ value: node.value, line, column });
        break;
      case 'inlineCode':
        if (typeof node.value === 'string') {
          const onLine = inlineCode.get(line) ?? [];
          onLine.push(node.value);
          inlineCode.set(line, onLine);
          prose.push(node.value);
        }
        break;
      case 'text':
        if (typeof node.value === 'string') prose.push(node.value);
        if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) textRanges.push([node.position.start.offset, node.position.end.offset]);
        break;
    }
  });
  return { syntaxError: undefined, headings, stepCount, stepsBlocks, components, links, images, html, textRanges, inlineCode, text: prose.join(' ') };
}

/** Step anchors that exist in the body: step-1 … step-N. */
export function stepIds(structure: ArticleStructure): string[] {
  return Array.from({ length: structure.stepCount }, (_, index) => `step-${index + 1}`);
}

export function usesComponent(structure: ArticleStructure, name: string): boolean {
  return structure.components.some((component) => component.name === name);
}

/** Characters of Chinese text (Han ideographs). */
export function countHanCharacters(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

/** English words. */
export function countWords(text: string): number {
  return (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}
