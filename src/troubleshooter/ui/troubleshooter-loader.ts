/**
 * Loads <kb-troubleshooter> only when it is needed. A full troubleshooter page
 * needs it at once (a shared link's answers, Back and Forward). A troubleshooter
 * embedded in a guide works as plain links until the reader reaches for it, so
 * the guide's first visit stays light: the element (about 4 KiB gzip) comes on
 * the first focus or tap inside it, and the tap that started it is replayed.
 */
let loading: Promise<unknown> | undefined;
const load = (): Promise<unknown> => (loading ??= import('./troubleshooter-element.ts'));

const elements = [...document.querySelectorAll<HTMLElement>('kb-troubleshooter')];
if (elements.some((element) => !element.hasAttribute('data-embedded'))) {
  void load();
} else {
  for (const element of elements) {
    element.addEventListener('focusin', () => void load(), { once: true });
    const onClick = (event: MouseEvent): void => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-answer], a[data-ts-nav]');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      element.removeEventListener('click', onClick);
      // Offline or a failed chunk: the link still works as a plain page load.
      load().then(() => link.click(), () => (location.href = link.href));
    };
    element.addEventListener('click', onClick);
  }
}

// A module (not a global script), so its names stay its own.
export {};
