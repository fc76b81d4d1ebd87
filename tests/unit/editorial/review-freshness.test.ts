import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/site.config.ts';
import { daysBetween, reviewFreshnessWarnings, type ReviewInput } from '../../../src/editorial/engine/review-freshness.ts';

const today = '2026-12-01';
const policy = { criticalMaxAgeDays: 90, maxAgeDays: 365 };
const article = (reviewed: string, urgency: ReviewInput['urgency'] = undefined): ReviewInput => ({ file: 'content/articles/zh-CN/lost-phone.mdx', line: 17, urgency, reviewed });

describe('review freshness', () => {
  it.each<[string, ReviewInput, boolean]>([
    ['a critical guide reviewed exactly 90 days ago', article('2026-09-02', 'critical'), false],
    ['a critical guide reviewed 91 days ago', article('2026-09-01', 'critical'), true],
    ['an urgent guide reviewed 200 days ago', article('2026-05-15', 'urgent'), false],
    ['a normal guide reviewed 366 days ago', article('2025-11-30', 'normal'), true],
    ['a concept reviewed 365 days ago', article('2025-12-01'), false],
    ['a concept reviewed 366 days ago', article('2025-11-30'), true],
    ['an article reviewed today', article(today, 'critical'), false],
    ['a date in the future', article('2062-11-20'), true],
    ['an invalid date (the schema reports it)', article('2026-02-30'), false],
  ])('%s: warns = %s', (_name, input, warns) => {
    expect(reviewFreshnessWarnings([input], today, policy)).toHaveLength(warns ? 1 : 0);
  });

  it('names file, line, field, the age and the fix', () => {
    expect(reviewFreshnessWarnings([article('2026-08-01', 'critical')], today, policy)).toEqual([
      {
        file: 'content/articles/zh-CN/lost-phone.mdx',
        line: 17,
        field: 'reviewed',
        rule: 'review-freshness',
        severity: 'warning',
        problem: 'last reviewed 122 days ago (2026-08-01); critical guides must be reviewed every 90 days',
        fix: 'check every step, screen name, limit and contact against the current app and policy, then set reviewed: 2026-12-01',
      },
    ]);
  });

  it('refuses a reviewed date in the future, which would silence the warning for years', () => {
    const [warning] = reviewFreshnessWarnings([article('2062-11-20')], today, policy);
    expect(warning?.problem).toBe('reviewed: 2062-11-20 is in the future (today is 2026-12-01)');
  });

  it('lists the oldest first', () => {
    const files = reviewFreshnessWarnings(
      [{ ...article('2025-06-01'), file: 'b.mdx' }, { ...article('2024-01-01'), file: 'a.mdx' }, { ...article('2025-01-01'), file: 'c.mdx' }],
      today,
      policy,
    ).map((warning) => warning.file);
    expect(files).toEqual(['a.mdx', 'c.mdx', 'b.mdx']);
  });

  it('counts days across a leap day and in UTC', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('takes its ages from site.config.ts', () => {
    expect(siteConfig.review).toEqual({ criticalMaxAgeDays: 90, maxAgeDays: 365 });
  });

  it('refuses a "today" that is not a date rather than warning about everything', () => {
    expect(() => reviewFreshnessWarnings([], '12/01/2026', policy)).toThrow('today must be a YYYY-MM-DD date');
  });
});
