import { describe, expect, inject, it } from 'vitest';
import { loadQueries, runQueries, score, type QueryOutcome } from '../search/relevance.ts';
import { useBrowser } from './support/chromium.ts';
import { batches } from './support/site.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Queries per test: the query set grows, the tests do not (the score is asked for once all have run). */
const QUERIES_PER_TEST = 16;

describe('search relevance', () => {
  const queries = loadQueries();
  const outcomes: QueryOutcome[] = [];

  it('has at least 30 benchmark queries per language', () => {
    expect(queries.filter((query) => query.locale === 'zh-CN').length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((query) => query.locale === 'en').length).toBeGreaterThanOrEqual(30);
  });

  it.each(batches(queries, QUERIES_PER_TEST).map((batch, index) => ({ batch, label: `${index * QUERIES_PER_TEST + 1}–${index * QUERIES_PER_TEST + batch.length}` })))(
    'answers benchmark queries $label on the search page',
    async ({ batch }) => {
      const found = await runQueries(browser, origin, batch);
      expect(found).toHaveLength(batch.length);
      outcomes.push(...found);
    },
  );

  // Tests in a file run in order, so every batch above has run (or failed) by now.
  it('puts the right article in the top 3 for at least 95% of queries in each language', () => {
    expect(outcomes, 'a batch of queries above failed').toHaveLength(queries.length);
    const misses = outcomes.filter((outcome) => outcome.rank === undefined || outcome.rank > 3).map((outcome) => `${outcome.locale} "${outcome.query}" → ${outcome.results.slice(0, 3).join(', ') || '(nothing)'}; expected ${outcome.expect.join(' or ')}`);
    for (const locale of ['zh-CN', 'en']) {
      expect(score(outcomes, locale).recallAt3, `${locale} misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
