import { describe, expect, inject, it } from 'vitest';
import { loadQueries, runQueries, score } from '../search/relevance.ts';
import { useBrowser } from './support/chromium.ts';

const origin = inject('origin');
const browser = useBrowser();

describe('search relevance', () => {
  it('has at least 30 benchmark queries per language', () => {
    const queries = loadQueries();
    expect(queries.filter((query) => query.locale === 'zh-CN').length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((query) => query.locale === 'en').length).toBeGreaterThanOrEqual(30);
  });

  // One test per language so no single test runs all 120 phrasings; the timeout only guards against a hang.
  it.each(['zh-CN', 'en'] as const)('finds the right article first for 95%% and in the top 3 for 98%% of the %s tuning phrasings', async (locale) => {
    const outcomes = await runQueries(browser, origin, loadQueries('tuning').filter((query) => query.locale === locale));
    const misses = outcomes.filter((outcome) => outcome.rank !== 1).map((outcome) => `"${outcome.query}" → ${outcome.results.slice(0, 3).join(', ') || '(nothing)'}; expected ${outcome.expect.join(' or ')}`);
    expect(score(outcomes, locale).recallAt1, `not first:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(score(outcomes, locale).recallAt3, `not first:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.98);
  }, 300_000);

  it('puts the right article in the top 3 for at least 95% of queries in each language', async () => {
    const outcomes = await runQueries(browser, origin, loadQueries());
    const misses = outcomes.filter((outcome) => outcome.rank === undefined || outcome.rank > 3).map((outcome) => `${outcome.locale} "${outcome.query}" → ${outcome.results.slice(0, 3).join(', ') || '(nothing)'}; expected ${outcome.expect.join(' or ')}`);
    for (const locale of ['zh-CN', 'en']) {
      expect(score(outcomes, locale).recallAt3, `${locale} misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
