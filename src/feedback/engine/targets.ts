/**
 * The pages readers can vote on, as the build publishes them in
 * /feedback-targets.json. The collector checks slugs against it (an unknown
 * page is refused) and the report takes titles, content files and the phrases
 * for its relaxed search from it, so neither imports the content loader.
 */
import { z } from 'zod';
import { localeSchema, type Locale } from '../../schemas/common.ts';
import { TARGET_KINDS } from './constants.ts';

export const TARGETS_FILE = 'feedback-targets.json';

export const targetSchema = z.strictObject({
  locale: localeSchema,
  target: z.enum(TARGET_KINDS),
  slug: z.string().min(1),
  /** Site path, e.g. /zh-cn/articles/forgot-password/. */
  url: z.string().startsWith('/'),
  title: z.string(),
  /** The content file an editor opens, relative to the repository root. */
  file: z.string(),
  /** Aliases and other words readers use for this page; the report's relaxed search matches them. */
  phrases: z.array(z.string()),
});
export type Target = z.infer<typeof targetSchema>;

export const targetsDocumentSchema = z.strictObject({
  version: z.literal(1),
  targets: z.array(targetSchema),
});
export type TargetsDocument = z.infer<typeof targetsDocumentSchema>;

export const targetKey = (locale: Locale, target: string, slug: string): string => `${locale} ${target} ${slug}`;

/** Looks a vote's page up in constant time. */
export function indexTargets(targets: readonly Target[]): Map<string, Target> {
  return new Map(targets.map((target) => [targetKey(target.locale, target.target, target.slug), target]));
}

/** Parses the build's targets file; the message names the file and the first wrong field. */
export function parseTargets(json: string, file: string): TargetsDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`${file}: not JSON. Rebuild the site (npm run build) and pass its dist directory with --site.`);
  }
  const parsed = targetsDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}. Rebuild the site with this version of the code.`);
  }
  return parsed.data;
}
