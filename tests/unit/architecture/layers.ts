/**
 * The house's import rules, as data, and a checker that reads every import in src/ (.ts, .mjs and
 * the frontmatter and <script> blocks of .astro files, which dependency-cruiser cannot parse).
 *
 * Layers, arrows pointing down only:
 *   pages, cli, integrations → layouts, components (a feature ui/'s .astro files among them)
 *     → feature ui/ browser code (.ts) → feature engine/ → schemas, i18n, lib
 *
 * Imports are found with TypeScript's own scanner (ts.preProcessFile), so `import type`,
 * `export … from` and `import()` all count. Paths are relative to the scanned root's src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

export interface Rule {
  name: string;
  /** Why the rule exists, printed with each violation. */
  why: string;
  /** The importing file (a src/-relative path); the match is passed to `allows`. */
  from: RegExp;
  /** Whether the file may import `to` (a src/-relative path, or the bare module name for packages). */
  allows: (to: string, from: RegExpExecArray, bare: boolean) => boolean;
}

/** A feature engine: `<feature>/engine/`. */
const ENGINE = /^([a-z-]+)\/engine\//;
const GENERIC = /^(schemas|lib)\//;

export const RULES: readonly Rule[] = [
  {
    name: 'lib-is-a-leaf',
    why: 'lib/ holds small generic helpers (punctuation, CSP, settled input); they import nothing of ours, so anything may use them',
    from: /^lib\//,
    allows: (to, _from, bare) => bare || to.startsWith('lib/'),
  },
  {
    name: 'engine-is-pure',
    why: 'a feature engine is pure TypeScript, tested without a browser or Astro: it imports only schemas/, lib/ and its own engine',
    from: ENGINE,
    allows: (to, from, bare) => (bare ? !/^astro(:|\/|$)/.test(to) : to.startsWith(`${from[1]}/engine/`) || GENERIC.test(to)),
  },
  {
    name: 'schemas-below-features',
    why: 'schemas are shared by Astro, the CLI and tests; they import only other schemas and lib/',
    from: /^schemas\//,
    allows: (to, _from, bare) => bare || GENERIC.test(to),
  },
  {
    name: 'i18n-below-features',
    why: 'messages and locales sit under every feature; they import only schemas/, lib/ and i18n/',
    from: /^i18n\//,
    allows: (to, _from, bare) => bare || /^(schemas|lib|i18n)\//.test(to),
  },
  {
    name: 'ui-not-upward',
    why: "a feature ui/'s browser code (its custom element) is used by components and pages, never the other way round",
    from: /^[a-z-]+\/ui\/.*\.ts$/,
    allows: (to) => !/^(components|layouts|pages|cli|integrations)\//.test(to) && !to.endsWith('.astro'),
  },
  {
    name: 'components-not-pages',
    why: "layouts, components and a feature's own Astro components are used by pages; importing a page (or a tool) points up",
    from: /^(components\/|layouts\/|[a-z-]+\/ui\/.*\.astro$)/,
    allows: (to) => !/^(pages|cli|integrations)\//.test(to),
  },
  {
    name: 'pages-are-leaves',
    why: 'a page is the top of the house: nothing else imports it',
    from: /^(?!pages\/)/,
    allows: (to) => !to.startsWith('pages/'),
  },
];

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** The source of every file's imports: .astro files contribute their frontmatter and <script> blocks only. */
function importableSource(path: string, text: string): string {
  if (extname(path) !== '.astro') return text;
  const parts: string[] = [];
  if (text.startsWith('---')) {
    const end = text.indexOf('\n---', 3);
    if (end !== -1) parts.push(text.slice(3, end));
  }
  let at = 0;
  for (;;) {
    const open = text.indexOf('<script', at);
    if (open === -1) break;
    const bodyStart = text.indexOf('>', open);
    const close = text.indexOf('</script>', bodyStart);
    if (bodyStart === -1 || close === -1) break;
    parts.push(text.slice(bodyStart + 1, close));
    at = close;
  }
  return parts.join('\n');
}

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** Every file under `<root>/src` with the src/-relative paths (or bare package names) it imports. */
export function importGraph(root: string): Map<string, { to: string; bare: boolean }[]> {
  const src = join(root, 'src');
  const graph = new Map<string, { to: string; bare: boolean }[]>();
  for (const file of listFiles(src)) {
    const from = toPosix(relative(src, file));
    const { importedFiles } = ts.preProcessFile(importableSource(file, readFileSync(file, 'utf8')), true, true);
    const targets = importedFiles.map(({ fileName }) => {
      if (!fileName.startsWith('.')) return { to: fileName, bare: true };
      return { to: toPosix(relative(src, normalize(join(dirname(file), fileName)))), bare: false };
    });
    graph.set(from, targets);
  }
  return graph;
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components; linear in the graph). */
export function cycles(graph: Map<string, { to: string; bare: boolean }[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const { to, bare } of graph.get(node) ?? []) {
      if (bare || !graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfImport = (graph.get(node) ?? []).some(({ to }) => to === node);
      if (component.length > 1 || selfImport) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** Every import that breaks a rule, plus one `no-cycles` violation per circle (from: its files joined by " ↔ "). */
export function layerViolations(root: string, rules: readonly Rule[] = RULES): Violation[] {
  const graph = importGraph(root);
  const violations: Violation[] = [];
  for (const [from, targets] of graph) {
    for (const rule of rules) {
      const match = rule.from.exec(from);
      if (!match) continue;
      for (const { to, bare } of targets) {
        if (!rule.allows(to, match, bare)) violations.push({ rule: rule.name, from, to });
      }
    }
  }
  for (const component of cycles(graph)) violations.push({ rule: 'no-cycles', from: component.join(' ↔ '), to: component[0] ?? '' });
  return violations;
}
