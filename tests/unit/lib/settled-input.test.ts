import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onSettledInput, SETTLE_DELAY_MS } from '../../../src/lib/settled-input.ts';

/** An input event as a browser sends it; `isComposing` is true for keystrokes inside an IME composition. */
const inputEvent = (isComposing = false): Event => Object.assign(new Event('input'), { isComposing });

type Step = 'type' | 'type-composing' | 'start' | 'end' | `wait ${number}`;

/** Plays the steps against a fresh box and returns when (ms from the start) the callback ran. */
function play(steps: readonly Step[]): number[] {
  const box = new EventTarget();
  const calls: number[] = [];
  const started = Date.now();
  onSettledInput(box, () => calls.push(Date.now() - started));
  for (const step of steps) {
    if (step === 'type') box.dispatchEvent(inputEvent());
    else if (step === 'type-composing') box.dispatchEvent(inputEvent(true));
    else if (step === 'start') box.dispatchEvent(new Event('compositionstart'));
    else if (step === 'end') box.dispatchEvent(new Event('compositionend'));
    else vi.advanceTimersByTime(Number(step.slice(5)));
  }
  vi.advanceTimersByTime(10 * SETTLE_DELAY_MS);
  return calls;
}

describe('onSettledInput', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each<[string, Step[], number[]]>([
    ['calls back once the reader pauses', ['type'], [SETTLE_DELAY_MS]],
    ['waits through steady typing and calls back once', ['type', 'wait 100', 'type', 'wait 100', 'type'], [200 + SETTLE_DELAY_MS]],
    ['calls back after each pause', ['type', `wait ${SETTLE_DELAY_MS}`, 'type'], [SETTLE_DELAY_MS, 2 * SETTLE_DELAY_MS]],
    ['ignores keystrokes inside a pinyin composition and calls back after it ends (Chrome order)', ['start', 'type-composing', 'wait 500', 'type-composing', 'wait 500', 'end'], [1000 + SETTLE_DELAY_MS]],
    ['handles the final input event Safari sends after compositionend', ['start', 'type-composing', 'wait 300', 'end', 'type'], [300 + SETTLE_DELAY_MS]],
    ['drops a pending call when a composition starts, so half-typed letters never run', ['type', 'wait 50', 'start', 'wait 1000', 'type-composing'], []],
    ['does not count plain input events while the composition flag is up', ['start', 'type', 'wait 1000'], []],
  ])('%s', (_name, steps, expected) => {
    expect(play(steps)).toEqual(expected);
  });

  it('says whether a composition is open, and can be scheduled by the page, cancelled on submit, and disposed', () => {
    const box = new EventTarget();
    const settled = vi.fn();
    const handle = onSettledInput(box, settled, 50);
    box.dispatchEvent(new Event('compositionstart'));
    expect(handle.composing).toBe(true);
    box.dispatchEvent(new Event('compositionend'));
    expect(handle.composing).toBe(false);
    vi.advanceTimersByTime(50);
    expect(settled).toHaveBeenCalledTimes(1);
    handle.schedule();
    vi.advanceTimersByTime(50);
    expect(settled).toHaveBeenCalledTimes(2);
    box.dispatchEvent(inputEvent());
    handle.cancel();
    vi.advanceTimersByTime(100);
    expect(settled).toHaveBeenCalledTimes(2);
    handle.dispose();
    box.dispatchEvent(inputEvent());
    vi.advanceTimersByTime(100);
    expect(settled).toHaveBeenCalledTimes(2);
  });
});
