/** An announcement under content/updates/<locale>/<slug>.md, listed on /<locale>/updates/ and in RSS. */
import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const UPDATE_SEVERITIES = ['info', 'notice', 'warning', 'critical'] as const;

export const updateSchema = z.strictObject({
  date: isoDateSchema.describe('The day of the announcement; the list and RSS are sorted by it.'),
  severity: z
    .enum(UPDATE_SEVERITIES)
    .describe('warning and critical (e.g. an active scam wave) are also shown on the home page strip.'),
  title: z.string().trim().min(2).max(80).describe('The headline in the list and in RSS.'),
  summary: z.string().trim().min(10).max(200).describe('One or two sentences shown in the list, on the home page strip and in RSS.'),
  related: z.array(z.string()).default([]).describe('Slugs of articles the announcement points to; each must exist.'),
});
export type Update = z.infer<typeof updateSchema>;
