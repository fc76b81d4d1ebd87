/**
 * The event format's fixed values, without Zod: the widget imports these, and
 * the browser should not download a schema library to send one vote.
 */

/** Why a page did not help; the ids are stable (reports and tools count them). */
export const REASONS = ['steps-failed', 'hard-to-understand', 'out-of-date', 'not-my-problem'] as const;
export type Reason = (typeof REASONS)[number];

/** What a vote is about: an article, or a troubleshooter outcome (`<tree>/<node>`). */
export const TARGET_KINDS = ['article', 'outcome'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where the widget sends events (JSON as text/plain, so sendBeacon needs no CORS preflight), relative to the endpoint. */
export const EVENTS_PATH = '/v1/events';
/** The no-JavaScript vote: a plain form POST, answered with a redirect back to the page. */
export const FORM_PATH = '/v1/form';

/** Body limit of one request; an event is a few hundred bytes. */
export const MAX_BODY_BYTES = 4096;
export const MAX_COMMENT_CHARS = 1000;
export const MAX_QUERY_CHARS = 100;
