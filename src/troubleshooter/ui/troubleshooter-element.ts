/**
 * <kb-troubleshooter>: the thin DOM shell around the pure engine. Every node
 * is a static page; this element fetches the next node's page and swaps its
 * view in place (no full reload), keeps the URL in step with pushState so
 * Back and sharing work, moves focus to the new question and announces it,
 * and keeps the case summary current as the reader adds details.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Tree } from '../../schemas/troubleshooter.ts';
import { decodeMessage, format } from '../../i18n/format.ts';
import { buildCaseSummary } from '../engine/summary.ts';
import { decodePath, encodePath, FROM_PARAM, nodeHref, PATH_PARAM } from '../engine/url.ts';
import { locate } from '../engine/machine.ts';
import { summaryText } from './summary-text.ts';
import { carryToLanguageSwitch } from '../../lib/lang-switch.ts';

/** Per starting tree: the trees it reaches, in the page's language; a failed fetch (offline) is forgotten so the next use tries again. */
const bundles = new Map<string, Promise<Tree[]>>();
const loadTrees = (segment: string, from: string): Promise<Tree[]> => {
  const url = `/${segment}/troubleshoot/${encodeURIComponent(from)}.json`;
  let bundle = bundles.get(url);
  if (!bundle) {
    bundle = fetch(url).then((response) => {
      // No such tree (a tampered ?from=): nothing to follow, which the caller reports.
      if (response.status === 404) return [];
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<Tree[]>;
    });
    bundle.catch(() => bundles.delete(url));
    bundles.set(url, bundle);
  }
  return bundle;
};
const pages = new Map<string, Promise<Document>>();
const loadPage = (href: string): Promise<Document> => {
  let page = pages.get(href);
  if (!page) {
    page = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(String(response.status));
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(href));
    pages.set(href, page);
  }
  return page;
};

class KbTroubleshooter extends HTMLElement {
  /** Increases with every navigation, so a slow page that arrives late cannot overwrite a newer one. */
  #navigation = 0;

