/**
 * <kb-feedback>: enhances the server-rendered "Was this helpful?" forms.
 * Without JavaScript they POST to the collector (when one is configured) and
 * come back to #feedback-thanks; with it, votes go by sendBeacon, "No" opens
 * the reasons in place, and focus follows what the reader is doing. A "No"
 * the reader never explains is still sent when they leave the page, once.
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

  connectedCallback(): void {
    if (this.#done || this.hasAttribute('data-ready')) return;
    this.setAttribute('data-ready', '');
    const details = this.querySelector<HTMLElement>('[data-feedback-details]');
    if (details) details.hidden = true;
    for (const form of this.querySelectorAll<HTMLFormElement>('form')) {
      form.hidden = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#onSubmit(event.submitter);
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

  #onSubmit(submitter: HTMLElement | null): void {
    if (this.#done) return;
    const details = this.querySelector<HTMLElement>('[data-feedback-details]');
    if (submitter?.dataset['feedbackVote'] === 'yes') {
      sendEvent({ ...this.#vote, vote: 'yes' });
      this.#finish(false);
      return;
    }
    // "No" first opens the reasons; Enter in a reason or the submit button sends them.
    if (details?.hidden) {
      details.hidden = false;
      this.querySelector<HTMLButtonElement>('[data-feedback-vote="no"]')?.setAttribute('aria-expanded', 'true');
      this.#unexplainedNo = { ...this.#vote, vote: 'no' };
      this.querySelector<HTMLInputElement>('[data-feedback-reason]')?.focus();
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
