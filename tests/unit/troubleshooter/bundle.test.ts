import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../src/troubleshooter/ui/summary-text.ts';
import { LOCALES } from '../../../src/schemas/common.ts';
import { buildCaseSummary, locate } from '../../../src/troubleshooter/engine/index.ts';
import { reachableTrees, treeBundle } from '../../../src/troubleshooter/engine/bundle.ts';
import { exampleTrees } from './fixtures.ts';

const trees = exampleTrees();

describe('the per-page tree bundle', () => {
  it('includes a tree that an option jumps to, after the starting tree', () => {
    expect(reachableTrees(trees, 'payment-failed').map((tree) => tree.id)).toEqual(['payment-failed', 'unknown-payment']);
  });

  it('leaves out trees the reader cannot reach from where they start', () => {
    expect(reachableTrees(trees, 'unknown-payment').map((tree) => tree.id)).toEqual(['unknown-payment']);
  });

  it('is empty for a tree that does not exist', () => {
    expect(treeBundle(trees, 'no-such-tree', 'en', LOCALES)).toEqual([]);
  });

  it.each(LOCALES)('keeps only the %s text', (locale) => {
    const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
    const json = JSON.stringify(treeBundle(trees, 'payment-failed', locale, LOCALES));
    expect(json).toContain(`"${locale}":`);
    expect(json).not.toContain(`"${other}":`);
  });

  it('gives the engine the same answers and summary as the full set of trees', () => {
    const bundle = treeBundle(trees, 'payment-failed', 'en', LOCALES);
    const state = { tree: 'payment-failed', path: ['not-mine'] }; // crosses into unknown-payment
    expect(locate(bundle, state).node.id).toBe(locate(trees, state).node.id);
    expect(buildCaseSummary(bundle, state, 'en', summaryText('en')).text).toBe(buildCaseSummary(trees, state, 'en', summaryText('en')).text);
  });
});
