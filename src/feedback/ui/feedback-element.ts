/**
 * <kb-feedback>: enhances the server-rendered "Was this helpful?" forms.
 * Without JavaScript "yes" POSTs to the collector (when one is configured) and
 * comes back to #feedback-thanks, and "no" leads to the follow-up page; with it,
 * votes go by sendBeacon, "No" brings the follow-up page's reasons in place, and
 * focus follows what the reader is doing. A "No" the reader never explains is
 * still sent when they leave the page, once.
 */
import type { Locale } from '../../schemas/common.ts';
import { REASONS, type Reason, type TargetKind } from '../engine/constants.ts';
import type { VoteEvent } from '../engine/event.ts';
import { cleanComment, REDACTED } from '../engine/normalise.ts';
import { withDetails } from './mail.ts';
import { sendEvent } from './send.ts';

const isReason = (value: string | undefined): value is Reason => REASONS.some((reason) => reason === value);

class KbFeedback extends HTMLElement {
  #unexplainedNo: VoteEvent | undefined;
  #done = false;
  #opening = false;

  connectedCallback(): void {
    if (this.#done || this.hasAttribute('data-ready')) return;
    this.setAttribute('data-ready', '');
    for (const form of this.querySelectorAll<HTMLFormElement>('form')) {
      form.hidden = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#onSubmit(event.submitter, form);
      });
    }
    // Back from the no-JavaScript form POST: the vote is in, say thanks instead of asking again.
    if (location.hash === '#feedback-thanks') this.#finish(false);
    const leave = (): void => this.#sendUnexplainedNo();
    addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') leave();
    });
  }

  get #vote(): Omit<VoteEvent, 'vote'> {
    return {
      type: 'vote',
      locale: (this.dataset['locale'] ?? 'zh-CN') as Locale,
      target: (this.dataset['target'] ?? 'article') as TargetKind,
      slug: this.dataset['slug'] ?? '',
    };
  }

  #onSubmit(submitter: HTMLElement | null, form: HTMLFormElement): void {
    if (this.#done) return;
    if (submitter?.dataset['feedbackVote'] === 'yes') {
      sendEvent({ ...this.#vote, vote: 'yes' });
      this.#finish(false);
      return;
    }
    // "No" first brings in the reasons; Enter in a reason or the submit button sends them.
    if (!this.querySelector('[data-feedback-details]')) {
      void this.#openDetails(form);
      return;
    }
    const checked = this.querySelector<HTMLInputElement>('[data-feedback-reason]:checked');
    const value = checked?.value;
    const reason = isReason(value) ? value : undefined;
    const typed = this.querySelector<HTMLTextAreaElement>('[data-feedback-comment]')?.value ?? '';
    const comment = cleanComment(typed);
    this.#unexplainedNo = undefined;
    sendEvent({ ...this.#vote, vote: 'no', ...(reason ? { reason } : {}), ...(comment ? { comment } : {}) });
    this.querySelector<HTMLElement>('[data-feedback-redacted]')?.toggleAttribute('hidden', !comment.includes(REDACTED));
    this.#updateMail(reason ? checked?.parentElement?.textContent?.trim() : undefined, comment);
    this.#finish(true);
  }

  /**
   * Moves the shared follow-up page's reasons into the "no" form, and its next steps (with
   * this page's related guide) under the thank-you. The page is this site's own static HTML;
   * only those parts are taken, and parsed markup runs no script. If it cannot be fetched
   * (offline), a reader on a site with a collector goes to this page's follow-up page; on a
   * site without one, where no vote ever leaves the browser, the "no" is simply thanked.
   */
  async #openDetails(form: HTMLFormElement): Promise<void> {
    if (this.#opening) return;
    this.#opening = true;
    const fallback = (): void => {
      if (this.#done) return;
      if (form.getAttribute('action')) location.assign(form.action);
      else this.#finish(false);
    };
    let page: Document;
    try {
      const response = await fetch(this.dataset['details'] ?? '');
      if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
      page = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      fallback();
      return;
    } finally {
      this.#opening = false;
    }
    // A "yes" given while the page was on its way stands.
    if (this.#done) return;
    const details = page.querySelector<HTMLElement>('[data-feedback-details]');
    if (!details) {
      fallback();
      return;
    }
    form.append(document.importNode(details, true));
    const thanks = this.querySelector<HTMLElement>('[data-feedback-thanks]');
    for (const selector of ['[data-feedback-next]', '[data-feedback-redacted]']) {
      const part = page.querySelector<HTMLElement>(selector);
      if (!part || !thanks) continue;
      const copy = document.importNode(part, true);
      copy.hidden = true;
      thanks.after(copy);
    }
    this.#showRelated();
    const no = this.querySelector<HTMLButtonElement>('[data-feedback-vote="no"]');
    no?.setAttribute('aria-controls', details.id);
    no?.setAttribute('aria-expanded', 'true');
    this.#unexplainedNo = { ...this.#vote, vote: 'no' };
    this.querySelector<HTMLInputElement>('[data-feedback-reason]')?.focus();
  }

  #showRelated(): void {
    const { relatedHref, relatedTitle } = this.dataset;
    const item = this.querySelector<HTMLElement>('[data-feedback-related]');
    const link = item?.querySelector('a');
    if (!item || !link || !relatedHref || !relatedTitle) return;
    link.href = relatedHref;
    link.textContent = relatedTitle;
    item.hidden = false;
  }

  #sendUnexplainedNo(): void {
    if (!this.#unexplainedNo) return;
    sendEvent(this.#unexplainedNo);
    this.#unexplainedNo = undefined;
  }

  /** The e-mail link now carries what the reader chose, so "tell us more" does not start from scratch. */
  #updateMail(reason: string | undefined, comment: string): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-feedback-mail]');
    if (!link) return;
    const lines: string[] = [];
    if (reason) lines.push(`${link.dataset['reasonLabel'] ?? ''}${reason}`);
    if (comment) lines.push(`${link.dataset['commentLabel'] ?? ''}${comment}`);
    link.href = withDetails(link.getAttribute('href') ?? '', lines);
  }

  #finish(showNext: boolean): void {
    this.#done = true;
    for (const form of this.querySelectorAll<HTMLFormElement>('form')) form.hidden = true;
    const next = this.querySelector<HTMLElement>('[data-feedback-next]');
    if (next) next.hidden = !showNext;
    const thanks = this.querySelector<HTMLElement>('[data-feedback-thanks]');
    if (thanks) {
      thanks.hidden = false;
      // The buttons just disappeared; focus goes to the thank-you so keyboard and screen-reader users are not dropped at the top.
      thanks.focus();
    }
  }
}

if (!customElements.get('kb-feedback')) customElements.define('kb-feedback', KbFeedback);
