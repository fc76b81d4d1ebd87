/**
 * Troubleshooter trees (content/troubleshooters/<tree-id>.yaml): the schema,
 * then the graph. Every option must lead somewhere that exists, every node
 * must be reachable, no path may loop, every question needs a real choice,
 * and every outcome's article, anchor and contacts must exist. Each problem
 * names the file, line, node and what to do, in `troubleshooters/<kind>` rules.
 */
import type { z } from 'zod';
import { stepIds } from '../article-structure.ts';
import { LOCALES, type Locale } from '../../schemas/common.ts';
import { treeSchema, type Question, type Tree, type TreeNode } from '../../schemas/troubleshooter.ts';
import { parseRef, resolveRef } from '../../troubleshooter/engine/machine.ts';
import { formatIssues, type ContentIssue } from '../issue.ts';
import type { DataSource, RawContent } from '../load-content.ts';
import type { SiteContent } from '../site-content.ts';
import type { ParsedYaml } from '../yaml-source.ts';
import { fieldPath, zodIssuesToContentIssues } from '../zod-issues.ts';
import type { ContentRule } from './rule.ts';

type LineOf = ParsedYaml['lineOf'];

/** A tree that passed the schema, with what is needed to point at its lines. */
interface TreeRecord {
  file: string;
  tree: Tree;
  lineOf: LineOf;
}

export interface TroubleshooterValidation {
  /** Trees that passed the schema, sorted by `order`, then id. Only safe to publish when `issues` is empty. */
  trees: Tree[];
  issues: ContentIssue[];
}

const RULE = 'troubleshooters';
const list = (values: Iterable<string>): string => [...values].sort().join(', ');
const fileId = (file: string): string => (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': 'Chinese (zh-CN)', en: 'English (en)' };
const isLocale = (key: unknown): key is Locale => (LOCALES as readonly unknown[]).includes(key);

/** `question "charged"`, `option "yes" of question "charged"`, or the position when the YAML has no usable id. */
function describeNode(value: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return undefined;
  const type = valueAt(value, [...path.slice(0, 2), 'type']);
  const id = valueAt(value, [...path.slice(0, 2), 'id']);
  const kind = type === 'question' || type === 'outcome' ? type : 'node';
  const name = typeof id === 'string' ? `${kind} "${id}"` : `${kind} nodes[${path[1]}]`;
  if (path[2] !== 'options' || typeof path[3] !== 'number') return name;
  const option = valueAt(value, [...path.slice(0, 4), 'id']);
  return typeof option === 'string' ? `option "${option}" of ${name}` : `option ${path[3] + 1} of ${name}`;
}

/** The field's own name, as the editor sees it on the line: "summary", "actions[0]". */
function ownName(path: readonly PropertyKey[]): string {
  return fieldPath(typeof path.at(-1) === 'number' ? path.slice(-2) : path.slice(-1));
}

/** Troubleshooter-specific wording for the schema problems editors make most; undefined keeps the generic text. */
function explainTreeIssue(issue: z.core.$ZodIssue, value: unknown): Omit<ContentIssue, 'file' | 'line'> | undefined {
  const where = describeNode(value, issue.path);
  const prefix = where === undefined ? '' : `${where}: `;
  const field = fieldPath(issue.path);
  const last = issue.path.at(-1);
  const missing = issue.input === undefined || issue.input === null || issue.input === '';
  if (issue.code === 'invalid_union' && issue.path[0] === 'nodes' && last === 'type') {
    return {
      field, rule: 'schema',
      problem: `${where ?? field} has ${valueAt(value, issue.path) === undefined ? 'no type' : 'a type that is neither "question" nor "outcome"'}`,
      fix: 'set type: question (with text and options) or type: outcome (with title, urgency, summary and actions)',
    };
  }
  if (last === 'next' && issue.path[2] === 'options' && missing) {
    return {
      field, rule: `${RULE}/leaf-not-outcome`,
      problem: `${where ?? field} leads nowhere, so the reader's path would end without an outcome`,
      fix: 'set next to the id of the node this answer leads to; every path must end at a node with type: outcome',
    };
  }
  if (isLocale(last) && (missing || issue.code === 'too_small')) {
    return {
      field, rule: `${RULE}/missing-locale-text`,
      problem: `${prefix}the ${LOCALE_NAMES[last]} text of "${ownName(issue.path.slice(0, -1))}" is missing or empty`,
      fix: 'write the text in both languages, { zh-CN: …, en: … }: the troubleshooter is shown in both, from this one file',
    };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && typeof issue.input === 'string') {
    return {
      field, rule: `${RULE}/missing-locale-text`,
      problem: `${prefix}"${ownName(issue.path)}" is written in one language only`,
      fix: 'write it as { zh-CN: …, en: … } so both languages have it',
    };
  }
  const object = valueAt(value, issue.path);
  if (issue.code === 'unrecognized_keys' && typeof object === 'object' && object !== null && LOCALES.some((locale) => locale in object)) {
    return {
      field, rule: 'schema',
      problem: `${prefix}"${ownName(issue.path)}" has a comma followed by "${issue.keys[0] ?? ''}", so YAML split the text into extra fields`,
      fix: 'put text that contains a comma or a colon in quotes, e.g. en: "Wait, then pay again"',
    };
  }
  return undefined;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((out, key) => (typeof out === 'object' && out !== null ? (out as Record<PropertyKey, unknown>)[key] : undefined), value);
}

function schemaIssues(error: z.ZodError, source: DataSource & { parsed: ParsedYaml }): ContentIssue[] {
  const generic = zodIssuesToContentIssues(error, source.file, source.parsed.lineOf);
  return error.issues.flatMap((issue, index) => {
    const fallback = generic[index];
    const custom = explainTreeIssue(issue, source.parsed.value);
    if (custom) return [{ file: source.file, line: source.parsed.lineOf(issue.path), ...custom }];
    if (!fallback) return [];
    const where = describeNode(source.parsed.value, issue.path);
    return [where === undefined ? fallback : { ...fallback, problem: `${where}: ${fallback.problem}` }];
  });
}

/** YAML and schema: the trees that have a usable shape, and the ids of files that do not. */
function parseTroubleshooters(sources: readonly DataSource[]): { records: TreeRecord[]; broken: Set<string>; issues: ContentIssue[] } {
  const records: TreeRecord[] = [];
  const broken = new Set<string>();
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const { parsed } = source;
    if (!parsed) continue;
    if (parsed.errors.length > 0) {
      broken.add(fileId(source.file));
      for (const error of parsed.errors) {
        issues.push({ file: source.file, line: error.line, rule: 'yaml-syntax', problem: `YAML syntax error: ${error.message}`, fix: 'fix the indentation or quoting on that line; quote text that contains ": "' });
      }
      continue;
    }
    const result = treeSchema.safeParse(parsed.value, { reportInput: true });
    if (result.success) {
      records.push({ file: source.file, tree: result.data, lineOf: parsed.lineOf });
    } else {
      broken.add(fileId(source.file));
      issues.push(...schemaIssues(result.error, { ...source, parsed }));
    }
  }
  return { records, broken, issues };
}

