/**
 * The editors' report, computed from stored events and the build's targets:
 * which pages readers found unhelpful and why, and what they searched for in
 * vain with the pages a more forgiving search would have offered. Pure.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Reason, TargetKind } from './constants.ts';
import { normaliseQuery } from './normalise.ts';
import { indexTargets, targetKey, type Target } from './targets.ts';

/** One event as the collector stored it. `receivedAt` is rounded down to the hour (see the store). */
export type StoredEvent =
  | { type: 'vote'; receivedAt: number; locale: Locale; target: TargetKind; slug: string; vote: 'yes' | 'no'; reason: Reason | undefined; comment: string | undefined }
  | { type: 'search-miss'; receivedAt: number; locale: Locale; query: string };

export interface ArticleRow {
  locale: Locale;
  slug: string;
  target: TargetKind;
  yes: number;
  no: number;
  /** Whole per cent of yes among votes. */
  helpful: number;
  reasons: Partial<Record<Reason, number>>;
  /** Newest first, at most LATEST_COMMENTS. */
  comments: { at: string; text: string }[];
  title: string | undefined;
  url: string | undefined;
  /** The content file to edit; undefined when the page is no longer in the build. */
  file: string | undefined;
}

export interface Suggestion {
  slug: string;
  title: string;
  url: string;
}

export interface SearchRow {
  locale: Locale;
  query: string;
  count: number;
  suggestions: Suggestion[];
}

export interface DayRow {
  day: string;
  yes: number;
  no: number;
}

export interface Report {
  since: string;
  until: string;
  articles: ArticleRow[];
  searches: SearchRow[];
  /** Votes per UTC day, oldest first, days without votes included (the chart's x axis). */
  days: DayRow[];
}

export const LATEST_COMMENTS = 5;
const MAX_SUGGESTIONS = 3;
/** Share of the query's character pairs a phrase must contain to be suggested. */
const MIN_OVERLAP = 0.5;
const DAY_MS = 86_400_000;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Character pairs without spaces: works for Chinese (no word breaks) and tolerates a typo in English. */
function pairs(text: string): Set<string> {
  const chars = Array.from(normaliseQuery(text).replace(/\s+/g, ''));
  if (chars.length === 1) return new Set(chars);
  const result = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index += 1) result.add(`${chars[index] ?? ''}${chars[index + 1] ?? ''}`);
  return result;
}

/** The articles whose title or aliases share most of the query's character pairs, best first. */
export function relaxedSearch(query: string, locale: Locale, targets: readonly Target[]): Suggestion[] {
  const wanted = pairs(query);
  if (wanted.size === 0) return [];
  const scored: { target: Target; score: number }[] = [];
  for (const target of targets) {
    if (target.locale !== locale || target.target !== 'article') continue;
    let best = 0;
    for (const phrase of [target.title, ...target.phrases]) {
      const have = pairs(phrase);
      let shared = 0;
      for (const pair of wanted) if (have.has(pair)) shared += 1;
      best = Math.max(best, shared / wanted.size);
    }
    if (best >= MIN_OVERLAP) scored.push({ target, score: best });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.target.slug.localeCompare(b.target.slug))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ target }) => ({ slug: target.slug, title: target.title, url: target.url }));
}

/** Aggregates events received in [since, until). Least helpful pages first: that is where editors start. */
export function buildReport(events: Iterable<StoredEvent>, targets: readonly Target[], since: number, until: number): Report {
  const known = indexTargets(targets);
  const articles = new Map<string, ArticleRow>();
  const searches = new Map<string, SearchRow>();
  const days = new Map<string, DayRow>();
  for (let day = Math.floor(since / DAY_MS) * DAY_MS; day < until; day += DAY_MS) days.set(isoDay(day), { day: isoDay(day), yes: 0, no: 0 });
  const comments = new Map<string, { at: number; text: string }[]>();

  for (const event of events) {
    if (event.receivedAt < since || event.receivedAt >= until) continue;
    if (event.type === 'search-miss') {
      const key = `${event.locale} ${event.query}`;
      const row = searches.get(key) ?? { locale: event.locale, query: event.query, count: 0, suggestions: [] };
      row.count += 1;
      searches.set(key, row);
      continue;
    }
    const key = targetKey(event.locale, event.target, event.slug);
    let row = articles.get(key);
    if (!row) {
      const target = known.get(key);
      row = { locale: event.locale, slug: event.slug, target: event.target, yes: 0, no: 0, helpful: 0, reasons: {}, comments: [], title: target?.title, url: target?.url, file: target?.file };
      articles.set(key, row);
    }
    row[event.vote] += 1;
    if (event.reason) row.reasons[event.reason] = (row.reasons[event.reason] ?? 0) + 1;
    if (event.comment) {
      const list = comments.get(key) ?? [];
      list.push({ at: event.receivedAt, text: event.comment });
      comments.set(key, list);
    }
    const day = days.get(isoDay(event.receivedAt));
    if (day) day[event.vote] += 1;
  }

  for (const [key, row] of articles) {
    row.helpful = Math.round((100 * row.yes) / (row.yes + row.no));
    row.comments = (comments.get(key) ?? [])
      .sort((a, b) => b.at - a.at)
      .slice(0, LATEST_COMMENTS)
      .map((comment) => ({ at: new Date(comment.at).toISOString(), text: comment.text }));
  }
  const searchRows = [...searches.values()].sort((a, b) => b.count - a.count || a.query.localeCompare(b.query));
  for (const row of searchRows) row.suggestions = relaxedSearch(row.query, row.locale, targets);

  return {
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
    articles: [...articles.values()].sort((a, b) => a.helpful - b.helpful || b.no - a.no || a.slug.localeCompare(b.slug)),
    searches: searchRows,
    days: [...days.values()],
  };
}

/** "30d", "12h", "2w" → milliseconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,5})([hdw])$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS }[match[2] as 'h' | 'd' | 'w'];
  return Number(match[1]) * unit;
}
