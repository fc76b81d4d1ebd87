import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline/run-check.ts';
import { fixtureProject } from '../support/fixture-project.ts';

const cli = join(import.meta.dirname, '../../../src/cli/new-article.ts');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

describe('npm run new', () => {
  it('creates the article in both languages with frontmatter the check accepts', () => {
    const root = fixtureProject();
    const result = run(root, 'card-expired', '--category', 'payments');
    expect(result.status).toBe(0);
    for (const locale of ['zh-CN', 'en']) expect(existsSync(join(root, `content/articles/${locale}/card-expired.mdx`))).toBe(true);
    expect(readFileSync(join(root, 'content/articles/en/card-expired.mdx'), 'utf8')).toContain('<Steps>');
    // Only the reminder to write real aliases remains: the template itself is valid.
    const problems = checkProject(root).issues.map((issue) => `${issue.rule}: ${issue.problem}`);
    expect(problems).toEqual(['guide-structure: only 2 aliases; guides need at least 5', 'guide-structure: only 2 aliases; guides need at least 5']);
  });

  it.each([
    [['Bad_Slug', '--category', 'payments'], 'is not a valid slug'],
    [['fine-slug', '--category', 'nope'], '--category must be one of payments'],
    [['fine-slug', '--kind', 'essay', '--category', 'payments'], '--kind must be one of concept, guide, faq, policy'],
    [['payment-failed', '--category', 'payments'], 'already exist'],
  ])('refuses %j with a message that says what to do', (args, message) => {
    const result = run(fixtureProject(), ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
