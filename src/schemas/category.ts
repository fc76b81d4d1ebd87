/** A help-center category: the top level of the taxonomy, shown as a card on the home page. */
import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.ts';

export const categorySchema = z.strictObject({
  /** Used in URLs (/zh-cn/categories/<id>/) and in each article's `category` field. */
  id: idSchema,
  title: localizedTextSchema,
  /** One sentence shown under the title on cards and on the category page. */
  description: localizedTextSchema,
  /** Position on the home page, smallest first. */
  order: z.number().int().min(0),
  /** Name of an icon in src/components/Icon.astro. */
  icon: z.enum(['payments', 'refunds', 'security', 'identity', 'cards', 'account', 'safety']),
});
export type Category = z.infer<typeof categorySchema>;

export const categoriesFileSchema = z.array(categorySchema).min(1);
