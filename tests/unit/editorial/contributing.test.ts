import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const guide = readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8');

/** The example files in CONTRIBUTING.md: fenced blocks whose info string names a file (```mdx file="content/…"). */
function exampleFiles(markdown: string): Map<string, string> {
  const files = new Map<string, string>();
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const open = lines[index] ?? '';
    const marker = ' file="';
    const at = open.startsWith('```') ? open.indexOf(marker) : -1;
    if (at === -1) continue;
    const name = open.slice(at + marker.length, open.indexOf('"', at + marker.length));
    const end = lines.findIndex((line, after) => after > index && line === '```');
    files.set(name, `${lines.slice(index + 1, end).join('\n')}\n`);
    index = end;
  }
  return files;
}

describe('CONTRIBUTING.md', () => {
  const examples = exampleFiles(guide);

  it('gives the worked example in both languages under the same slug', () => {
    expect([...examples.keys()]).toEqual(['content/articles/zh-CN/card-expired.mdx', 'content/articles/en/card-expired.mdx']);
  });

  it('has a worked example that passes npm run check as written', () => {
    const root = mkdtempSync(join(tmpdir(), 'contributing-example-'));
    cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
    for (const [file, text] of examples) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    const result = spawnSync(process.execPath, [join(repo, 'src/cli/check.ts')], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // A guard against a hung process, not a speed budget: the machine's cores are shared.
  }, 120_000);

  it('documents every component editors can use', () => {
    const components = readFileSync(join(repo, 'src/components/content/index.ts'), 'utf8');
    const names = /contentComponents = \{ ([^}]*) \}/.exec(components)?.[1]?.split(', ') ?? [];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(guide).toContain(`### \`<${name}`);
  });
});
