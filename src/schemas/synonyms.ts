/** content/search-synonyms.yaml: groups of words readers use for the same thing, per language. */
import { z } from 'zod';

const groupSchema = z.array(z.string().trim().min(1)).min(2);

export const synonymsFileSchema = z.strictObject({
  'zh-CN': z.array(groupSchema).default([]).describe('Groups of Chinese words meaning the same thing to a reader, e.g. [封号, 冻结].'),
  en: z.array(groupSchema).default([]).describe('Groups of English words meaning the same thing to a reader, e.g. [suspended, frozen].'),
});
export type Synonyms = z.infer<typeof synonymsFileSchema>;
