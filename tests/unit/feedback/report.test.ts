import { describe, expect, it } from 'vitest';
import { formatHtml, formatTable } from '../../../src/feedback/engine/report-format.ts';
import { buildReport, parseDuration, relaxedSearch, type StoredEvent } from '../../../src/feedback/engine/report.ts';
import type { Target } from '../../../src/feedback/engine/targets.ts';

const DAY = 86_400_000;
const since = Date.UTC(2026, 10, 1);
const until = since + 3 * DAY;
const targets: Target[] = [
  { locale: 'zh-CN', target: 'article', slug: 'refund-status', url: '/zh-cn/articles/refund-status/', title: '退款多久到账', file: 'content/articles/zh-CN/refund-status.mdx', phrases: ['退款还没到', '钱什么时候退回来'] },
  { locale: 'en', target: 'article', slug: 'refund-status', url: '/en/articles/refund-status/', title: 'When will my refund arrive', file: 'content/articles/en/refund-status.mdx', phrases: ['refund not received'] },
  { locale: 'en', target: 'article', slug: 'forgot-password', url: '/en/articles/forgot-password/', title: 'Forgot your password', file: 'content/articles/en/forgot-password.mdx', phrases: [] },
];
const vote = (at: number, locale: 'zh-CN' | 'en', slug: string, value: 'yes' | 'no', reason?: 'out-of-date' | 'steps-failed', comment?: string): StoredEvent => ({
  type: 'vote', receivedAt: at, locale, target: 'article', slug, vote: value, reason, comment,
});
const miss = (at: number, locale: 'zh-CN' | 'en', query: string): StoredEvent => ({ type: 'search-miss', receivedAt: at, locale, query });

const events: StoredEvent[] = [
  vote(since + 1000, 'zh-CN', 'refund-status', 'no', 'out-of-date', '页面上的按钮找不到'),
  vote(since + DAY, 'zh-CN', 'refund-status', 'no', 'out-of-date'),
  vote(since + DAY, 'zh-CN', 'refund-status', 'yes'),
  vote(since + 2 * DAY, 'zh-CN', 'refund-status', 'no', 'steps-failed', '<script>alert(1)</script>'),
  vote(since + DAY, 'en', 'refund-status', 'yes'),
  vote(since - 1, 'en', 'forgot-password', 'no'),
  vote(until, 'en', 'forgot-password', 'no'),
  miss(since + 5, 'zh-CN', '退款没到'),
  miss(since + 6, 'zh-CN', '退款没到'),
  miss(since + 7, 'en', 'asdfghjkl'),
];

describe('buildReport', () => {
  const report = buildReport(events, targets, since, until);

  it('has the JSON shape tools rely on', () => {
    expect(report.articles).toContainEqual(expect.objectContaining({ locale: 'zh-CN', slug: 'refund-status', yes: 1, no: 3, reasons: { 'out-of-date': 2, 'steps-failed': 1 } }));
    expect(report.searches).toContainEqual(expect.objectContaining({ locale: 'zh-CN', query: '退款没到', count: 2 }));
  });

  it('counts only events inside the period', () => {
    expect(report.articles.find((row) => row.slug === 'forgot-password')).toBeUndefined();
  });

  it('puts the least helpful page first, with its helpful share and the file to edit', () => {
    expect(report.articles[0]).toMatchObject({ locale: 'zh-CN', helpful: 25, file: 'content/articles/zh-CN/refund-status.mdx' });
    expect(report.articles[1]).toMatchObject({ locale: 'en', helpful: 100 });
  });

  it('lists the latest comments newest first', () => {
    expect(report.articles[0]?.comments.map((comment) => comment.text)).toEqual(['<script>alert(1)</script>', '页面上的按钮找不到']);
  });

  it('counts votes per day, including days without any', () => {
    expect(report.days).toEqual([
      { day: '2026-11-01', yes: 0, no: 1 },
      { day: '2026-11-02', yes: 2, no: 1 },
      { day: '2026-11-03', yes: 0, no: 1 },
    ]);
  });

  it('suggests the article a relaxed search finds for a failed query, and nothing for nonsense', () => {
    expect(report.searches.find((row) => row.query === '退款没到')?.suggestions.map((suggestion) => suggestion.slug)).toEqual(['refund-status']);
    expect(report.searches.find((row) => row.query === 'asdfghjkl')?.suggestions).toEqual([]);
  });
});

describe('relaxedSearch', () => {
  it('tolerates a typo in English', () => {
    expect(relaxedSearch('refnd not recieved', 'en', targets).map((suggestion) => suggestion.slug)).toEqual(['refund-status']);
  });

  it('only suggests pages of the query’s language', () => {
    expect(relaxedSearch('退款', 'en', targets)).toEqual([]);
  });
});

describe('the report formats', () => {
  const report = buildReport(events, targets, since, until);

  it('escapes what readers typed in the HTML page', () => {
    const html = formatHtml(report);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes a self-contained HTML page with an inline SVG chart and no external assets', () => {
    const html = formatHtml(report);
    expect(html).toContain('<svg');
    expect(html.match(/<rect/g)).toHaveLength(2 * report.days.length);
    expect(html).not.toMatch(/<(?:script|link|img)\b|src=|url\(/i);
  });

  it('prints a table that names the file to edit', () => {
    expect(formatTable(report)).toContain('content/articles/zh-CN/refund-status.mdx');
  });
});

describe('parseDuration', () => {
  it.each<[string, number | undefined]>([['30d', 30 * DAY], ['12h', 12 * 3_600_000], ['2w', 14 * DAY], ['30', undefined], ['-1d', undefined], ['1y', undefined]])('%s', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });
});
