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

export const optionSchema = z.strictObject({
  /** Goes into the page URL (?path=charged.yes), so shared links break when it changes: keep it stable. Unique within its question. */
  id: idSchema,
  label: localizedTextSchema,
  /** The node this answer leads to; see nodeRefSchema. */
  next: nodeRefSchema,
});
export type Option = z.infer<typeof optionSchema>;

export const questionSchema = z.strictObject({
  type: z.literal('question'),
  /** Unique within the tree; options' `next` points at it. */
  id: idSchema,
  text: localizedTextSchema,
  /** A hint under the question: where to look in the app to answer it. */
  help: localizedTextSchema.optional(),
  /** Two or more answers. Counted by the content check, not here, so that the error can name the question. */
  options: z.array(optionSchema).default([]),
});
export type Question = z.infer<typeof questionSchema>;

/** Internal pages an outcome may send the reader to (keys of `urls` in src/lib/urls.ts). */
export const OUTCOME_LINKS = ['verify', 'contact', 'faq', 'updates', 'search'] as const;
export type OutcomeLink = (typeof OUTCOME_LINKS)[number];

export const outcomeSchema = z.strictObject({
  type: z.literal('outcome'),
  id: idSchema,
  title: localizedTextSchema,
  /** critical: act now to stop further loss. Same scale as guides' urgency. */
  urgency: z.enum(URGENCIES),
  /** One or two sentences: what is going on. */
  summary: localizedTextSchema,
  /** Short recommended steps, in order; they also go into the case summary. */
  actions: z.array(localizedTextSchema).min(1),
  /** Slug of the article with the full steps; must exist. */
  article: idSchema.optional(),
  /** An anchor in that article, e.g. "step-2" or a heading id; must exist in every locale's version. */
  anchor: z
    .string()
    .regex(/^[^\s#]+$/, { message: 'write the anchor without "#" and without spaces, e.g. step-2' })
    .optional(),
  /** Official channel ids (content/contacts.yaml) shown as contact cards. */
  contacts: z.array(idSchema).default([]),
  /** What to have ready before contacting support (time, amount, transaction ID …). */
  prepare: z.array(localizedTextSchema).default([]),
  /** One internal page to point to, e.g. "verify" to check a caller is really us. */
  link: z.enum(OUTCOME_LINKS).optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const treeNodeSchema = z.discriminatedUnion('type', [questionSchema, outcomeSchema]);
export type TreeNode = z.infer<typeof treeNodeSchema>;

export const treeSchema = z.strictObject({
  /** Must equal the file name: it is the page URL /<locale>/troubleshoot/<id>/. */
  id: idSchema,
  /** The problem in the reader's words; also the first line of the case summary. */
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** Position on the troubleshooter index; smaller first. */
  order: z.number().int().min(0).default(100),
  /** Id of the first node, usually a question. */
  start: idSchema,
  nodes: z.array(treeNodeSchema).min(1),
});
export type Tree = z.infer<typeof treeSchema>;
