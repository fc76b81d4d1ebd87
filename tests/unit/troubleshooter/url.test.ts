import { describe, expect, it } from 'vitest';
import { decodePath, encodePath, PATH_PARAM } from '../../../src/troubleshooter/engine/index.ts';
import { exampleTrees } from './fixtures.ts';

const trees = exampleTrees();

describe('encodePath', () => {
  it.each([
    ['writes nothing for the start', [], ''],
    ['joins option ids with dots', ['yes', 'failed'], 'yes.failed'],
  ])('%s', (_name, path, expected) => {
    expect(encodePath(path)).toBe(expected);
  });

  it('round-trips through URLSearchParams without escaping', () => {
    const search = new URLSearchParams({ [PATH_PARAM]: encodePath(['not-mine']) }).toString();
    expect(search).toBe('path=not-mine');
    expect(decodePath(trees, 'payment-failed', new URLSearchParams(search).get(PATH_PARAM)).state.path).toEqual(['not-mine']);
  });
});

describe('decodePath', () => {
  it.each([
    ['reads a missing parameter as the start', null, [], false],
    ['reads an empty parameter as the start', '', [], false],
    ['follows a valid path to an outcome', 'yes.failed', ['yes', 'failed'], false],
    ['follows a path into another troubleshooter', 'not-mine', ['not-mine'], false],
    ['drops an option that no longer exists and everything after it', 'yes.refunded.failed', ['yes'], true],
    ['drops answers past an outcome', 'no.yes', ['no'], true],
    ['drops empty segments from a tampered path', 'yes..failed', ['yes'], true],
    ['treats option ids as case-sensitive, like the URL', 'YES', [], true],
    ['survives markup and junk', '<script>alert(1)</script>.%00', [], true],
    ['survives a very long path', Array.from({ length: 10_000 }, () => 'yes').join('.'), ['yes'], true],
  ])('%s', (_name, value, path, recovered) => {
    expect(decodePath(trees, 'payment-failed', value)).toEqual({ state: { tree: 'payment-failed', path }, recovered });
  });
});
