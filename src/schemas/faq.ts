/** Short question-and-answer pairs (content/faq.yaml), each summarising a guide. */
import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.ts';

export const faqEntrySchema = z.strictObject({
  id: idSchema.describe('Stable anchor on /<locale>/faq/#<id>; never reuse an id for a different question.'),
  category: idSchema.describe('Must be an id in content/categories.yaml; entries are grouped by it.'),
  question: localizedTextSchema.describe('The question as a reader would ask it.'),
  answer: localizedTextSchema.describe('Two or three sentences; the linked article has the details.'),
  article: idSchema.describe('The slug of the article this answer summarises.'),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const faqFileSchema = z.array(faqEntrySchema).min(1);
