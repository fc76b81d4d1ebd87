/** Terms editors must use consistently in both languages (content/glossary.yaml). */
import { z } from 'zod';
import { localizedTextSchema } from './common.ts';

export const glossaryEntrySchema = z.strictObject({
  term: localizedTextSchema.describe('The word to use, in each language.'),
  definition: localizedTextSchema.describe('One or two plain sentences, written for readers too.'),
  avoid: z
    .strictObject({
      'zh-CN': z.array(z.string()).default([]).describe('Chinese words the check refuses in articles, e.g. 交易密码 for 支付密码.'),
      en: z.array(z.string()).default([]).describe('English words the check refuses in articles, e.g. "payment password".'),
    })
    .optional()
    .describe('Words not to use for this term, per language; aliases are exempt.'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);
