/** An announcement under content/updates/<locale>/<slug>.md, listed on /<locale>/updates/ and in RSS. */
import { z } from 'zod';
import { isoDateSchema } from './common.ts';

export const UPDATE_SEVERITIES = ['info', 'notice', 'warning', 'critical'] as const;

export const updateSchema = z.strictObject({
  date: isoDateSchema,
  /** warning and critical (e.g. an active scam wave) are also shown on the home page strip. */
  severity: z.enum(UPDATE_SEVERITIES),
  title: z.string().trim().min(2).max(80),
  summary: z.string().trim().min(10).max(200),
  /** Slugs of articles the announcement points to; each must exist. */
  related: z.array(z.string()).default([]),
});
export type Update = z.infer<typeof updateSchema>;
