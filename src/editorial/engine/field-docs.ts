/**
 * The "every field" section of CONTRIBUTING.md, generated from the Zod
 * schemas' descriptions so the guide cannot drift from what the check
 * accepts. Schemas → JSON Schema (Zod's own converter) → one Markdown table
 * per content file. A field without a description is an error here, so a new
 * field cannot ship undocumented.
 */
import { z } from 'zod';
import { articleSchema } from '../../schemas/article.ts';
import { categoriesFileSchema } from '../../schemas/category.ts';
import { idSchema, isoDateSchema } from '../../schemas/common.ts';
import { contactRegistrySchema } from '../../schemas/contact.ts';
import { faqFileSchema } from '../../schemas/faq.ts';
import { glossaryFileSchema } from '../../schemas/glossary.ts';
import { searchPhrasingsFileSchema } from '../../schemas/search-phrasings.ts';
import { synonymsFileSchema } from '../../schemas/synonyms.ts';
import { treeSchema } from '../../schemas/troubleshooter.ts';
import { updateSchema } from '../../schemas/update.ts';

export const FIELDS_START = '<!-- fields:start -->';
export const FIELDS_END = '<!-- fields:end -->';

/** A JSON Schema node, as far as this generator reads it. */
interface JsonNode {
  type?: string | undefined;
  description?: string | undefined;
  format?: string | undefined;
  pattern?: string | undefined;
  const?: unknown;
  enum?: unknown[] | undefined;
  default?: unknown;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minItems?: number | undefined;
  items?: JsonNode | undefined;
  properties?: Record<string, JsonNode> | undefined;
  required?: string[] | undefined;
  oneOf?: JsonNode[] | undefined;
  anyOf?: JsonNode[] | undefined;
}

export interface FieldRow {
  /** Dotted path as the editor writes it: `channels[].id`, `avoid.zh-CN`. */
  field: string;
  required: string;
  type: string;
  /** The variants (kind or type values) that have this field; empty when all do. */
  variants: string[];
  description: string;
}

export interface DocumentedFile {
  title: string;
  /** Where editors write it. */
  path: string;
  schema: z.ZodType;
  /** The field that tells variants apart (`kind`, `type`), shown as "only for" in the table. */
  discriminator?: string | undefined;
}

export const DOCUMENTED_FILES: readonly DocumentedFile[] = [
  { title: 'Articles (frontmatter)', path: 'content/articles/<locale>/<slug>.mdx', schema: articleSchema, discriminator: 'kind' },
  { title: 'Updates (frontmatter)', path: 'content/updates/<locale>/<slug>.md', schema: updateSchema },
  { title: 'Categories', path: 'content/categories.yaml', schema: categoriesFileSchema },
  { title: 'FAQ', path: 'content/faq.yaml', schema: faqFileSchema },
  { title: 'Glossary', path: 'content/glossary.yaml', schema: glossaryFileSchema },
  { title: 'Search synonyms', path: 'content/search-synonyms.yaml', schema: synonymsFileSchema },
  { title: 'Search phrasings', path: 'content/search-phrasings.yaml', schema: searchPhrasingsFileSchema },
  { title: 'Official channel registry', path: 'content/contacts.yaml', schema: contactRegistrySchema },
  { title: 'Troubleshooters', path: 'content/troubleshooters/<tree-id>.yaml', schema: treeSchema, discriminator: 'type' },
];

/** JSON Schema of a content schema as editors write it (input side), with dates marked. */
export function toEditorJsonSchema(schema: z.ZodType): JsonNode {
  const dateString = isoDateSchema.out;
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === dateString) ctx.jsonSchema.format = 'date';
    },
  }) as JsonNode;
}

const ID_PATTERN = toEditorJsonSchema(idSchema).pattern;
const LOCALE_KEYS = ['zh-CN', 'en'];
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

const isLocalizedText = (node: JsonNode): boolean => {
  const keys = Object.keys(node.properties ?? {});
  return (
    node.type === 'object' &&
    keys.length === LOCALE_KEYS.length &&
    LOCALE_KEYS.every((key) => node.properties?.[key]?.type === 'string')
  );
};
const variantsOf = (node: JsonNode): JsonNode[] | undefined => node.oneOf ?? node.anyOf;
const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** What a list holds, in the plural: "ids", "texts in both languages", "groups of 2 or more texts". */
function describeItems(items: JsonNode): string {
  if (isLocalizedText(items)) return 'texts in both languages';
  if (items.type === 'object' || variantsOf(items) !== undefined) return 'entries (fields below)';
  if (items.type === 'array') return `groups of ${items.minItems ?? 1} or more ${describeItems(items.items ?? {})}`;
  if (items.format === 'date') return 'dates';
  if (items.type === 'string' && items.pattern !== undefined && items.pattern === ID_PATTERN) return 'ids';
  if (items.type === 'string') return items.minLength !== undefined && items.minLength > 1 ? `texts of ${items.minLength} or more characters` : 'texts';
  return `values (${describeType(items)})`;
}

