/** content/search-synonyms.yaml: groups of words readers use for the same thing, per language. */
import { z } from 'zod';

const groupSchema = z.array(z.string().trim().min(1)).min(2);

export const synonymsFileSchema = z.strictObject({
  'zh-CN': z.array(groupSchema).default([]),
  en: z.array(groupSchema).default([]),
});
export type Synonyms = z.infer<typeof synonymsFileSchema>;
