/**
 * Astro content collections, used only to render article and update bodies
 * with Astro's MDX pipeline (components, heading ids). Everything else — the
 * frontmatter, its validation, the YAML data, the rules and the indexes — is
 * the one site model in src/pipeline/, checked once before the build starts.
 * The collections have no schema: the model has already validated every file
 * with src/schemas/ and editor-facing messages, and a second Zod pass per
 * article would only cost time and report the same problem twice.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** Ids keep the locale folder as written: "zh-CN/forgot-password". */
const idFromPath = ({ entry }: { entry: string }): string => entry.replace(/\.mdx?$/, '');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: './content/articles', generateId: idFromPath }),
  }),
  updates: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: './content/updates', generateId: idFromPath }),
  }),
};