const key = (tree: Tree, node: TreeNode): string => `${tree.id}#${node.id}`;
/** An option seen as a graph edge, from its question's key to its target's key. */
interface Edge {
  to: string;
  option: string;
  line: number | undefined;
  field: string;
}
type Report = (path: (string | number)[], kind: string, problem: string, fix: string) => void;

/** Ids, references, choices, reachability and cycles: everything that needs only the trees. */
function checkGraph(records: readonly TreeRecord[], broken: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const trees = records.map((record) => record.tree);
  const treeIds = new Set([...trees.map((tree) => tree.id), ...broken]);
  /** First node of each id per tree: what references resolve to. */
  const nodes = new Map<string, { record: TreeRecord; node: TreeNode; index: number }>();
  const edges = new Map<string, Edge[]>();

  for (const record of records) {
    const { tree, file, lineOf } = record;
    const issue: Report = (path, kind, problem, fix) => {
      issues.push({ file, line: lineOf(path), field: fieldPath(path), rule: `${RULE}/${kind}`, problem, fix });
    };
    if (tree.id !== fileId(file)) {
      issue(['id'], 'id', `the id "${tree.id}" differs from the file name "${fileId(file)}"`, `rename the file to ${tree.id}.yaml or set id: ${fileId(file)}; the id is the page's URL`);
    }
    const localIds = tree.nodes.map((node) => node.id);
    if (!localIds.includes(tree.start)) {
      issue(['start'], 'unknown-reference', `start "${tree.start}" is not a node of this troubleshooter`, `set start to one of: ${list(localIds)}`);
    }
    tree.nodes.forEach((node, index) => {
      const first = localIds.indexOf(node.id);
      if (first !== index) {
        issue(['nodes', index, 'id'], 'duplicate-id', `node id "${node.id}" is used twice (nodes[${first}] and nodes[${index}])`, 'give every node its own id; options point at nodes by id');
        return;
      }
      nodes.set(key(tree, node), { record, node, index });
      if (treeIds.has(node.id)) {
        issue(['nodes', index, 'id'], 'duplicate-id', `node id "${node.id}" is also the id of a troubleshooter, so next: ${node.id} would be ambiguous`, 'rename the node');
      }
      if (node.type === 'question') checkQuestion(record, node, index, trees, broken, issue, edges);
    });
  }

  // Reachability: from every tree's start, across trees.
  const reached = new Set<string>();
  const queue = records.flatMap(({ tree }) => {
    const start = tree.nodes.find((node) => node.id === tree.start);
    return start ? [key(tree, start)] : [];
  });
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...(edges.get(next) ?? []).map((edge) => edge.to));
  }
  for (const [id, { record, node, index }] of nodes) {
    const hasStart = record.tree.nodes.some((candidate) => candidate.id === record.tree.start);
    if (reached.has(id) || !hasStart) continue;
    issues.push({
      file: record.file, line: record.lineOf(['nodes', index]), field: `nodes[${index}]`, rule: `${RULE}/unreachable-node`,
      problem: `node "${node.id}" cannot be reached from start "${record.tree.start}": no option leads to it`,
      fix: `point an option's next at "${node.id}", or delete the node`,
    });
  }

  // Cycles: a depth-first walk; an option that leads back onto the current path closes a loop.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const edge of edges.get(id) ?? []) {
      if (state.get(edge.to) === 'open') {
        const loop = [...stack.slice(stack.indexOf(edge.to)), edge.to].map((step) => shortName(step, id));
        const from = nodes.get(id);
        if (from) {
          issues.push({
            file: from.record.file, line: edge.line, field: edge.field, rule: `${RULE}/cycle`,
            problem: `option "${edge.option}" of question "${from.node.id}" leads back to "${shortName(edge.to, id)}", making a loop: ${loop.join(' → ')}`,
            fix: 'point it at a node further down the path, or at an outcome; a reader must always reach an outcome',
          });
        }
      } else if (!state.has(edge.to)) {
        visit(edge.to);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of nodes.keys()) if (!state.has(id)) visit(id);
  return issues;
}