/** The type column, in editor words. */
export function describeType(node: JsonNode): string {
  if (node.format === 'date') return 'date, `YYYY-MM-DD`';
  if (node.const !== undefined) return code(node.const);
  if (node.enum !== undefined) return `one of ${node.enum.map(code).join(', ')}`;
  if (variantsOf(node) !== undefined) return 'one of the entry types below';
  switch (node.type) {
    case 'string': {
      if (node.pattern !== undefined && node.pattern === ID_PATTERN) return 'id: lower-case letters, digits, hyphens';
      const { minLength: min, maxLength: max } = node;
      if (min !== undefined && max !== undefined) return `text, ${min}–${max} characters`;
      if (min !== undefined && min > 1) return `text, at least ${min} characters`;
      return 'text';
    }
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
    case 'number': {
      const what = node.type === 'integer' ? 'whole number' : 'number';
      const max = node.maximum !== undefined && node.maximum < SAFE_INTEGER ? node.maximum : undefined;
      if (node.minimum !== undefined && max !== undefined) return `${what}, ${node.minimum}–${max}`;
      if (node.minimum !== undefined) return `${what}, ${node.minimum} or more`;
      return what;
    }
    case 'array': {
      const atLeast = node.minItems !== undefined && node.minItems > 0 ? `, at least ${node.minItems}` : '';
      return `list of ${describeItems(node.items ?? {})}${atLeast}`;
    }
    case 'object':
      return isLocalizedText(node) ? 'text in both languages: `{ zh-CN: …, en: … }`' : 'fields below';
    default:
      return 'any value';
  }
}

function requiredText(node: JsonNode, required: boolean): string {
  if (required) return 'required';
  return node.default === undefined ? 'optional' : `optional, default ${code(node.default)}`;
}

/** Rows for one object's fields, descending into nested objects and lists of entries. */
function objectRows(node: JsonNode, prefix: string, missing: string[]): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const field = `${prefix}${key}`;
    if (child.description === undefined) missing.push(field);
    rows.push({ field, required: requiredText(child, node.required?.includes(key) ?? false), type: describeType(child), variants: [], description: child.description ?? '' });
    rows.push(...nestedRows(child, field, missing));
  }
  return rows;
}

function nestedRows(node: JsonNode, field: string, missing: string[]): FieldRow[] {
  if (node.type === 'object' && !isLocalizedText(node)) return objectRows(node, `${field}.`, missing);
  if (node.type === 'array' && node.items !== undefined) {
    const items = node.items;
    if (variantsOf(items) !== undefined) return unionRows(items, `${field}[].`, missing);
    if (items.type === 'object' && !isLocalizedText(items)) return objectRows(items, `${field}[].`, missing);
  }
  return [];
}

/** Which variant an object is: the value of its literal field (kind: guide, type: outcome). */
function variantName(variant: JsonNode): string {
  const literal = Object.entries(variant.properties ?? {}).find(([, child]) => child.const !== undefined);
  return literal === undefined ? '?' : `${literal[0]}: ${String(literal[1].const)}`;
}

/** A discriminated union: each variant's rows, merged by field; a field all variants share is listed once. */
function unionRows(node: JsonNode, prefix: string, missing: string[]): FieldRow[] {
  const variants = variantsOf(node) ?? [];
  const merged = new Map<string, FieldRow & { types: string[] }>();
  for (const variant of variants) {
    const name = variantName(variant);
    const variantMissing: string[] = [];
    for (const row of objectRows(variant, prefix, variantMissing)) {
      const seen = merged.get(row.field);
      if (seen === undefined) merged.set(row.field, { ...row, variants: [name], types: [row.type] });
      else {
        seen.variants.push(name);
        if (!seen.types.includes(row.type)) seen.types.push(row.type);
      }
    }
    for (const field of variantMissing) if (!missing.includes(field)) missing.push(field);
  }
  return [...merged.values()].map(({ types, ...row }) => ({
    ...row,
    // The discriminator itself: one literal per variant, shown as the list of choices.
    type: types.length > 1 ? `one of ${types.join(', ')}` : row.type,
    variants: row.variants.length === variants.length ? [] : row.variants,
  }));
}

/** Every field of a content file, in the order the schema declares them. Throws when a field has no description. */
export function fieldRows(file: DocumentedFile): FieldRow[] {
  const root = toEditorJsonSchema(file.schema);
  const missing: string[] = [];
  const top = root.type === 'array' && root.items !== undefined ? root.items : root;
  const rows = variantsOf(top) !== undefined ? unionRows(top, '', missing) : objectRows(top, '', missing);
  if (missing.length > 0) {
    throw new Error(`${file.path}: ${missing.map((field) => `"${field}"`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no description; add .describe('…') to the field in src/schemas/`);
  }
  return rows;
}

const cell = (text: string): string => text.replaceAll('|', '\\|');

function fileSection(file: DocumentedFile): string {
  const root = toEditorJsonSchema(file.schema);
  const intro = root.type === 'array' ? 'A list; each entry has these fields.' : 'Fields:';
  const lines = [`### ${file.title}`, '', `\`${file.path}\` — ${intro}`, '', '| Field | Required | Type | What it is |', '| --- | --- | --- | --- |'];
  for (const row of fieldRows(file)) {
    const only = row.variants.length > 0 ? `*Only for ${row.variants.map(code).join(', ')}.* ` : '';
    lines.push(`| ${code(row.field)} | ${cell(row.required)} | ${cell(row.type)} | ${cell(only + row.description)} |`);
  }
  return lines.join('\n');
}

/** The generated section, markers excluded. */
export function fieldDocs(files: readonly DocumentedFile[] = DOCUMENTED_FILES): string {
  const note = '<!-- Generated from src/schemas/ by `npm run docs:contributing`; edit the schemas\' .describe() texts, not this section. -->';
  return [note, ...files.map(fileSection)].join('\n\n');
}

/** `document` with the text between the field markers replaced by `section`. Throws when the markers are missing or out of order. */
export function replaceFieldSection(document: string, section: string): string {
  const start = document.indexOf(FIELDS_START);
  const end = document.indexOf(FIELDS_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`CONTRIBUTING.md must contain ${FIELDS_START} followed by ${FIELDS_END}; put them back where the field list belongs`);
  }
  return `${document.slice(0, start + FIELDS_START.length)}\n${section}\n${document.slice(end)}`;
}
