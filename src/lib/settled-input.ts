/**
 * Calls back once the reader has paused typing in a text box: the one debounce for every
 * search-as-you-type box (the header search, the search page, the contact checker).
 *
 * IME-aware: while a composition is open (pinyin, wubi, kana, a phone's handwriting pad) the
 * box holds half-typed Latin letters such as "zhifu", not what the reader means, so nothing is
 * scheduled until the composition ends and the characters (支付) are in the box. Both event
 * orders are handled: Chrome sends compositionend last; Safari sends a last input event after it.
 */

/**
 * How long the box must stay unchanged: 200 ms. Steady typing on a phone or keyboard leaves
 * about 100–200 ms between keys, so a search does not run on every letter, while a pause of a
 * fifth of a second still feels immediate. The three boxes used 160, 200 and 250 ms with no
 * reason given; one value keeps them alike.
 */
export const SETTLE_DELAY_MS = 200;

export interface SettledInput {
  /** True while an IME composition is open, for key handlers that must leave the IME's keys alone. */
  readonly composing: boolean;
  /** Starts (or restarts) the wait, e.g. for a value the page filled in itself. Does nothing during a composition. */
  schedule(): void;
  /** Drops a pending call, e.g. when the form is submitted and the caller runs at once. */
  cancel(): void;
  /** Stops listening and drops a pending call. */
  dispose(): void;
}

/** Listens on `input` (any event target with input and composition events, usually an <input>). */
export function onSettledInput(input: EventTarget, settled: () => void, delay: number = SETTLE_DELAY_MS): SettledInput {
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (): void => {
    if (composing) return;
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      settled();
    }, delay);
  };
  const onInput = (event: Event): void => {
    // isComposing is on InputEvent; a plain Event (a script's dispatch) counts as typing.
    if ((event as Event & { isComposing?: boolean }).isComposing === true) return;
    schedule();
  };
  const onStart = (): void => {
    composing = true;
    cancel();
  };
  const onEnd = (): void => {
    composing = false;
    schedule();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('compositionstart', onStart);
  input.addEventListener('compositionend', onEnd);
  return {
    get composing() {
      return composing;
    },
    schedule,
    cancel,
    dispose: () => {
      cancel();
      input.removeEventListener('input', onInput);
      input.removeEventListener('compositionstart', onStart);
      input.removeEventListener('compositionend', onEnd);
    },
  };
}
