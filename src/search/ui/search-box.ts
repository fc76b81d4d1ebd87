/**
 * <kb-search>: the header search, enhanced in place. The server-rendered GET
 * form keeps working; this adds a live result list with the ARIA combobox
 * pattern: arrows move, Enter opens, Esc closes, the count is announced, and
 * nothing is searched while an IME composition (pinyin input) is in progress.
 */
import { decodeMessage, format } from '../../i18n/format.ts';
import { onSettledInput, type SettledInput } from '../../lib/settled-input.ts';
import { prepareSearch, searchSite, type SearchHit } from './pagefind-client.ts';
import { renderExcerpt } from './render-excerpt.ts';
import { reportSearch } from '../../feedback/ui/search-miss.ts';
import { limitQuery, type SearchLocale } from '../engine/query-variants.ts';

export class KbSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #popup!: HTMLElement;
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #state!: HTMLElement;
  #active = -1;
  #settled!: SettledInput;
  #latest = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const popup = this.querySelector<HTMLElement>('[data-search-popup]');
    const list = this.querySelector<HTMLOListElement>('[data-search-list]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const state = this.querySelector<HTMLElement>('[data-search-state]');
    if (!input || !popup || !list || !status || !state) return;
    [this.#input, this.#popup, this.#list, this.#status, this.#state] = [input, popup, list, status, state];
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    this.#settled = onSettledInput(input, () => void this.#run());
    input.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    // The module loads when the reader focuses the box (loader.ts): they are about to search.
    prepareSearch(this.#locale());
    if (input.value.trim() !== '') this.#settled.schedule();
  }

  #locale(): SearchLocale {
    return (this.dataset['locale'] ?? 'zh-CN') as SearchLocale;
  }

  async #run(): Promise<void> {
    const { query, truncated } = limitQuery(this.#input.value);
    const ticket = ++this.#latest;
    if (query === '') {
      this.#close();
      return;
    }
    // The first search downloads the index (seconds on a slow link): say so at once
    // instead of leaving a blank box, and keep saying if the question was cut.
    const notice = truncated ? (this.dataset['tooLong'] ?? '') : '';
    this.#setState(`${this.dataset['searching'] ?? ''} ${notice}`.trim());
    this.#list.setAttribute('aria-busy', 'true');
    this.#open();
    let hits: SearchHit[];
    try {
      hits = await searchSite(query, this.#locale(), {}, 6);
    } catch {
      if (ticket === this.#latest) this.#showMessage(this.dataset['error'] ?? '');
      return;
    }
    if (ticket !== this.#latest || !this.contains(document.activeElement)) return;
    this.#setState(notice);
    this.#render(hits, query);
    reportSearch(this.#locale(), query, hits.length);
  }

  #setState(text: string): void {
    this.#state.textContent = text;
    this.#state.hidden = text === '';
  }

  #render(hits: SearchHit[], query: string): void {
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(
      ...hits.map((hit, index) => {
        const item = document.createElement('li');
        item.id = `${this.#list.id}-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        const link = document.createElement('a');
        link.href = hit.url;
        link.dataset['searchResult'] = '';
        link.tabIndex = -1;
        const title = document.createElement('span');
        title.className = 'search-hit-title';
        title.textContent = hit.title;
        const excerpt = document.createElement('span');
        excerpt.className = 'search-hit-excerpt';
        renderExcerpt(hit.excerpt, excerpt);
        link.append(title, excerpt);
        item.append(link);
        item.addEventListener('mousedown', (event) => event.preventDefault());
        return item;
      }),
    );
    const all = document.createElement('li');
    all.className = 'search-all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    const more = document.createElement('a');
    more.href = `${this.dataset['searchUrl'] ?? ''}?q=${encodeURIComponent(query)}`;
    more.textContent = hits.length === 0 ? (this.dataset['none'] ?? '') : (this.dataset['all'] ?? '');
    more.tabIndex = -1;
    all.append(more);
    this.#list.append(all);
    this.#list.removeAttribute('aria-busy');
    const count = format(this.#locale(), decodeMessage(this.dataset['count']), { n: hits.length });
    this.#status.textContent = [count, this.#state.textContent].join(' ').trim();
    this.#open();
  }

  #showMessage(message: string): void {
    const item = document.createElement('li');
    item.className = 'search-all';
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const link = document.createElement('a');
    link.href = this.dataset['fallbackUrl'] ?? '/';
    link.textContent = message;
    item.append(link);
    this.#list.replaceChildren(item);
    this.#list.removeAttribute('aria-busy');
    this.#setState('');
    this.#status.textContent = message;
    this.#open();
  }

  #options(): HTMLElement[] {
    return [...this.#list.querySelectorAll<HTMLElement>('li')];
  }

  #move(step: number): void {
    const options = this.#options();
    if (options.length === 0) return;
    options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = (this.#active + step + options.length) % options.length;
    const current = options[this.#active];
    if (!current) return;
    current.id ||= `${this.#list.id}-all`;
    current.setAttribute('aria-selected', 'true');
    this.#input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  #onKey(event: KeyboardEvent): void {
    if (event.isComposing || this.#settled.composing) return;
    const open = !this.#popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      this.#move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open && this.#active >= 0) {
      const link = this.#options()[this.#active]?.querySelector('a');
      if (link) {
        event.preventDefault();
        link.click();
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        this.#close();
      } else {
        this.#input.value = '';
      }
    }
  }

  #open(): void {
    this.#popup.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close(): void {
    // A search still in flight must not reopen the list after the reader has left it.
    this.#settled.cancel();
    this.#latest += 1;
    this.#popup.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }
}

export function defineSearchBox(): void {
  if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
}
