/**
 * Translation status: for every article slug, whether each language version
 * is up to date, outdated, missing or pending. Pure; the CLI (npm run
 * translations) and the content check gather the inputs.
 *
 * When a version is outdated — the definition CONTRIBUTING.md documents.
 * Chinese (the first locale) is the source language; the others translate it.
 * 1. Dates: when two versions both have a valid `updated` date and the dates
 *    differ, the one with the earlier date is outdated, in either direction.
 *    `updated` is the editor's statement that the content changed, so it is
 *    how an English-first change asks for a Chinese update, and it wins over
 *    git (a translator who commits but has not caught up leaves it behind).
 * 2. History, when the dates are equal or unknown: a translation is outdated
 *    when the Chinese file changed later in git history than it did (commit
 *    order, not commit date; an uncommitted edit is later than any commit).
 *    Changing both in one commit keeps them in step. The source is never
 *    outdated by history alone: a translation committed after the Chinese
 *    change is the translator catching up, not new content.
 * Missing: no file, and no version says `translationPending: true`;
 * pending: no file, and one does.
 */
import type { Locale } from '../../schemas/common.ts';
import { compareChanges, type LastChange } from './git-history.ts';
import type { EditorialIssue } from './issue.ts';

/** Where articles live, and the file an article has (or would have) in a locale. */
export const ARTICLES_FOLDER = 'content/articles';
export const articleFile = (locale: Locale, slug: string): string => `${ARTICLES_FOLDER}/${locale}/${slug}.mdx`;

export const TRANSLATION_STATUSES = ['up-to-date', 'outdated', 'missing', 'pending'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** One existing file, as read from disk: plain data, no loader types. */
export interface ArticleVersionInput {
  slug: string;
  locale: Locale;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Frontmatter `updated` when it is a valid YYYY-MM-DD date; undefined otherwise (the schema reports it). */
  updated: string | undefined;
  translationPending: boolean;
  /** The file's last change in git; undefined when there is no history (not a git checkout). */
  lastChange: LastChange | undefined;
}

/** Which rule found a version outdated: the `updated` dates, or git history. */
type Reason = 'updated' | 'history';

export interface UpToDateReport extends ArticleVersionInput {
  status: 'up-to-date';
}
export interface OutdatedReport extends ArticleVersionInput {
  status: 'outdated';
  /** The version whose changes this one lacks. */
  newer: ArticleVersionInput;
  reason: Reason;
}
/** No file in this locale; `file` is where it belongs. */
export interface AbsentReport {
  status: 'missing' | 'pending';
  slug: string;
  locale: Locale;
  file: string;
}
export type VersionReport = UpToDateReport | OutdatedReport | AbsentReport;

function isAbsent(report: VersionReport): report is AbsentReport {
  return report.status === 'missing' || report.status === 'pending';
}

export interface TranslationRow {
  slug: string;
  versions: Record<Locale, VersionReport>;
}

/** Whether `source` holds changes `version` lacks, and which rule says so; undefined when it does not. */
function aheadOf(source: ArticleVersionInput, version: ArticleVersionInput, sourceLocale: Locale): Reason | undefined {
  if (source.updated !== undefined && version.updated !== undefined && source.updated !== version.updated) {
    return source.updated > version.updated ? 'updated' : undefined;
  }
  return source.locale === sourceLocale && compareChanges(source.lastChange, version.lastChange) > 0 ? 'history' : undefined;
}

function reportFor(version: ArticleVersionInput, others: readonly ArticleVersionInput[], sourceLocale: Locale): VersionReport {
  for (const other of others) {
    const reason = aheadOf(other, version, sourceLocale);
    if (reason !== undefined) return { status: 'outdated', newer: other, reason, ...version };
  }
  return { status: 'up-to-date', ...version };
}

/**
 * One row per slug, sorted by slug, with a report for every locale; the first
 * of `locales` is the source language. `articlePath` gives the file a missing
 * version would have.
 */
export function translationStatus(
  versions: readonly ArticleVersionInput[],
  locales: readonly Locale[],
  articlePath: (locale: Locale, slug: string) => string,
): TranslationRow[] {
  const bySlug = new Map<string, ArticleVersionInput[]>();
  for (const version of versions) bySlug.set(version.slug, [...(bySlug.get(version.slug) ?? []), version]);
  return [...bySlug.keys()].sort().map((slug) => {
    const existing = bySlug.get(slug) ?? [];
    const pending = existing.some((version) => version.translationPending);
    const entries = locales.map((locale): [Locale, VersionReport] => {
      const version = existing.find((candidate) => candidate.locale === locale);
      if (version === undefined) return [locale, { status: pending ? 'pending' : 'missing', slug, locale, file: articlePath(locale, slug) }];
      return [locale, reportFor(version, existing.filter((other) => other !== version), locales[0] ?? locale)];
    });
    return { slug, versions: Object.fromEntries(entries) as Record<Locale, VersionReport> };
  });
}

function describeChange(change: LastChange | undefined): string {
  if (change === undefined) return 'no git history';
  return change.kind === 'uncommitted' ? 'uncommitted changes' : `commit ${change.hash.slice(0, 7)} (${change.date})`;
}

/** Why a version is outdated, in one sentence an editor can act on. */
export function outdatedReason(report: OutdatedReport): string {
  const { newer } = report;
  if (report.reason === 'updated') {
    return `the ${newer.locale} version says updated: ${newer.updated ?? ''}, this one ${report.updated ?? ''}`;
  }
  return `${newer.file} changed later (${describeChange(newer.lastChange)}) than this file (${describeChange(report.lastChange)})`;
}

/**
 * Warnings for the content check: one per outdated translation, on the line of
 * its `updated` field. `lineOfUpdated` maps a file to that line (the check's
 * frontmatter line lookup); undefined leaves the line out.
 */
export function outdatedTranslationWarnings(
  rows: readonly TranslationRow[],
  lineOfUpdated: (file: string) => number | undefined,
): EditorialIssue[] {
  const warnings: EditorialIssue[] = [];
  for (const row of rows) {
    for (const report of Object.values(row.versions)) {
      if (report.status !== 'outdated') continue;
      warnings.push({
        file: report.file,
        line: lineOfUpdated(report.file),
        field: 'updated',
        rule: 'translation-outdated',
        severity: 'warning',
        problem: `the translation is behind: ${outdatedReason(report)}`,
        fix:
          report.reason === 'updated'
            ? `translate what changed in ${report.newer.file}, then set updated: to ${report.newer.updated ?? ''} or later`
            : `bring it in line with ${report.newer.file} and commit it; if nothing needs translating, set reviewed: to today and commit that`,
      });
    }
  }
  return warnings;
}

/** The last-change column: short hash and date, "uncommitted", or "–" without history. */
function changeCell(change: LastChange | undefined): string {
  if (change === undefined) return '–';
  return change.kind === 'uncommitted' ? 'uncommitted' : `${change.hash.slice(0, 7)} ${change.date}`;
}

const STATUS_LABEL: Record<TranslationStatus, string> = {
  'up-to-date': 'up to date',
  outdated: 'OUTDATED',
  missing: 'MISSING',
  pending: 'pending',
};

/** A plain-text table, one row per slug, columns per locale: status, updated, last commit. Padded by characters, so keep cells ASCII. */
export function formatTranslationTable(rows: readonly TranslationRow[], locales: readonly Locale[]): string {
  const header = ['slug', ...locales.flatMap((locale) => [locale, 'updated', 'last commit'])];
  const body = rows.map((row) => [
    row.slug,
    ...locales.flatMap((locale) => {
      const report = row.versions[locale];
      if (isAbsent(report)) return [STATUS_LABEL[report.status], '–', '–'];
      return [STATUS_LABEL[report.status], report.updated ?? '?', changeCell(report.lastChange)];
    }),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]?.length ?? 0)));
  const render = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...body.map(render)].join('\n');
}

