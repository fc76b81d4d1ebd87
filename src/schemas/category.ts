/** A help-center category: the top level of the taxonomy, shown as a card on the home page. */
import { z } from 'zod';
import { idSchema, localizedTextSchema } from './common.ts';

export const categorySchema = z.strictObject({
  id: idSchema.describe("Used in URLs (/zh-cn/categories/<id>/) and in each article's `category` field."),
  title: localizedTextSchema.describe('The category name on cards, in breadcrumbs and as the page title.'),
  description: localizedTextSchema.describe('One sentence shown under the title on cards and on the category page.'),
  order: z.number().int().min(0).describe('Position on the home page, smallest first.'),
  icon: z
    .enum(['payments', 'refunds', 'security', 'identity', 'cards', 'account', 'safety'])
    .describe('Name of an icon in src/components/CategoryIcon.astro.'),
});
export type Category = z.infer<typeof categorySchema>;

export const categoriesFileSchema = z.array(categorySchema).min(1);
