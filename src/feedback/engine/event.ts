/**
 * The one event format the widget sends and the collector stores. Events carry
 * no identifier of the reader, the page view or the device: only what an editor
 * needs to improve a page. The collector refuses any other field.
 */
import { z } from 'zod';
import { localeSchema } from '../../schemas/common.ts';
import { MAX_COMMENT_CHARS, MAX_QUERY_CHARS, REASONS, TARGET_KINDS } from './constants.ts';

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
