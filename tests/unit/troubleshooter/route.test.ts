import { describe, expect, it } from 'vitest';
import { pathTo } from '../../../src/troubleshooter/engine/index.ts';
import { exampleTrees } from './fixtures.ts';

const trees = exampleTrees();

describe('pathTo', () => {
  it.each([
    ['the start node itself', 'payment-failed', 'charged', []],
    ['a node one answer away', 'payment-failed', 'retry', ['no']],
    ['a node two answers away', 'payment-failed', 'auto-refund', ['yes', 'failed']],
    ['a node in another tree, across the jump', 'unknown-payment', 'act-now', ['not-mine']],
  ] as const)('finds the shortest answers to %s', (_name, tree, node, expected) => {
    expect(pathTo(trees, 'payment-failed', tree, node)).toEqual(expected);
  });

  it('returns undefined for a node that cannot be reached from that start', () => {
    expect(pathTo(trees, 'unknown-payment', 'payment-failed', 'retry')).toBeUndefined();
    expect(pathTo(trees, 'no-such-tree', 'payment-failed', 'retry')).toBeUndefined();
  });
});
