import { describe, expect, it } from 'vitest';
import { answer, back, locate, restart, start, transition, type State } from '../../../src/troubleshooter/engine/index.ts';
import { exampleTrees } from './fixtures.ts';

const trees = exampleTrees();
const paymentFailed = trees.find((tree) => tree.id === 'payment-failed');
if (!paymentFailed) throw new Error('the example tree payment-failed is missing');
const at = (...path: string[]): State => ({ tree: 'payment-failed', path });

describe('start', () => {
  it('begins at the tree start with nothing answered', () => {
    const state = start(paymentFailed);
    expect(state).toEqual(at());
    expect(locate(trees, state).node.id).toBe('charged');
  });
});

describe('transition', () => {
  it.each([
    ['answering a question moves to the node the option leads to', at(), { type: 'answer', option: 'yes' }, at('yes'), 'status'],
    ['answering again goes one level deeper', at('yes'), { type: 'answer', option: 'failed' }, at('yes', 'failed'), 'auto-refund'],
    ['an option of another question is ignored', at('yes'), { type: 'answer', option: 'no' }, at('yes'), 'status'],
    ['an unknown option is ignored', at(), { type: 'answer', option: 'maybe' }, at(), 'charged'],
    ['nothing can be answered at an outcome', at('no'), { type: 'answer', option: 'yes' }, at('no'), 'retry'],
    ['an option can lead into another troubleshooter', at(), { type: 'answer', option: 'not-mine' }, at('not-mine'), 'act-now'],
    ['back undoes the last answer', at('yes', 'failed'), { type: 'back' }, at('yes'), 'status'],
    ['back at the start stays at the start', at(), { type: 'back' }, at(), 'charged'],
    ['restart forgets every answer', at('yes', 'failed'), { type: 'restart' }, at(), 'charged'],
  ] as const)('%s', (_name, state, event, expected, node) => {
    const next = transition(trees, state, event);
    expect(next).toEqual(expected);
    expect(locate(trees, next).node.id).toBe(node);
  });

  it('returns the very same state object when an event does not apply, so the UI can skip a render', () => {
    const state = at();
    expect(transition(trees, state, { type: 'back' })).toBe(state);
    expect(answer(trees, state, 'maybe')).toBe(state);
  });

  it('offers answer, back and restart as shorthands', () => {
    const state = answer(trees, answer(trees, start(paymentFailed), 'yes'), 'processing');
    expect(state).toEqual(at('yes', 'processing'));
    expect(back(state)).toEqual(at('yes'));
    expect(restart(state)).toEqual(at());
  });
});

describe('locate', () => {
  it('lists each answered question with the option chosen, across troubleshooters', () => {
    const position = locate(trees, at('not-mine'));
    expect(position.steps.map((step) => [step.tree.id, step.question.id, step.option.id])).toEqual([['payment-failed', 'charged', 'not-mine']]);
    expect([position.tree.id, position.node.id, position.recovered]).toEqual(['unknown-payment', 'act-now', false]);
  });

  it('keeps the longest valid prefix of a path and says it recovered', () => {
    const position = locate(trees, at('yes', 'refunded', 'failed'));
    expect([position.path, position.node.id, position.recovered]).toEqual([['yes'], 'status', true]);
  });

  it('throws for a troubleshooter that is not among the trees, which is a bug in the page', () => {
    expect(() => locate(trees, { tree: 'missing', path: [] })).toThrow('Unknown troubleshooter "missing"');
  });
});
