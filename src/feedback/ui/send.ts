/**
 * The only way feedback leaves the browser. The endpoint comes from the page's
 * <meta name="kb-feedback-endpoint"> (present only when the site was built
 * with FEEDBACK_ENDPOINT); without it nothing is sent at all. A text/plain
 * Blob keeps sendBeacon a "simple" request: no CORS preflight, no cookies set.
 */
import { EVENTS_PATH } from '../engine/constants.ts';
import type { FeedbackEvent } from '../engine/event.ts';
import { feedbackEndpoint } from './endpoint-meta.ts';

/** True when the browser queued the event; false when there is no endpoint or the beacon was refused. */
export function sendEvent(event: FeedbackEvent): boolean {
  const endpoint = feedbackEndpoint();
  if (!endpoint) return false;
  return navigator.sendBeacon(`${endpoint}${EVENTS_PATH}`, new Blob([JSON.stringify(event)], { type: 'text/plain' }));
}