/** "node" within the same tree as `from`, "tree#node" across trees. */
function shortName(id: string, from: string): string {
  const [tree, node] = id.split('#');
  return from.startsWith(`${tree ?? ''}#`) ? (node ?? id) : id;
}

function checkQuestion(
  record: TreeRecord,
  question: Question,
  index: number,
  trees: readonly Tree[],
  broken: ReadonlySet<string>,
  issue: Report,
  edges: Map<string, Edge[]>,
): void {
  const { tree } = record;
  if (question.options.length < 2) {
    issue(['nodes', index], 'question-without-options',
      question.options.length === 0 ? `question "${question.id}" has no options, so a reader who reaches it is stuck` : `question "${question.id}" has only one option, so it is not a real choice`,
      question.options.length === 0
        ? 'add at least two options, or make it an outcome (type: outcome with title, urgency, summary and actions) if the path ends here'
        : 'add another option, or delete the question and point the option that leads here straight at its next node');
  }
  const out: Edge[] = [];
  const seen = new Set<string>();
  question.options.forEach((option, optionIndex) => {
    const path = ['nodes', index, 'options', optionIndex];
    if (seen.has(option.id)) {
      issue([...path, 'id'], 'duplicate-id', `option id "${option.id}" is used twice in question "${question.id}"`, 'give each option of a question its own id; the ids appear in shared links (?path=…)');
      return;
    }
    seen.add(option.id);
    const target = resolveRef(trees, tree, option.next);
    if (target) {
      out.push({ to: key(target.tree, target.node), option: option.id, line: record.lineOf([...path, 'next']), field: fieldPath([...path, 'next']) });
      return;
    }
    const ref = parseRef(option.next);
    const other = trees.find((candidate) => candidate.id === (ref.tree ?? ref.node));
    // The target file is broken, or its start is unknown: that is reported there; do not pile on.
    if (broken.has(ref.tree ?? ref.node ?? '') || (ref.tree === undefined && other)) return;
    const where = `option "${option.id}" of question "${question.id}"`;
    if (ref.tree === undefined) {
      issue([...path, 'next'], 'unknown-reference', `${where} leads to "${option.next}", which is neither a node of this troubleshooter nor another troubleshooter`,
        `use one of the node ids: ${list(tree.nodes.map((node) => node.id))}; or another troubleshooter as "tree-id" or "tree-id#node-id"`);
    } else if (!other) {
      issue([...path, 'next'], 'unknown-reference', `${where} leads to the troubleshooter "${ref.tree}", which does not exist`,
        `use the file name (without .yaml) of a troubleshooter in content/troubleshooters/: ${list(trees.map((candidate) => candidate.id))}`);
    } else {
      issue([...path, 'next'], 'unknown-reference', `${where} leads to "${option.next}", but troubleshooter "${other.id}" has no node "${ref.node ?? ''}"`,
        `use one of its node ids: ${list(other.nodes.map((node) => node.id))}`);
    }
  });
  edges.set(key(tree, question), out);
}

