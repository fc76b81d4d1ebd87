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
  title: z.string().trim().min(2).max(80).describe('The page title and the search result headline, in the reader\'s words ("忘记支付密码怎么办").'),
  description: z
    .string()
    .trim()
    .min(DESCRIPTION_MIN)
    .max(DESCRIPTION_MAX)
    .describe('One or two sentences: the meta description and the search excerpt.'),
  category: idSchema.describe('Must be an id in content/categories.yaml.'),
  tags: z.array(z.string().trim().min(1)).default([]).describe('Topic words shown under the title and used by search.'),
  aliases: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('How stressed readers phrase this problem; indexed for search with extra weight. Guides need at least five.'),
  updated: isoDateSchema.describe('The day the content last changed in a way readers (and translators) should know about; shown on the page.'),
  reviewed: isoDateSchema.describe('When someone last checked the article is still correct against the app and current policy.'),
  related: z.array(idSchema).default([]).describe('Slugs of other articles; each must exist.'),
  contacts: z.array(idSchema).default([]).describe('Ids of official channels (content/contacts.yaml) this article points readers to.'),
  draft: z.boolean().default(false).describe('Drafts are validated but not published.'),
  translationPending: z
    .boolean()
    .default(false)
    .describe(
      'Set on the only existing language version while the other is being written: the other locale then shows this text with a notice and keeps it out of its search index.',
    ),
  order: z.number().int().min(0).default(100).describe('Order within the category; smaller first. Ties sort by title.'),
  featured: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Position in the home page\'s "most-used guides" (1 = first); leave out to not feature it.'),
};

const KIND = 'concept: explains something; guide: numbered steps to solve a problem; faq: a short answer; policy: rules and terms.';
export const conceptArticleSchema = z.strictObject({ kind: z.literal('concept').describe(KIND), ...baseArticleShape });
export const faqArticleSchema = z.strictObject({ kind: z.literal('faq').describe(KIND), ...baseArticleShape });
export const policyArticleSchema = z.strictObject({ kind: z.literal('policy').describe(KIND), ...baseArticleShape });
export const guideArticleSchema = z.strictObject({
  kind: z.literal('guide').describe(KIND),
  ...baseArticleShape,
  urgency: z
    .enum(URGENCIES)
    .default('normal')
    .describe('critical: act now to stop further loss (stolen account, payment you did not make); urgent: soon, money or access at stake.'),
  estimatedMinutes: z.number().int().min(1).max(120).describe('Rough time to follow the steps, shown next to the title.'),
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