/** "24 articles; zh-CN: 24 up to date; en: 22 up to date, 1 outdated, 1 pending". */
export function translationSummary(rows: readonly TranslationRow[], locales: readonly Locale[]): string {
  const parts = locales.map((locale) => {
    const counts = TRANSLATION_STATUSES.map((status) => [status, rows.filter((row) => row.versions[locale].status === status).length] as const);
    const listed = counts.filter(([, count]) => count > 0).map(([status, count]) => `${count} ${STATUS_LABEL[status].toLowerCase()}`);
    return `${locale}: ${listed.join(', ') || 'none'}`;
  });
  return `${rows.length} ${rows.length === 1 ? 'article' : 'articles'}; ${parts.join('; ')}`;
}

/** The machine-readable form for `--json`: plain values, full hashes, the newer file for an outdated one. */
export function translationJson(rows: readonly TranslationRow[]) {
  return rows.map((row) => ({
    slug: row.slug,
    versions: Object.fromEntries(
      Object.entries(row.versions).map(([locale, report]) => {
        if (isAbsent(report)) return [locale, { status: report.status, file: report.file }];
        const change = report.lastChange;
        return [
          locale,
          {
            status: report.status,
            file: report.file,
            updated: report.updated ?? null,
            translationPending: report.translationPending,
            lastCommit: change === undefined ? null : change.kind === 'uncommitted' ? 'uncommitted' : { hash: change.hash, date: change.date },
            ...(report.status === 'outdated' ? { newer: report.newer.file, reason: outdatedReason(report) } : {}),
          },
        ];
      }),
    ),
  }));
}
