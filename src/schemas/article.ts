/**
 * Article frontmatter. One MDX file per locale under content/articles/<locale>/<slug>.mdx.
 * A base shape is extended per kind with a literal `kind` discriminator, so a
 * field that only makes sense for guides (urgency) is an error elsewhere.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';

export const ARTICLE_KINDS = ['concept', 'guide', 'faq', 'policy'] as const;
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;

/** Bounds chosen so descriptions fit a search-result excerpt and a meta description. */
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 160;

const baseArticleShape = {
  title: z.string().trim().min(2).max(80),
  /** One or two sentences: the meta description and the search excerpt. */
  description: z.string().trim().min(DESCRIPTION_MIN).max(DESCRIPTION_MAX),
  /** Must be an id in content/categories.yaml. */
  category: idSchema,
  tags: z.array(z.string().trim().min(1)).default([]),
  /** How stressed readers phrase this problem; indexed for search with extra weight. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  updated: isoDateSchema,
  /** When someone last checked the article is still correct. */
  reviewed: isoDateSchema,
  /** Slugs of other articles; each must exist. */
  related: z.array(idSchema).default([]),
  /** Ids of official channels (content/contacts.yaml) this article points readers to. */
  contacts: z.array(idSchema).default([]),
  /** Drafts are validated but not published. */
  draft: z.boolean().default(false),
  /**
   * Set on the only existing language version while the other is being written:
   * the other locale then shows this text with a notice and keeps it out of its search index.
   */
  translationPending: z.boolean().default(false),
  /** Order within the category; smaller first. Ties sort by title. */
  order: z.number().int().min(0).default(100),
  /** Position in the home page's "most-used guides" (1 = first); leave out to not feature it. */
  featured: z.number().int().min(1).optional(),
};

export const conceptArticleSchema = z.strictObject({ kind: z.literal('concept'), ...baseArticleShape });
export const faqArticleSchema = z.strictObject({ kind: z.literal('faq'), ...baseArticleShape });
export const policyArticleSchema = z.strictObject({ kind: z.literal('policy'), ...baseArticleShape });
export const guideArticleSchema = z.strictObject({
  kind: z.literal('guide'),
  ...baseArticleShape,
  /** critical: act now to stop further loss (stolen account, payment you did not make). */
  urgency: z.enum(URGENCIES).default('normal'),
  /** Rough time to follow the steps, shown next to the title. */
  estimatedMinutes: z.number().int().min(1).max(120),
});

export const articleSchema = z.discriminatedUnion('kind', [
  conceptArticleSchema,
  guideArticleSchema,
  faqArticleSchema,
  policyArticleSchema,
]);
export type Article = z.infer<typeof articleSchema>;
export type GuideArticle = z.infer<typeof guideArticleSchema>;
export type ArticleKind = Article['kind'];
export type Urgency = (typeof URGENCIES)[number];
