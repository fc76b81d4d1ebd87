import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/schemas/common.ts';
import { compareChanges, lastChanges, parseGitLog, parseGitStatus, type LastChange } from '../../../src/editorial/engine/git-history.ts';
import {
  outdatedTranslationWarnings,
  translationStatus,
  type ArticleVersionInput,
  type TranslationStatus,
} from '../../../src/editorial/engine/translation-status.ts';

const path = (locale: Locale, slug: string) => `content/articles/${locale}/${slug}.mdx`;
const commit = (order: number): LastChange => ({ kind: 'commit', hash: String(order).repeat(40).slice(0, 40), date: '2026-11-20', order });
const uncommitted: LastChange = { kind: 'uncommitted' };

function version(locale: Locale, updated: string | undefined, lastChange: LastChange | undefined, translationPending = false): ArticleVersionInput {
  return { slug: 'lost-phone', locale, file: path(locale, 'lost-phone'), updated, translationPending, lastChange };
}

describe('translation status of one article', () => {
  it.each<[string, ArticleVersionInput[], TranslationStatus, TranslationStatus]>([
    ['both changed in the same commit', [version('zh-CN', '2026-11-20', commit(3)), version('en', '2026-11-20', commit(3))], 'up-to-date', 'up-to-date'],
    ['Chinese changed in a later commit', [version('zh-CN', '2026-11-20', commit(4)), version('en', '2026-11-20', commit(3))], 'up-to-date', 'outdated'],
    // The translator catching up, or an English-only wording fix: Chinese is the source, so history alone never makes it outdated.
    ['English changed in a later commit, same updated', [version('zh-CN', '2026-11-20', commit(3)), version('en', '2026-11-20', commit(4))], 'up-to-date', 'up-to-date'],
    ['English has uncommitted edits', [version('zh-CN', '2026-11-20', commit(3)), version('en', '2026-11-20', uncommitted)], 'up-to-date', 'up-to-date'],
    ['Chinese has uncommitted edits', [version('zh-CN', '2026-11-20', uncommitted), version('en', '2026-11-20', commit(9))], 'up-to-date', 'outdated'],
    ['both have uncommitted edits', [version('zh-CN', '2026-11-20', uncommitted), version('en', '2026-11-20', uncommitted)], 'up-to-date', 'up-to-date'],
    // `updated` is the editor's word that the content changed: it wins over a later commit of the translation.
    ['Chinese says a later updated, English was committed later', [version('zh-CN', '2026-11-25', commit(3)), version('en', '2026-11-20', commit(4))], 'up-to-date', 'outdated'],
    ['English says a later updated', [version('zh-CN', '2026-11-20', commit(4)), version('en', '2026-11-26', commit(4))], 'outdated', 'up-to-date'],
    ['no git history, same updated', [version('zh-CN', '2026-11-20', undefined), version('en', '2026-11-20', undefined)], 'up-to-date', 'up-to-date'],
    ['no git history, Chinese updated later', [version('zh-CN', '2026-11-21', undefined), version('en', '2026-11-20', undefined)], 'up-to-date', 'outdated'],
    ['an invalid updated falls back to history', [version('zh-CN', undefined, commit(5)), version('en', '2026-11-30', commit(4))], 'up-to-date', 'outdated'],
    ['English missing', [version('zh-CN', '2026-11-20', commit(1))], 'up-to-date', 'missing'],
    ['English pending', [version('zh-CN', '2026-11-20', commit(1), true)], 'up-to-date', 'pending'],
    ['Chinese pending, English written first', [version('en', '2026-11-20', commit(1), true)], 'pending', 'up-to-date'],
  ])('%s: zh-CN %s, en %s', (_name, versions, zh, en) => {
    const [row] = translationStatus(versions, LOCALES, path);
    expect(row?.versions['zh-CN'].status).toBe(zh);
    expect(row?.versions.en.status).toBe(en);
  });

  it('names the missing file where the translation belongs', () => {
    const [row] = translationStatus([version('zh-CN', '2026-11-20', commit(1))], LOCALES, path);
    expect(row?.versions.en).toEqual({ status: 'missing', slug: 'lost-phone', locale: 'en', file: 'content/articles/en/lost-phone.mdx' });
  });

  it('lists every slug once, sorted', () => {
    const versions = ['b', 'a', 'c'].flatMap((slug) =>
      LOCALES.map((locale) => ({ ...version(locale, '2026-11-20', commit(1)), slug, file: path(locale, slug) })),
    );
    expect(translationStatus(versions, LOCALES, path).map((row) => row.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('warnings for the content check', () => {
  const rows = translationStatus([version('zh-CN', '2026-11-20', commit(4)), version('en', '2026-11-20', commit(3))], LOCALES, path);

  it('warns on the outdated file, on its updated line, and names the newer one', () => {
    expect(outdatedTranslationWarnings(rows, (file) => (file.includes('/en/') ? 14 : undefined))).toEqual([
      {
        file: 'content/articles/en/lost-phone.mdx',
        line: 14,
        field: 'updated',
        rule: 'translation-outdated',
        severity: 'warning',
        problem: `the translation is behind: content/articles/zh-CN/lost-phone.mdx changed later (commit 4444444 (2026-11-20)) than this file (commit 3333333 (2026-11-20))`,
        fix: 'bring it in line with content/articles/zh-CN/lost-phone.mdx and commit it; if nothing needs translating, set reviewed: to today and commit that',
      },
    ]);
  });

  it('asks for the newer updated date when the dates disagree', () => {
    const byDate = translationStatus([version('zh-CN', '2026-11-25', commit(1)), version('en', '2026-11-20', commit(1))], LOCALES, path);
    const [warning] = outdatedTranslationWarnings(byDate, () => undefined);
    expect(warning?.problem).toBe('the translation is behind: the zh-CN version says updated: 2026-11-25, this one 2026-11-20');
    expect(warning?.fix).toBe('translate what changed in content/articles/zh-CN/lost-phone.mdx, then set updated: to 2026-11-25 or later');
  });

  it('says nothing about missing, pending or up-to-date translations', () => {
    const quiet = translationStatus(
      [version('zh-CN', '2026-11-20', commit(1), true), { ...version('zh-CN', '2026-11-20', commit(2)), slug: 'x', file: path('zh-CN', 'x') }, { ...version('en', '2026-11-20', commit(2)), slug: 'x', file: path('en', 'x') }],
      LOCALES,
      path,
    );
    expect(outdatedTranslationWarnings(quiet, () => 1)).toEqual([]);
  });
});

describe('reading git history', () => {
  const log = [
    '\x1e' + 'c'.repeat(40) + '\t2026-11-25',
    '',
    'content/articles/zh-CN/lost-phone.mdx',
    '\x1e' + 'b'.repeat(40) + '\t2026-11-21',
    '',
    'content/articles/zh-CN/lost-phone.mdx',
    'content/articles/en/lost-phone.mdx',
    '\x1e' + 'a'.repeat(40) + '\t2026-11-20',
    '',
    'content/articles/en/old.mdx',
    '',
  ].join('\n');

  it('keeps the newest commit of each file, numbered from the oldest', () => {
    const changes = parseGitLog(log);
    expect(changes.get('content/articles/zh-CN/lost-phone.mdx')).toEqual({ kind: 'commit', hash: 'c'.repeat(40), date: '2026-11-25', order: 3 });
    expect(changes.get('content/articles/en/lost-phone.mdx')).toEqual({ kind: 'commit', hash: 'b'.repeat(40), date: '2026-11-21', order: 2 });
    expect(changes.get('content/articles/en/old.mdx')).toMatchObject({ order: 1 });
    expect(changes.size).toBe(3);
  });

  it('reads nothing from an empty history', () => {
    expect(parseGitLog('').size).toBe(0);
  });

  it('finds modified, staged, new and renamed files, not deleted ones', () => {
    const status = [' M content/articles/en/a.mdx', 'A  content/articles/en/b.mdx', '?? content/articles/en/c.mdx', ' D content/articles/en/d.mdx', 'R  content/articles/en/e.mdx', 'content/articles/en/old-e.mdx', ''].join('\0');
    expect([...parseGitStatus(status)]).toEqual(['content/articles/en/a.mdx', 'content/articles/en/b.mdx', 'content/articles/en/c.mdx', 'content/articles/en/e.mdx']);
  });

  it('treats an uncommitted edit as the latest change', () => {
    const changes = lastChanges(log, ' M content/articles/en/lost-phone.mdx\0');
    expect(changes.get('content/articles/en/lost-phone.mdx')).toEqual(uncommitted);
    expect(compareChanges(uncommitted, changes.get('content/articles/zh-CN/lost-phone.mdx'))).toBeGreaterThan(0);
    expect(compareChanges(uncommitted, uncommitted)).toBe(0);
    expect(compareChanges(undefined, uncommitted)).toBe(0);
  });

  it('parses the log of 2,000 files and 5,000 commits in one pass', () => {
    const big = Array.from({ length: 5000 }, (_, index) => `\x1e${String(index).padStart(40, '0')}\t2026-01-01\n\ncontent/articles/en/a-${index % 2000}.mdx\n`).join('');
    const changes = parseGitLog(big);
    expect(changes.size).toBe(2000);
    expect(changes.get('content/articles/en/a-0.mdx')).toMatchObject({ order: 5000 });
  });
});
