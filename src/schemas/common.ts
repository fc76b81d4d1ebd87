/**
 * Building blocks shared by every content schema: locales, localized text,
 * calendar dates and identifiers. Pure Zod, no Astro imports, so the content
 * check CLI, Astro's content config and Vitest all use the same rules.
 */
import { z } from 'zod';

/** The site's languages, Simplified Chinese first. The order is the display order. */
export const LOCALES = ['zh-CN', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Text an editor writes once per locale. Both are required: half-translated data is a bug. */
export const localizedTextSchema = z.strictObject({
  'zh-CN': z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Optional localized text: either both locales or none. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written as YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on dates (js-yaml,
 * used by Astro, turns them into Date objects; `yaml` keeps strings), so both
 * arrive here and leave as the same YYYY-MM-DD string.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isCalendarDate, { message: 'expected a real date written as YYYY-MM-DD, e.g. 2026-11-26' }),
);

/** Lower-case ids used in URLs and cross-references (slugs, category ids, contact ids). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected lower-case letters, digits and single hyphens, e.g. "forgot-password"' });
