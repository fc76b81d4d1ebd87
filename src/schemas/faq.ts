/** Short question-and-answer pairs (content/faq.yaml), each summarising a guide. */
import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.ts';

export const faqEntrySchema = z.strictObject({
  /** Stable anchor on /<locale>/faq/#<id>; never reuse an id for a different question. */
  id: idSchema,
  /** Must be an id in content/categories.yaml; entries are grouped by it. */
  category: idSchema,
  question: localizedTextSchema,
  /** Two or three sentences; the linked article has the details. */
  answer: localizedTextSchema,
  /** The slug of the article this answer summarises. */
  article: idSchema,
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const faqFileSchema = z.array(faqEntrySchema).min(1);
