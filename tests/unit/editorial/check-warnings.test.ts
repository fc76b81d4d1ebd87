import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorialWarnings, type CheckedArticle } from '../../../src/editorial/check-warnings.ts';
import { formatIssueLine } from '../../../src/editorial/engine/issue-format.ts';

const lines: Record<string, number> = { updated: 15, reviewed: 16 };
const article = (locale: 'zh-CN' | 'en', updated: string, reviewed: string, urgency: CheckedArticle['urgency'] = 'critical'): CheckedArticle => ({
  file: `content/articles/${locale}/account-compromised.mdx`,
  locale,
  slug: 'account-compromised',
  updated,
  reviewed,
  translationPending: false,
  urgency,
  lineOf: (field) => lines[field],
});

describe('the editorial warnings for the check', () => {
  it('reports an outdated translation and a stale critical guide, each on its field\'s line', () => {
    // Not a git checkout: the translation is judged by the updated dates alone.
    const root = mkdtempSync(join(tmpdir(), 'editorial-warnings-'));
    const warnings = editorialWarnings(root, [article('zh-CN', '2026-11-25', '2026-11-25'), article('en', '2026-11-20', '2026-08-01')], '2026-12-01');
    expect(warnings.map(formatIssueLine)).toEqual([
      'content/articles/en/account-compromised.mdx:15: warning: translation-outdated: the translation is behind: the zh-CN version says updated: 2026-11-25, this one 2026-11-20 (translate what changed in content/articles/zh-CN/account-compromised.mdx, then set updated: to 2026-11-25 or later)',
      'content/articles/en/account-compromised.mdx:16: warning: review-freshness: last reviewed 122 days ago (2026-08-01); critical guides must be reviewed every 90 days (check every step, screen name, limit and contact against the current app and policy, then set reviewed: 2026-12-01)',
    ]);
  });

  it('is silent when both versions agree and were reviewed recently', () => {
    const root = mkdtempSync(join(tmpdir(), 'editorial-warnings-'));
    expect(editorialWarnings(root, [article('zh-CN', '2026-11-20', '2026-11-20'), article('en', '2026-11-20', '2026-11-20')], '2026-12-01')).toEqual([]);
  });
});
