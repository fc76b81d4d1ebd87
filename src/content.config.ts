/** Astro content collections. Schemas come from src/schemas/ so the CLI and tests share them. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { updateSchema } from './schemas/update.ts';

/** Ids keep the locale folder as written: "zh-CN/forgot-password". */
const idFromPath = ({ entry }: { entry: string }): string => entry.replace(/\.mdx?$/, '');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: './content/articles', generateId: idFromPath }),
    schema: articleSchema,
  }),
  updates: defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: './content/updates', generateId: idFromPath }),
    schema: updateSchema,
  }),
};
