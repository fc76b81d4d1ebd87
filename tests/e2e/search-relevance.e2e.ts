import { describe, expect, inject, it } from 'vitest';
import { loadQueries, runQueries, score, type QueryOutcome, type RelevanceQuery } from '../search/relevance.ts';
import { useBrowser } from './support/chromium.ts';
import { batches } from './support/site.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Queries per test: the query sets grow, the tests do not (each score is asked for once all its batches have run). */
const QUERIES_PER_TEST = 16;

const misses = (outcomes: readonly QueryOutcome[], worse: (rank: number | undefined) => boolean): string =>
  outcomes
    .filter((outcome) => worse(outcome.rank))
    .map((outcome) => `${outcome.locale} "${outcome.query}" → ${outcome.results.slice(0, 3).join(', ') || '(nothing)'}; expected ${outcome.expect.join(' or ')}`)
    .join('\n');

/** Registers one test per batch of a query set; the returned list fills as those tests run. */
function runInBatches(name: string, queries: readonly RelevanceQuery[]): QueryOutcome[] {
  const outcomes: QueryOutcome[] = [];
  it.each(batches(queries, QUERIES_PER_TEST).map((batch, index) => ({ batch, label: `${index * QUERIES_PER_TEST + 1}–${index * QUERIES_PER_TEST + batch.length}` })))(
    `answers ${name} queries $label on the search page`,
    async ({ batch }) => {
      const found = await runQueries(browser, origin, batch);
      expect(found).toHaveLength(batch.length);
      outcomes.push(...found);
    },
  );
  return outcomes;
}

describe('search relevance', () => {
  const queries = loadQueries();
  const tuning = loadQueries('tuning');

  it('has at least 30 benchmark queries per language', () => {
    expect(queries.filter((query) => query.locale === 'zh-CN').length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((query) => query.locale === 'en').length).toBeGreaterThanOrEqual(30);
  });

  const benchmark = runInBatches('benchmark', queries);
  const phrasings = runInBatches('tuning-phrasing', tuning);

  // Tests in a file run in order, so every batch above has run (or failed) by now.
  it('puts the right article in the top 3 for at least 95% of benchmark queries in each language', () => {
    expect(benchmark, 'a batch of queries above failed').toHaveLength(queries.length);
    for (const locale of ['zh-CN', 'en']) {
      expect(score(benchmark, locale).recallAt3, misses(benchmark, (rank) => rank === undefined || rank > 3)).toBeGreaterThanOrEqual(0.95);
    }
  });

  it.each(['zh-CN', 'en'] as const)('finds the right article first for 95%% and in the top 3 for 98%% of the %s tuning phrasings', (locale) => {
    expect(phrasings, 'a batch of phrasings above failed').toHaveLength(tuning.length);
    expect(score(phrasings, locale).recallAt1, misses(phrasings, (rank) => rank !== 1)).toBeGreaterThanOrEqual(0.95);
    expect(score(phrasings, locale).recallAt3, misses(phrasings, (rank) => rank === undefined || rank > 3)).toBeGreaterThanOrEqual(0.98);
  });
});