  get #embedded(): boolean {
    return this.hasAttribute('data-embedded');
  }

  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-answer], a[data-ts-nav]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      void this.#go(link.href, true);
    });
    this.addEventListener('input', () => void this.#updateSummary().catch(() => undefined));
    this.addEventListener('change', () => void this.#updateSummary().catch(() => undefined));
    if (!this.#embedded) {
      window.addEventListener('popstate', () => void this.#go(location.href, false));
      history.replaceState({ troubleshooter: true }, '');
      void this.#checkUrl().catch(() => undefined);
    }
    this.#enhanceView();
    // At a start node the server already rendered everything right; the trees are fetched on the first answer.
    if (this.hasAttribute('data-known') && this.dataset['path']) void this.#syncView().catch(() => undefined);
  }

  /** A shared link whose answers no longer lead here (tampered or stale) goes to the furthest valid step, with a notice. */
  async #checkUrl(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const from = params.get(FROM_PARAM);
    if (!from) return;
    const trees = await loadTrees(this.#segment, from);
    if (!trees.some((tree) => tree.id === from)) return this.#notice();
    const { state, recovered } = decodePath(trees, from, params.get(PATH_PARAM));
    const position = locate(trees, state);
    if (!recovered && position.node.id === this.dataset['node'] && position.tree.id === this.dataset['tree']) {
      this.#adopt(from, state.path);
      await this.#syncView();
      return;
    }
    this.#notice();
    await this.#go(nodeHref(this.#segment, position.tree.id, position.node.id, { from, path: state.path }), false);
  }

  get #segment(): string {
    return (this.dataset['locale'] ?? 'zh-CN').toLowerCase();
  }

  /** Records the answers that really led here; they drive the history, Back, the links and the summary. */
  #adopt(from: string, path: readonly string[]): void {
    this.dataset['from'] = from;
    this.dataset['path'] = encodePath(path);
    this.dataset['known'] = '';
    // The full troubleshooter's URL carries the answers; switching language keeps them.
    if (!this.#embedded) carryToLanguageSwitch([FROM_PARAM, PATH_PARAM], `?${new URLSearchParams({ [FROM_PARAM]: from, [PATH_PARAM]: this.dataset['path'] })}`);
  }

  /**
   * Node pages are static, so their history, Back link and answer links assume nothing
   * about the way in. Once the answers are known, rewrite those from the engine.
   */
  async #syncView(): Promise<void> {
    if (!this.hasAttribute('data-known')) return;
    const from = this.dataset['from'] ?? '';
    const trees = await loadTrees(this.#segment, from);
    const locale = (this.dataset['locale'] ?? 'zh-CN') as Locale;
    const { path, steps } = locate(trees, { tree: from, path: (this.dataset['path'] ?? '').split('.').filter(Boolean) });
    const href = (tree: string, node: string, trail: readonly string[]): string => nodeHref(this.#segment, tree, node, { from, path: trail });

    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) {
      const target = new URL(link.href);
      const [, , , tree = '', node = ''] = target.pathname.split('/');
      link.href = href(tree, node, [...path, link.dataset['answer'] ?? '']);
    }
    const history = this.querySelector<HTMLDetailsElement>('[data-ts-answers]');
    if (history) {
      history.hidden = steps.length === 0;
      const summary = history.querySelector('summary');
      if (summary) summary.textContent = format(locale, decodeMessage(this.dataset['answersLabel']), { n: steps.length });
      history.querySelector('ol')?.replaceChildren(
        ...steps.map((step, index) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.dataset['tsNav'] = '';
          link.href = href(step.tree.id, step.question.id, path.slice(0, index));
          link.textContent = step.question.text[locale];
          item.append(link, ` — ${step.option.label[locale]}`);
          return item;
        }),
      );
    }
    const back = this.querySelector<HTMLAnchorElement>('[data-ts-back]');
    if (back) {
      const previous = steps.length > 0 ? locate(trees, { tree: from, path: path.slice(0, -1) }) : undefined;
      back.hidden = !previous;
      if (previous) back.href = href(previous.tree.id, previous.node.id, previous.path);
    }
    await this.#updateSummary();
  }

  #notice(): void {
    const notice = this.querySelector<HTMLElement>('[data-ts-notice]');
    if (!notice) return;
    notice.textContent = this.dataset['recovered'] ?? '';
    notice.hidden = false;
  }

  async #go(href: string, push: boolean): Promise<void> {
    const navigation = ++this.#navigation;
    this.setAttribute('aria-busy', 'true');
    let page: Document;
    try {
      page = await loadPage(href);
    } catch {
      location.href = href;
      return;
    } finally {
      if (navigation === this.#navigation) this.removeAttribute('aria-busy');
    }
    if (navigation !== this.#navigation) return;
    const next = page.querySelector<HTMLElement>('kb-troubleshooter');
    const view = next?.querySelector('[data-ts-view]');
    const current = this.querySelector('[data-ts-view]');
    if (!next || !view || !current) {
      location.href = href;
      return;
    }
    const imported = document.importNode(view, true) as HTMLElement;
    if (this.#embedded) this.#fitIntoArticle(imported, href);
    current.replaceWith(imported);
    this.dataset['tree'] = next.dataset['tree'] ?? '';
    this.dataset['node'] = next.dataset['node'] ?? '';
    if (!this.#embedded) {
      // The new node's own language switch (its path), before #adopt adds the answers to it.
      const switchHref = page.querySelector('a[data-lang-switch]')?.getAttribute('href');
      if (switchHref) for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) link.setAttribute('href', switchHref);
    }
    // The fetched page is static; the answers come from the link that was followed.
    const trail = new URL(href, location.href).searchParams;
    const from = trail.get(FROM_PARAM);
    if (from) this.#adopt(from, (trail.get(PATH_PARAM) ?? '').split('.').filter(Boolean));
    else if (next.hasAttribute('data-known')) this.#adopt(next.dataset['from'] ?? '', []);
    else this.removeAttribute('data-known');
    if (!this.#embedded) {
      if (push) history.pushState({ troubleshooter: true }, '', href);
      else if (location.href !== new URL(href, location.href).href) history.replaceState({ troubleshooter: true }, '', href);
      document.title = page.title;
      const title = page.querySelector('h1')?.textContent;
      const h1 = document.querySelector('main h1');
      if (title && h1) h1.textContent = title;
    }
    const heading = this.querySelector<HTMLElement>('[data-ts-heading]');
    heading?.focus();
    const live = this.querySelector('[data-ts-live]');
    if (live) live.textContent = heading?.textContent?.trim() ?? '';
    this.#enhanceView();
    await this.#syncView().catch(() => undefined);
  }

  /**
   * Pages are rendered for the full troubleshooter (h2 questions); inside an article the
   * questions are h3, so headings move one level down, and "open in full" follows along.
   */
  #fitIntoArticle(view: HTMLElement, href: string): void {
    for (const heading of view.querySelectorAll('h2, h3, h4')) {
      const lower = document.createElement(`h${Math.min(Number(heading.tagName[1]) + 1, 6)}`);
      for (const attribute of heading.attributes) lower.setAttribute(attribute.name, attribute.value);
      lower.append(...heading.childNodes);
      heading.replaceWith(lower);
    }
    const open = this.querySelector<HTMLAnchorElement>('[data-ts-open-full]');
    const nav = view.querySelector('.ts-nav');
    if (open && nav) {
      const link = open.cloneNode(true) as HTMLAnchorElement;
      link.href = href;
      nav.append(link);
    }
  }

  /** Shows what only works with JavaScript: the detail fields and the copy button. */
  #enhanceView(): void {
    const fields = this.querySelector<HTMLElement>('[data-ts-fields]');
    const copy = this.querySelector<HTMLButtonElement>('[data-ts-copy]');
    if (fields) fields.hidden = false;
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', () => void this.#copy());
    }
  }

  async #updateSummary(): Promise<void> {
    const text = this.querySelector<HTMLTextAreaElement>('[data-ts-summary-text]');
    if (!text) return;
    const trees = await loadTrees(this.#segment, this.dataset['from'] ?? '');
    const value = (name: string): string => this.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-ts-fields] [name=${name}]`)?.value ?? '';
    const tried = [...this.querySelectorAll<HTMLInputElement>('[data-ts-fields] [name=tried]:checked')].map((box) => Number(box.value));
    const state = { tree: this.dataset['from'] ?? '', path: (this.dataset['path'] ?? '').split('.').filter(Boolean) };
    const locale = (this.dataset['locale'] ?? 'zh-CN') as Locale;
    const summary = buildCaseSummary(trees, state, locale, summaryText(locale), {
      time: value('time'), amount: value('amount'), transaction: value('transaction'), description: value('description'), tried,
      answersKnown: this.hasAttribute('data-known'),
    });
    text.value = summary.text;
    const note = this.querySelector<HTMLElement>('[data-ts-redacted]');
    if (note) {
      note.hidden = summary.redacted.length === 0;
      note.textContent = this.dataset['redacted'] ?? '';
    }
    const mail = this.querySelector<HTMLAnchorElement>('[data-ts-mail]');
    if (mail) mail.href = mail.href.replace(/body=[^&]*/, `body=${encodeURIComponent(summary.text)}`);
  }

  async #copy(): Promise<void> {
    const text = this.querySelector<HTMLTextAreaElement>('[data-ts-summary-text]');
    const status = this.querySelector('[data-ts-copy-status]');
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text.value);
    } catch {
      text.select();
      document.execCommand('copy');
    }
    if (status) status.textContent = this.dataset['copied'] ?? '';
  }
}

if (!customElements.get('kb-troubleshooter')) customElements.define('kb-troubleshooter', KbTroubleshooter);
