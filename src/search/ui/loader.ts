/**
 * The only search code on ordinary pages (a few hundred bytes): it waits for
 * the reader to focus the search box or press / or Ctrl/⌘+K, then loads the
 * real search UI and Pagefind.
 */
let booted: Promise<unknown> | undefined;

function boot(): void {
  booted ??= import('./search-box.ts').then((module) => module.defineSearchBox());
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('focusin', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.closest('kb-search')) boot();
});

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  const slash = event.key === '/' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (!shortcut && !slash) return;
  const input = document.querySelector<HTMLInputElement>('kb-search input[type=search]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
  boot();
});
