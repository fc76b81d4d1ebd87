/**
 * Reads everything editors touch under content/ into memory, without judging
 * it. Validation (pure) happens in validate-content.ts; keeping file access here
 * lets tests feed fixture folders through exactly the same path as the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { analyseArticle, type ArticleStructure } from './article-structure.ts';
import { parseYamlWithLines, type ParsedYaml } from './yaml-source.ts';

export interface MarkdownSource {
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** The folder below the collection: a locale such as "zh-CN" (not yet validated). */
  localeDir: string;
  /** The file name without extension: the article's slug (not yet validated). */
  slug: string;
  /** The whole file as written. */
  text: string;
  /** Frontmatter parsed with line numbers; undefined when the file has none. */
  frontmatter: ParsedYaml | undefined;
  /** The text after the frontmatter. */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  /** What the syntax tree says about the file (parsed once, here); lines are the file's lines. */
  structure: ArticleStructure;
}

export interface DataSource {
  file: string;
  /** The file as written; undefined when it does not exist. */
  text?: string | undefined;
  /** undefined when the file does not exist. */
  parsed: ParsedYaml | undefined;
}

export interface RawContent {
  root: string;
  articles: MarkdownSource[];
  updates: MarkdownSource[];
  categories: DataSource;
  contacts: DataSource;
  faq: DataSource;
  glossary: DataSource;
  synonyms: DataSource;
  phrasings: DataSource;
  troubleshooters: DataSource[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter from the body; frontmatter lines start at file line 2. */
export function splitFrontmatter(text: string): { frontmatter: ParsedYaml | undefined; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyLine: 1 };
  const yamlText = match[1] ?? '';
  const consumed = match[0];
  return {
    frontmatter: parseYamlWithLines(yamlText, 1),
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length,
  };
}

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * Parsed files from the previous load, by path. In `astro dev` the content is
 * loaded again after every change; only the files whose text changed are parsed
 * again, so saving one article costs one parse, not thousands.
 */
let previousSources = new Map<string, MarkdownSource>();

function readMarkdownCollection(root: string, folder: string, sources: Map<string, MarkdownSource>): MarkdownSource[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  const collection: MarkdownSource[] = [];
  for (const localeDir of readdirSync(base).sort()) {
    const dir = join(base, localeDir);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(name)) continue;
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const previous = previousSources.get(path);
      const source = previous?.text === text ? previous : {
        file: toPosix(relative(root, path)),
        localeDir,
        slug: name.replace(/\.mdx?$/, ''),
        text,
        ...splitFrontmatter(text),
        structure: analyseArticle(text, name.endsWith('.mdx')),
      };
      sources.set(path, source);
      collection.push(source);
    }
  }
  return collection;
}

function readData(root: string, file: string): DataSource {
  const path = join(root, file);
  if (!existsSync(path)) return { file, parsed: undefined };
  const text = readFileSync(path, 'utf8');
  return { file, text, parsed: parseYamlWithLines(text) };
}

/** Loads the content folder of a project (the real one, or a test fixture shaped like it). */
export function loadContent(root: string): RawContent {
  const troubleshooterDir = join(root, 'content/troubleshooters');
  const troubleshooters = existsSync(troubleshooterDir)
    ? readdirSync(troubleshooterDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => readData(root, `content/troubleshooters/${name}`))
    : [];
  const sources = new Map<string, MarkdownSource>();
  const articles = readMarkdownCollection(root, 'content/articles', sources);
  const updates = readMarkdownCollection(root, 'content/updates', sources);
  previousSources = sources;
  return {
    root,
    articles,
    updates,
    categories: readData(root, 'content/categories.yaml'),
    contacts: readData(root, 'content/contacts.yaml'),
    faq: readData(root, 'content/faq.yaml'),
    glossary: readData(root, 'content/glossary.yaml'),
    synonyms: readData(root, 'content/search-synonyms.yaml'),
    phrasings: readData(root, 'content/search-phrasings.yaml'),
    troubleshooters,
  };
}
