/**
 * Renders /<locale>/search/?q=… results (a shared or bookmarked search), with
 * category and kind filters, live updates as the reader refines the query,
 * and honest empty and offline states.
 */
import { decodeMessage, format } from '../../i18n/format.ts';
import { onSettledInput } from '../../lib/settled-input.ts';
import { searchSite } from './pagefind-client.ts';
import { limitQuery, type SearchLocale } from '../engine/query-variants.ts';
import { renderExcerpt } from './render-excerpt.ts';
import { reportSearch } from '../../feedback/ui/search-miss.ts';
import { carryToLanguageSwitch } from '../../lib/lang-switch.ts';

/** The query and the filters (category and kind ids, the same in every language). */
const SEARCH_PARAMS = ['q', 'category', 'kind'] as const;

export function enhanceSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name=q]');
  const results = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const heading = root.querySelector<HTMLElement>('[data-search-heading]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const emptyText = root.querySelector<HTMLElement>('[data-search-empty-text]');
  const failed = root.querySelector<HTMLElement>('[data-search-error]');
  const state = root.querySelector<HTMLElement>('[data-search-state]');
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  if (!form || !input || !results || !status || !heading || !empty || !emptyText || !failed || !state) return;
  const setState = (text: string): void => {
    state.textContent = text;
    state.hidden = text === '';
  };

  const locale = (root.dataset['locale'] ?? 'zh-CN') as SearchLocale;
  // The keyboard shortcut exists only with JavaScript, so it is only mentioned then.
  const shortcut = root.querySelector<HTMLElement>('[data-search-shortcut]');
  if (shortcut) shortcut.hidden = false;
  const defaultHeading = heading.textContent ?? '';
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  carryToLanguageSwitch(SEARCH_PARAMS);
  let ticket = 0;

  const filterValue = (name: string): string | undefined => selects.find((select) => select.name === name)?.value || undefined;

  const run = async (updateUrl: boolean): Promise<void> => {
    const { query, truncated } = limitQuery(input.value);
    const notice = truncated ? (root.dataset['tooLong'] ?? '') : '';
    const mine = ++ticket;
    if (updateUrl) {
      const next = new URLSearchParams();
      if (query) next.set('q', query);
      for (const select of selects) if (select.value) next.set(select.name, select.value);
      history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);
      carryToLanguageSwitch(SEARCH_PARAMS);
    }
    failed.hidden = true;
    if (query === '') {
      results.replaceChildren();
      empty.hidden = true;
      setState('');
      heading.textContent = defaultHeading;
      return;
    }
    // The first search downloads the index (seconds on a slow link): say so at once.
    setState(`${root.dataset['searching'] ?? ''} ${notice}`.trim());
    results.setAttribute('aria-busy', 'true');
    try {
      const hits = await searchSite(query, locale, { category: filterValue('category'), kind: filterValue('kind') }, 20);
      if (mine !== ticket) return;
      setState(notice);
      results.removeAttribute('aria-busy');
      heading.textContent = format(locale, decodeMessage(root.dataset['resultsFor'] ?? '{q}'), { q: query });
      document.title = `${heading.textContent} · ${document.title.split(' · ').slice(-1)[0] ?? ''}`;
      results.replaceChildren(...hits.map((hit) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.className = 'hit-title';
        link.dataset['searchResult'] = '';
        link.textContent = hit.title;
        const excerpt = document.createElement('p');
        excerpt.className = 'hit-excerpt';
        renderExcerpt(hit.excerpt, excerpt);
        item.append(link, excerpt);
        if (hit.sections.length > 0) {
          const sections = document.createElement('ul');
          sections.className = 'hit-sections';
          for (const section of hit.sections) {
            const sectionItem = document.createElement('li');
            const sectionLink = document.createElement('a');
            sectionLink.href = section.url;
            sectionLink.dataset['searchSection'] = '';
            sectionLink.textContent = section.title;
            sectionItem.append(sectionLink);
            sections.append(sectionItem);
          }
          item.append(sections);
        }
        return item;
      }));
      empty.hidden = hits.length > 0;
      // A filter can empty the list on its own; only an unfiltered search that finds nothing is a gap in the content.
      if (!filterValue('category') && !filterValue('kind')) reportSearch(locale, query, hits.length);
      emptyText.textContent = format(locale, decodeMessage(root.dataset['none'] ?? '{q}'), { q: query });
      status.textContent = [format(locale, decodeMessage(root.dataset['count']), { n: hits.length }), notice].join(' ').trim();
    } catch {
      if (mine !== ticket) return;
      setState('');
      results.removeAttribute('aria-busy');
      results.replaceChildren();
      empty.hidden = true;
      failed.hidden = false;
      status.textContent = failed.textContent ?? '';
    }
  };

  onSettledInput(input, () => void run(true));
  for (const select of selects) select.addEventListener('change', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  void run(false);
}
