/** Terms editors must use consistently in both languages (content/glossary.yaml). */
import { z } from 'zod';
import { localizedTextSchema } from './common.ts';

export const glossaryEntrySchema = z.strictObject({
  term: localizedTextSchema,
  definition: localizedTextSchema,
  /** Words not to use for this term, per locale, e.g. 交易密码 for 支付密码. */
  avoid: z.strictObject({ 'zh-CN': z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);
