/**
 * Review freshness: an article whose `reviewed` date is older than the
 * configured age may describe an app screen, a limit or a scam that has
 * changed. Critical guides (the reader is losing money now) get the shorter
 * age. Pure: the caller passes today's date, so tests fix "today".
 */
import { isCalendarDate } from '../../schemas/common.ts';
import type { EditorialIssue } from './issue.ts';

export interface ReviewPolicy {
  /** For guides with `urgency: critical`. */
  criticalMaxAgeDays: number;
  /** For every other article. */
  maxAgeDays: number;
}

export interface ReviewInput {
  /** Path relative to the project root. */
  file: string;
  /** Line of the `reviewed` field in the file, when known. */
  line: number | undefined;
  /** Guides' urgency; undefined for the other kinds. */
  urgency: 'normal' | 'urgent' | 'critical' | undefined;
  /** The frontmatter `reviewed` date, YYYY-MM-DD. */
  reviewed: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, both YYYY-MM-DD, counted in UTC so time zones and daylight saving cannot shift it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** One warning per article reviewed too long ago (or, a typo that would silence this for years, in the future), oldest first. */
export function reviewFreshnessWarnings(articles: readonly ReviewInput[], today: string, policy: ReviewPolicy): EditorialIssue[] {
  if (!isCalendarDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got "${today}"`);
  const found: { age: number; issue: EditorialIssue }[] = [];
  for (const article of articles) {
    // An invalid date is the schema's error to report, not a freshness question.
    if (!isCalendarDate(article.reviewed)) continue;
    const age = daysBetween(article.reviewed, today);
    const at = { file: article.file, line: article.line, field: 'reviewed', rule: 'review-freshness', severity: 'warning' as const };
    if (age < 0) {
      found.push({
        age,
        issue: {
          ...at,
          problem: `reviewed: ${article.reviewed} is in the future (today is ${today})`,
          fix: `write the day the article was last checked, at most ${today}`,
        },
      });
      continue;
    }
    const critical = article.urgency === 'critical';
    const maxAge = critical ? policy.criticalMaxAgeDays : policy.maxAgeDays;
    if (age <= maxAge) continue;
    found.push({
      age,
      issue: {
        ...at,
        problem: `last reviewed ${age} days ago (${article.reviewed}); ${critical ? 'critical guides' : 'articles'} must be reviewed every ${maxAge} days`,
        fix: `check every step, screen name, limit and contact against the current app and policy, then set reviewed: ${today}`,
      },
    });
  }
  return found.sort((a, b) => b.age - a.age || a.issue.file.localeCompare(b.issue.file)).map(({ issue }) => issue);
}
