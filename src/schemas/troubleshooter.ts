/**
 * Interactive troubleshooters: one YAML file per decision tree under
 * content/troubleshooters/<tree-id>.yaml. Every string is written as
 * `{ zh-CN: …, en: … }` inside the one structure, so the two languages share
 * the same questions, options and outcomes and cannot drift apart.
 *
 * The schema checks the shape of one file; the graph (references, reachability,
 * cycles, article anchors, contacts) is checked by src/pipeline/rules/troubleshooters.ts.
 * The engine (src/troubleshooter/engine/) only imports the types below, never Zod.
 */
import { z } from 'zod';
import { URGENCIES } from './article.ts';
import { idSchema, localizedTextSchema } from './common.ts';

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * Where an option leads: `node-id` (a node in the same tree), `tree-id` (the
 * start of another troubleshooter) or `tree-id#node-id` (a node in another one).
 */
export const nodeRefSchema = z.string().regex(new RegExp(`^${ID}(?:#${ID})?$`), {
  message: 'expected a node id such as "charged", another troubleshooter\'s id, or "tree-id#node-id"',
});

const NODE_TYPE = 'question: asks the reader and offers options; outcome: what to do, where the path ends.';

export const optionSchema = z.strictObject({
  id: idSchema.describe(
    'Goes into the page URL (?path=charged.yes), so shared links break when it changes: keep it stable. Unique within its question.',
  ),
  label: localizedTextSchema.describe('The answer as the reader would say it.'),
  next: nodeRefSchema.describe(
    'Where this answer leads: a node id in this tree ("charged"), another troubleshooter\'s id, or "tree-id#node-id".',
  ),
});
export type Option = z.infer<typeof optionSchema>;

export const questionSchema = z.strictObject({
  type: z.literal('question').describe(NODE_TYPE),
  id: idSchema.describe("Unique within the tree; options' `next` points at it."),
  text: localizedTextSchema.describe('The question, one thing at a time, answerable by looking at the app.'),
  help: localizedTextSchema.optional().describe('A hint under the question: where to look in the app to answer it.'),
  // Counted by the content check, not here, so that the error can name the question.
  options: z.array(optionSchema).default([]).describe('Two or more answers.'),
});
export type Question = z.infer<typeof questionSchema>;

/** Internal pages an outcome may send the reader to (keys of `urls` in src/lib/urls.ts). */
export const OUTCOME_LINKS = ['verify', 'contact', 'faq', 'updates', 'search'] as const;
export type OutcomeLink = (typeof OUTCOME_LINKS)[number];

export const outcomeSchema = z.strictObject({
  type: z.literal('outcome').describe(NODE_TYPE),
  id: idSchema.describe("Unique within the tree; options' `next` points at it."),
  title: localizedTextSchema.describe('What the reader has, in a few words: the outcome\'s heading.'),
  urgency: z.enum(URGENCIES).describe("critical: act now to stop further loss. Same scale as guides' urgency."),
  summary: localizedTextSchema.describe('One or two sentences: what is going on.'),
  actions: z
    .array(localizedTextSchema)
    .min(1)
    .describe('Short recommended steps, in order, protective action first; they also go into the case summary.'),
  article: idSchema.optional().describe('Slug of the article with the full steps; must exist.'),
  anchor: z
    .string()
    .regex(/^[^\s#]+$/, { message: 'write the anchor without "#" and without spaces, e.g. step-2' })
    .optional()
    .describe('An anchor in that article, e.g. "step-2" or a heading id; must exist in every locale\'s version.'),
  contacts: z.array(idSchema).default([]).describe('Official channel ids (content/contacts.yaml) shown as contact cards.'),
  prepare: z
    .array(localizedTextSchema)
    .default([])
    .describe('What to have ready before contacting support (time, amount, transaction ID …).'),
  link: z.enum(OUTCOME_LINKS).optional().describe('One internal page to point to, e.g. "verify" to check a caller is really us.'),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const treeNodeSchema = z.discriminatedUnion('type', [questionSchema, outcomeSchema]);
export type TreeNode = z.infer<typeof treeNodeSchema>;

export const treeSchema = z.strictObject({
  id: idSchema.describe('Must equal the file name: it is the page URL /<locale>/troubleshoot/<id>/.'),
  title: localizedTextSchema.describe("The problem in the reader's words; also the first line of the case summary."),
  description: localizedTextSchema.describe('One sentence on the troubleshooter index: what it helps with.'),
  order: z.number().int().min(0).default(100).describe('Position on the troubleshooter index; smaller first.'),
  start: idSchema.describe('Id of the first node, usually a question.'),
  nodes: z.array(treeNodeSchema).min(1).describe('The questions and outcomes, in any order.'),
});
export type Tree = z.infer<typeof treeSchema>;
