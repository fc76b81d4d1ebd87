/**
 * content/search-phrasings.yaml: what readers type, under the article that answers it, per
 * language. Search learns from these (src/search/engine/query-classifier.ts) how people
 * describe a problem in words the article does not use. Written as typed: typos, pinyin and
 * missing punctuation are the point, so the Chinese punctuation check does not read this file.
 */
import { z } from 'zod';
import { idSchema } from './common.ts';

/** As long as the question search reads (MAX_QUERY_LENGTH in src/search/engine/query-variants.ts, a test keeps them equal): a reader’s whole story. */
export const MAX_PHRASING_LENGTH = 500;

const phrasingsSchema = z
  .record(idSchema, z.array(z.string().trim().min(1).max(MAX_PHRASING_LENGTH)).min(1))
  .default({})
  .describe('Article slug → phrasings readers type that this article answers.');

export const searchPhrasingsFileSchema = z.strictObject({
  'zh-CN': phrasingsSchema,
  en: phrasingsSchema,
});
export type SearchPhrasings = z.infer<typeof searchPhrasingsFileSchema>;
