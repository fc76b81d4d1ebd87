import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { layerViolations, type Violation } from './layers.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Imports that break a rule today, each in code another branch is moving. A violation not listed
 * here fails the test; a listed one that no longer happens fails it too, so the list only shrinks.
 */
const KNOWN: readonly Violation[] = [
  // Locales and URLs belong in i18n/ (see STYLE.md); they read the Locale type from schemas/.
  { rule: 'lib-is-a-leaf', from: 'lib/locales.ts', to: 'schemas/common.ts' },
  // Feedback reuses the case summary's redaction as its brief asked (no copy); redaction is generic and belongs in lib/.
  { rule: 'engine-is-pure', from: 'feedback/engine/normalise.ts', to: 'troubleshooter/engine/redact.ts' },
];

const key = (violation: Violation): string => `${violation.rule}: ${violation.from} → ${violation.to}`;

describe('the layers of src/', () => {
  const found = layerViolations(root).map(key).sort();
  const known = KNOWN.map(key).sort();

  it('has no import that points up a layer, out of an engine, out of lib/ or round in a circle', () => {
    expect(found.filter((violation) => !known.includes(violation))).toEqual([]);
  });

  it('still has every known violation, so a fixed one is struck off the list', () => {
    expect(known.filter((violation) => !found.includes(violation))).toEqual([]);
  });
});

describe('the layer rules', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kb-layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let count = 0;
  /** A throwaway src/ tree: file path → source. */
  const project = (files: Record<string, string>): string => {
    count += 1;
    const dir = join(scratch, String(count));
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, 'src', path)), { recursive: true });
      writeFileSync(join(dir, 'src', path), source);
    }
    return dir;
  };

  it.each([
    ['an engine that imports its ui', { 'search/engine/rank.ts': "import { box } from '../ui/box.ts';", 'search/ui/box.ts': '' }, 'engine-is-pure: search/engine/rank.ts → search/ui/box.ts'],
    ['an engine that imports another feature\'s engine', { 'search/engine/rank.ts': "import type { X } from '../../troubleshooter/engine/machine.ts';", 'troubleshooter/engine/machine.ts': '' }, 'engine-is-pure: search/engine/rank.ts → troubleshooter/engine/machine.ts'],
    ['an engine that imports Astro', { 'contact-check/engine/verdict.ts': "import { getCollection } from 'astro:content';" }, 'engine-is-pure: contact-check/engine/verdict.ts → astro:content'],
    ['an engine that imports i18n', { 'troubleshooter/engine/summary.ts': "export { t } from '../../i18n/ui.ts';", 'i18n/ui.ts': '' }, 'engine-is-pure: troubleshooter/engine/summary.ts → i18n/ui.ts'],
    ['lib/ importing a schema', { 'lib/csp.ts': "import type { Locale } from '../schemas/common.ts';", 'schemas/common.ts': '' }, 'lib-is-a-leaf: lib/csp.ts → schemas/common.ts'],
    ['a schema importing a feature', { 'schemas/tree.ts': "const m = await import('../troubleshooter/engine/machine.ts');", 'troubleshooter/engine/machine.ts': '' }, 'schemas-below-features: schemas/tree.ts → troubleshooter/engine/machine.ts'],
    ['i18n importing a component', { 'i18n/format.ts': "import Card from '../components/Card.astro';", 'components/Card.astro': '' }, 'i18n-below-features: i18n/format.ts → components/Card.astro'],
    ['a ui importing a component', { 'search/ui/box.ts': "import '../../components/Search.astro';", 'components/Search.astro': '' }, 'ui-not-upward: search/ui/box.ts → components/Search.astro'],
    ['a component importing a page (in its frontmatter)', { 'components/Nav.astro': "---\nimport { getStaticPaths } from '../pages/index.astro';\n---\n<nav />", 'pages/index.astro': '' }, 'components-not-pages: components/Nav.astro → pages/index.astro'],
    ['a layout importing a page (in its <script>)', { 'layouts/Base.astro': "<p>import x from 'nothing'</p>\n<script>\nimport '../pages/x.ts';\n</script>", 'pages/x.ts': '' }, 'components-not-pages: layouts/Base.astro → pages/x.ts'],
    ['a feature\'s Astro component importing a page', { 'search/ui/SearchBox.astro': "---\nimport Page from '../../pages/search.astro';\n---", 'pages/search.astro': '' }, 'components-not-pages: search/ui/SearchBox.astro → pages/search.astro'],
    ['a custom element importing an Astro component of its own feature', { 'search/ui/box.ts': "import Box from './SearchBox.astro';", 'search/ui/SearchBox.astro': '' }, 'ui-not-upward: search/ui/box.ts → search/ui/SearchBox.astro'],
    ['a feature importing a page', { 'search/engine/a.ts': "export * from '../../pages/a.ts';", 'pages/a.ts': '' }, 'pages-are-leaves: search/engine/a.ts → pages/a.ts'],
    ['two files importing each other', { 'lib/a.ts': "import { b } from './b.ts';", 'lib/b.ts': "import type { A } from './a.ts';" }, 'no-cycles: lib/a.ts ↔ lib/b.ts → lib/a.ts'],
    ['a circle of three', { 'search/engine/a.ts': "import './b.ts';", 'search/engine/b.ts': "import './c.ts';", 'search/engine/c.ts': "import './a.ts';" }, 'no-cycles: search/engine/a.ts ↔ search/engine/b.ts ↔ search/engine/c.ts → search/engine/a.ts'],
  ] as const)('catches %s', (_name, files, expected) => {
    expect(layerViolations(project(files)).map(key)).toContain(expected);
  });

  it('allows every arrow that points down', () => {
    const dir = project({
      'pages/index.astro': "---\nimport Layout from '../layouts/Base.astro';\nimport { t } from '../i18n/ui.ts';\n---",
      'layouts/Base.astro': "---\nimport Box from '../components/Box.astro';\n---\n<script>import '../search/ui/box.ts';</script>",
      'components/Box.astro': "---\nimport { rank } from '../search/engine/rank.ts';\nimport View from '../search/ui/View.astro';\n---",
      'search/ui/View.astro': "---\nimport Card from '../../components/Card.astro';\nimport Plain from '../../layouts/Plain.astro';\n---\n<script>import './box.ts';</script>",
      'layouts/Plain.astro': '',
      'components/Card.astro': '',
      'search/ui/box.ts': "import { rank } from '../engine/rank.ts';\nimport { t } from '../../i18n/ui.ts';",
      'search/engine/rank.ts': "import type { Q } from '../../schemas/query.ts';\nimport { settle } from '../../lib/settle.ts';\nimport { z } from 'zod';",
      'schemas/query.ts': "import { z } from 'zod';\nimport { x } from '../lib/settle.ts';",
      'i18n/ui.ts': "import type { Locale } from '../schemas/query.ts';\nimport { format } from './format.ts';",
      'i18n/format.ts': '',
      'lib/settle.ts': "import { y } from './other.ts';",
      'lib/other.ts': '',
    });
    expect(layerViolations(dir)).toEqual([]);
  });
});
