/**
 * <kb-verify>: the /verify page's checker, enhanced in place. The server renders
 * a GET form, the checklist and the official list; this checks what the reader
 * types (debounced, never during an IME composition) and on submit, keeps ?q=
 * in the address bar, and announces checklist results. Everything stays in the
 * browser: the registry arrives as JSON in the page; the only requests are this
 * site's own script chunks (the engine on the first focus or keystroke, the
 * confusables table and the address-list parser the first time an input needs
 * them).
 * The wording comes from reason-text.ts; this file only builds elements.
 */
import type { TextChecker } from '../engine/index.ts';
import { assessRequests } from '../engine/scam-checklist.ts';
import { describeText, type PartView, type TextView, type Tone, type VerdictStep } from './reason-text.ts';
import type { VerifyData } from './verify-data.ts';
import { onSettledInput, type SettledInput } from '../../lib/settled-input.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** 24×24 strokes drawn inside a circle: ✓, !, ✗, i, ?. */
const ICONS: Record<Tone, string> = {
  ok: 'M7.5 12.5l3 3 6-6.5',
  caution: 'M12 6.5v7m0 3.5v.5',
  danger: 'M8.5 8.5l7 7m0-7l-7 7',
  info: 'M12 11v6m0-9.5v.5',
  unknown: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7m0 3v.5',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function icon(tone: Tone): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'verdict-icon');
  const circle = document.createElementNS(SVG, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', '10.5');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[tone]);
  svg.append(circle, path);
  return svg;
}

function stepItem(step: VerdictStep): HTMLLIElement {
  const item = element('li', '', step.text);
  if (step.link) {
    const link = element('a', '', step.link.label);
    link.href = step.link.href;
    item.append(' ', link);
  }
  return item;
}

/** One line per contact detail found: its verdict badge, what was found and the one-line verdict. */
function partList(parts: readonly PartView[]): HTMLUListElement {
  const list = element('ul', 'verdict-parts');
  list.append(
    ...parts.map((part) => {
      const item = element('li', 'verdict-part');
      item.dataset['verifyPart'] = '';
      item.dataset['verdict'] = part.verdict;
      item.dataset['tone'] = part.tone;
      if (part.imitates !== undefined) item.dataset['imitates'] = part.imitates;
      item.append(icon(part.tone), element('span', 'verdict-badge', part.badge), ' ', element('code', '', part.input), ' ', element('span', '', part.headline));
      return item;
    }),
  );
  return list;
}

export class KbVerify extends HTMLElement {
  /** The engine, loaded on the reader's first keystroke or focus rather than with the page: most visitors only read the list. */
  #checker: Promise<TextChecker> | undefined;
  /** Counts checks, so a slow one (waiting for a chunk) never overwrites the answer to a newer input. */
  #sequence = 0;
  #data!: VerifyData;
  #input!: HTMLTextAreaElement;
  #result!: HTMLElement;
  #status!: HTMLElement;
  #details!: HTMLElement;
  #settled!: SettledInput;

  connectedCallback(): void {
    const json = this.querySelector('script[data-verify-data]')?.textContent;
    const form = this.querySelector<HTMLFormElement>('form[data-verify-form]');
    const input = form?.querySelector<HTMLTextAreaElement>('textarea[name=q]');
    const result = this.querySelector<HTMLElement>('[data-verify-result]');
    const status = result?.querySelector<HTMLElement>('[data-verify-status]');
    const details = result?.querySelector<HTMLElement>('[data-verify-details]');
    if (!json || !form || !input || !result || !status || !details) return;
    this.#data = JSON.parse(json) as VerifyData;
    [this.#input, this.#result, this.#status, this.#details] = [input, result, status, details];

    input.addEventListener('focus', () => void this.#engine(), { once: true });
    this.#settled = onSettledInput(input, () => void this.#run(false));
    // Enter checks, as in the one-line box this was; Shift+Enter starts a new line. A paste keeps
    // its line breaks either way. Enter that confirms an IME composition is the IME's.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing || this.#settled.composing) return;
      event.preventDefault();
      form.requestSubmit();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#settled.cancel();
      void this.#run(true);
    });
    this.#enhanceChecklist();

    const shared = new URLSearchParams(location.search).get('q');
    if (shared !== null && shared.trim() !== '') {
      input.value = shared;
      void this.#run(true);
    }
  }

  #engine(): Promise<TextChecker> {
    const registry = this.#data.registry;
    this.#checker ??= import('../engine/check-contact.ts').then(
      ({ createTextChecker }) => createTextChecker(registry),
      (error: unknown) => {
        // A dropped connection: try again on the next input instead of failing for good.
        this.#checker = undefined;
        throw error;
      },
    );
    return this.#checker;
  }

  /** `submitted`: the reader asked (Enter, the button, a shared link), so an empty box gets an answer too. */
  async #run(submitted: boolean): Promise<void> {
    const query = this.#input.value;
    // What the reader pastes goes into the address bar (and so into history) only when they
    // ask for it with Enter or the button, so the link can be shared; typing alone stays local.
    if (submitted || query.trim() === '') {
      const url = new URL(location.href);
      if (query.trim() === '') url.searchParams.delete('q');
      else url.searchParams.set('q', query.trim());
      history.replaceState(history.state, '', url);
    }
    const sequence = ++this.#sequence;
    const view = query.trim() === '' && !submitted ? undefined : describeText(await (await this.#engine())(query), this.#data);
    if (sequence === this.#sequence) this.#render(view, query);
  }

  #render(view: TextView | undefined, query: string): void {
    if (!view) {
      delete this.#result.dataset['verdict'];
      delete this.#result.dataset['tone'];
      delete this.#result.dataset['imitates'];
      delete this.#status.dataset['announced'];
      this.#status.replaceChildren();
      this.#details.replaceChildren();
      return;
    }
    this.#result.dataset['verdict'] = view.verdict;
    this.#result.dataset['tone'] = view.tone;
    if (view.imitates === undefined) delete this.#result.dataset['imitates'];
    else this.#result.dataset['imitates'] = view.imitates;
    // Rewriting the live region with the same words would make screen readers repeat them on every keystroke.
    const announced = [view.badge, view.headline, ...view.lead].join('\n');
    if (this.#status.dataset['announced'] !== announced) {
      this.#status.dataset['announced'] = announced;
      const headline = element('h2', 'verdict-headline');
      headline.append(icon(view.tone), element('span', 'verdict-badge', view.badge), ' ', element('span', '', view.headline));
      this.#status.replaceChildren(headline, ...view.lead.map((line) => element('p', 'verdict-lead', line)));
    }
    const { text } = this.#data;
    const checked = element('p', 'verdict-checked', `${text.checked} `);
    checked.append(element('code', '', query.trim()));
    const parts: HTMLElement[] = [checked];
    // Always listed, so what was found is visible; the sentence about trusting the worst part only when there are several.
    if (view.parts.length > 1) parts.push(element('p', 'verdict-parts-intro', view.partsIntro));
    parts.push(partList(view.parts));
    if (view.reasons.length > 0) {
      const list = element('ul', 'verdict-reasons');
      list.append(...view.reasons.map((reason) => element('li', reason.warning ? 'verdict-warning' : '', reason.text)));
      parts.push(element('h3', '', text.why), list);
    }
    const steps = element('ol', 'verdict-steps');
    steps.append(...view.steps.map(stepItem));
    parts.push(element('h3', '', text.next), steps);
    this.#details.replaceChildren(...parts);
  }

  /** The warnings show through CSS :has() even without JavaScript; this keeps them right in older browsers and announces them. */
  #enhanceChecklist(): void {
    const checklist = this.querySelector<HTMLElement>('[data-checklist]');
    const warning = checklist?.querySelector<HTMLElement>('[data-scam-warning]');
    const calm = checklist?.querySelector<HTMLElement>('[data-scam-calm]');
    const status = checklist?.querySelector<HTMLElement>('[data-checklist-status]');
    if (!checklist || !warning || !calm || !status) return;
    const update = (): void => {
      const ticked = [...checklist.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);
      const { scam } = assessRequests(ticked);
      warning.hidden = !scam;
      calm.hidden = scam || ticked.length === 0;
      const message = (scam ? warning.dataset['announce'] : ticked.length > 0 ? calm.dataset['announce'] : '') ?? '';
      if (status.textContent !== message) status.textContent = message;
    };
    checklist.addEventListener('change', update);
    update();
  }
}

export function defineVerify(): void {
  if (!customElements.get('kb-verify')) customElements.define('kb-verify', KbVerify);
}