/** Outcomes' articles, anchors and contacts against the validated site content. */
function checkReferences(records: readonly TreeRecord[], content: SiteContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const contactIds = new Set(content.contacts.channels.map((channel) => channel.id));
  for (const { file, tree, lineOf } of records) {
    tree.nodes.forEach((node, index) => {
      if (node.type !== 'outcome') return;
      const issue: Report = (field, kind, problem, fix) => {
        const path = ['nodes', index, ...field];
        issues.push({ file, line: lineOf(path), field: fieldPath(path), rule: `${RULE}/${kind}`, problem, fix });
      };
      const where = `outcome "${node.id}"`;
      const versions = content.articles.filter((article) => article.slug === node.article);
      if (node.article !== undefined && versions.length === 0) {
        issue(['article'], 'unknown-article', `${where} links to the article "${node.article}", which does not exist`,
          'use the file name (without .mdx) of an article in content/articles/<locale>/, or remove "article"');
      } else if (versions.length > 0 && versions.every((article) => article.data.draft)) {
        issue(['article'], 'unknown-article', `${where} links to the article "${node.article ?? ''}", which is a draft and not published`,
          'publish the article (remove draft: true) or link another one');
      }
      if (node.anchor !== undefined && node.article === undefined) {
        issue(['anchor'], 'unknown-anchor', `${where} has an anchor but no article`, 'add article: <slug>, or remove the anchor');
      }
      const { anchor } = node;
      if (anchor !== undefined && versions.length > 0) {
        const anchorsByVersion = versions.map((article) => ({ article, ids: new Set([...stepIds(article.structure), ...article.structure.headings.map((heading) => heading.id)]) }));
        const lacking = anchorsByVersion.filter(({ ids }) => !ids.has(anchor));
        if (lacking.length > 0) {
          const shared = anchorsByVersion.map(({ ids }) => ids).reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
          const steps = Math.min(...versions.map((article) => article.structure.stepCount));
          issue(['anchor'], 'unknown-anchor',
            `${where} points to #${anchor}, which does not exist in ${lacking.map(({ article }) => article.file).join(' and ')}`,
            shared.size > 0
              ? `use an anchor that every language version has: ${list(shared)}${steps > 0 ? ` (the article has ${steps} steps)` : ''}`
              : 'no anchor exists in every language version; remove the anchor, or add <Steps> to the article');
        }
      }
      node.contacts.forEach((id, contactIndex) => {
        if (!contactIds.has(id)) {
          issue(['contacts', contactIndex], 'unknown-contact', `${where} lists the contact channel "${id}", which is not in content/contacts.yaml`, `use a channel id from content/contacts.yaml: ${list(contactIds)}`);
        }
      });
    });
  }
  return issues;
}

/** The whole check, and the trees it accepted. */
// The rule and the site model both ask for the same validation; a content object is validated once.
const validations = new WeakMap<SiteContent, TroubleshooterValidation>();

export function validateTroubleshooters(raw: RawContent, content: SiteContent): TroubleshooterValidation {
  const known = validations.get(content);
  if (known) return known;
  const { records, broken, issues } = parseTroubleshooters(raw.troubleshooters);
  issues.push(...checkGraph(records, broken), ...checkReferences(records, content));
  const trees = records.map((record) => record.tree).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const validation = { trees, issues };
  validations.set(content, validation);
  return validation;
}

export const troubleshootersRule: ContentRule = {
  id: RULE,
  check: (content, raw) => validateTroubleshooters(raw, content).issues,
};

/**
 * The trees for pages, typed and sorted by `order`. Throws the editor-facing
 * report when any tree is invalid; the build's content check normally stops first.
 */
export function loadTroubleshooters(raw: RawContent, content: SiteContent): Tree[] {
  const { trees, issues } = validateTroubleshooters(raw, content);
  if (issues.length > 0) throw new Error(`Troubleshooters are invalid; run \`npm run check\`.\n${formatIssues(issues)}`);
  return trees;
}
