/**
 * The one event format the widget sends and the collector stores. Events carry
 * no identifier of the reader, the page view or the device: only what an editor
 * needs to improve a page. The collector refuses any other field.
 */
import { z } from 'zod';
import { localeSchema } from '../../schemas/common.ts';

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

/** Lower-case ids joined by one slash at most: "account-compromised" or "payment-failed/charged-twice". */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

export const voteEventSchema = z
  .strictObject({
    type: z.literal('vote'),
    locale: localeSchema,
    target: z.enum(TARGET_KINDS),
    slug: z.string().max(120).regex(SLUG, 'expected a page id such as "account-compromised" or "payment-failed/charged-twice"'),
    vote: z.enum(['yes', 'no']),
    reason: z.enum(REASONS).optional(),
    comment: z.string().max(MAX_COMMENT_CHARS).optional(),
  })
  .refine((event) => event.vote === 'no' || (event.reason === undefined && event.comment === undefined), {
    message: 'a reason or a comment only comes with a "no" vote',
    path: ['reason'],
  });

export const searchMissEventSchema = z.strictObject({
  type: z.literal('search-miss'),
  locale: localeSchema,
  query: z.string().min(1).max(MAX_QUERY_CHARS),
});

export const feedbackEventSchema = z.discriminatedUnion('type', [voteEventSchema, searchMissEventSchema]);

export type VoteEvent = z.infer<typeof voteEventSchema>;
export type SearchMissEvent = z.infer<typeof searchMissEventSchema>;
export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;
