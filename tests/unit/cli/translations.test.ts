import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../../../src/cli/translations.ts');

function article(updated: string, extra = '', body = '正文。'): string {
  return `---\nkind: concept\ntitle: 标题\ndescription: 一句话说明这篇文章讲什么。\ncategory: security\nupdated: ${updated}\nreviewed: ${updated}\n${extra}---\n\n${body}\n`;
}

function project(files: Record<string, string>, withGit: boolean): { root: string; write: (file: string, text: string) => void; commit: (message: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  for (const [file, text] of Object.entries(files)) write(file, text);
  if (withGit) {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'first');
  }
  return { root, write, commit: (message) => { git('add', '-A'); git('commit', '-qm', message); } };
}

interface JsonReport {
  gitHistory: boolean;
  articles: { slug: string; versions: Record<string, { status: string; file: string; newer?: string; lastCommit?: unknown }> }[];
}

function statuses(root: string): Record<string, string> {
  const result = spawnSync(process.execPath, [cli, '--json'], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout) as JsonReport;
  return Object.fromEntries(report.articles.flatMap((row) => Object.entries(row.versions).map(([locale, version]) => [`${row.slug} ${locale}`, version.status])));
}

const pair = {
  'content/articles/zh-CN/lost-phone.mdx': article('2026-11-20'),
  'content/articles/en/lost-phone.mdx': article('2026-11-20'),
};

// Each test starts git and node several times; the timeout guards against a hang on a loaded machine, it is not a speed budget.
describe('npm run translations', { timeout: 60_000 }, () => {
  it('reports the English article outdated after the Chinese one changes in a new commit', () => {
    const repo = project(pair, true);
    expect(statuses(repo.root)).toEqual({ 'lost-phone zh-CN': 'up-to-date', 'lost-phone en': 'up-to-date' });
    repo.write('content/articles/zh-CN/lost-phone.mdx', article('2026-11-20', '', '正文改了：新增一步。'));
    repo.commit('Chinese: add a step');
    expect(statuses(repo.root)).toEqual({ 'lost-phone zh-CN': 'up-to-date', 'lost-phone en': 'outdated' });
  });

  it('clears the warning once the translation is committed after the change', () => {
    const repo = project(pair, true);
    repo.write('content/articles/zh-CN/lost-phone.mdx', article('2026-11-25', '', '新增一步。'));
    repo.commit('Chinese: add a step');
    repo.write('content/articles/en/lost-phone.mdx', article('2026-11-25', '', 'One more step.'));
    repo.commit('English: translate the new step');
    expect(statuses(repo.root)).toEqual({ 'lost-phone zh-CN': 'up-to-date', 'lost-phone en': 'up-to-date' });
  });

  it('counts an edit not yet committed as the newest change', () => {
    const repo = project(pair, true);
    repo.write('content/articles/zh-CN/lost-phone.mdx', article('2026-11-20', '', '改了，还没提交。'));
    expect(statuses(repo.root)).toEqual({ 'lost-phone zh-CN': 'up-to-date', 'lost-phone en': 'outdated' });
  });

  it('asks for the Chinese update when English changed first and says so in updated', () => {
    const repo = project(pair, true);
    repo.write('content/articles/en/lost-phone.mdx', article('2026-11-24', '', 'A new step, written in English first.'));
    repo.commit('English: add a step');
    expect(statuses(repo.root)).toEqual({ 'lost-phone zh-CN': 'outdated', 'lost-phone en': 'up-to-date' });
  });

  it('tells missing from pending translations', () => {
    const repo = project(
      {
        'content/articles/zh-CN/only-chinese.mdx': article('2026-11-20'),
        'content/articles/zh-CN/being-translated.mdx': article('2026-11-20', 'translationPending: true\n'),
      },
      true,
    );
    expect(statuses(repo.root)).toEqual({
      'being-translated zh-CN': 'up-to-date',
      'being-translated en': 'pending',
      'only-chinese zh-CN': 'up-to-date',
      'only-chinese en': 'missing',
    });
  });

  it('works outside git by comparing the updated dates, and says so', () => {
    const repo = project({ ...pair, 'content/articles/zh-CN/lost-phone.mdx': article('2026-11-22') }, false);
    expect(statuses(repo.root)).toEqual({ 'lost-phone zh-CN': 'up-to-date', 'lost-phone en': 'outdated' });
    const table = spawnSync(process.execPath, [cli], { cwd: repo.root, encoding: 'utf8' });
    expect(table.stdout).toContain('lost-phone  up to date  2026-11-22  –            OUTDATED  2026-11-20  –');
    expect(table.stdout).toContain('1 article; zh-CN: 1 up to date; en: 1 outdated');
    expect(table.stdout).toContain('Not a git checkout');
  });

  it.each([
    [['--jsn'], 'Unknown option --jsn'],
  ])('refuses %j with the usage', (args, message) => {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: project(pair, false).root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('says where to run it when there is no content folder', () => {
    const result = spawnSync(process.execPath, [cli], { cwd: mkdtempSync(join(tmpdir(), 'empty-')), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No content/articles/ folder here');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
