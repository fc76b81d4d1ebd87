import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../../src/schemas/common.ts';
import {
  DOCUMENTED_FILES,
  FIELDS_END,
  FIELDS_START,
  describeType,
  fieldDocs,
  fieldRows,
  replaceFieldSection,
  toEditorJsonSchema,
} from '../../../src/editorial/engine/field-docs.ts';

const contributing = join(import.meta.dirname, '../../../CONTRIBUTING.md');

describe('the field list in CONTRIBUTING.md', () => {
  it('is what the schemas say today (run npm run docs:contributing when this fails)', () => {
    const document = readFileSync(contributing, 'utf8');
    expect(replaceFieldSection(document, fieldDocs()) === document, 'CONTRIBUTING.md field list is stale: run npm run docs:contributing').toBe(true);
  });

  it('documents every field of every content file', () => {
    for (const file of DOCUMENTED_FILES) expect(() => fieldRows(file)).not.toThrow();
    const articleFields = fieldRows(DOCUMENTED_FILES[0]!).map((row) => row.field);
    expect(articleFields).toEqual(expect.arrayContaining(['kind', 'title', 'updated', 'reviewed', 'translationPending', 'urgency', 'estimatedMinutes']));
  });
});

describe('generating the field list', () => {
  const file = (schema: z.ZodType) => ({ title: 'Test', path: 'content/test.yaml', schema });

  it('refuses a field without a description, naming it and the fix', () => {
    const schema = z.strictObject({ title: z.string().describe('The title.'), secret: z.boolean() });
    expect(() => fieldRows(file(schema))).toThrow(`content/test.yaml: "secret" has no description; add .describe('…') to the field in src/schemas/`);
  });

  it('marks a field only some kinds have, and required against defaulted', () => {
    const schema = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a').describe('Kind.'), shared: z.number().int().min(0).default(5).describe('Shared.') }),
      z.strictObject({ kind: z.literal('b').describe('Kind.'), shared: z.number().int().min(0).default(5).describe('Shared.'), extra: isoDateSchema.describe('Only b.') }),
    ]);
    expect(fieldRows(file(schema))).toEqual([
      { field: 'kind', required: 'required', type: 'one of `a`, `b`', variants: [], description: 'Kind.' },
      { field: 'shared', required: 'optional, default `5`', type: 'whole number, 0 or more', variants: [], description: 'Shared.' },
      { field: 'extra', required: 'required', type: 'date, `YYYY-MM-DD`', variants: ['kind: b'], description: 'Only b.' },
    ]);
  });

  it.each<[string, z.ZodType, string]>([
    ['a date', isoDateSchema, 'date, `YYYY-MM-DD`'],
    ['text in both languages', localizedTextSchema, 'text in both languages: `{ zh-CN: …, en: … }`'],
    ['a bounded text', z.string().min(2).max(80), 'text, 2–80 characters'],
    ['a list of localized texts', z.array(localizedTextSchema).min(1), 'list of texts in both languages, at least 1'],
    ['a choice', z.enum(['note', 'tip']), 'one of `note`, `tip`'],
  ])('describes %s as "%s"', (_name, schema, expected) => {
    expect(describeType(toEditorJsonSchema(schema))).toBe(expected);
  });

  it('escapes a | in a description so the table keeps its columns', () => {
    const schema = z.strictObject({ type: z.string().describe('note | tip') });
    expect(fieldDocs([file(schema)])).toContain('| `type` | required | text | note \\| tip |');
  });

  it('replaces only the text between the markers', () => {
    const document = `# Title\n\nintro\n\n${FIELDS_START}\nold\n${FIELDS_END}\n\nafter\n`;
    expect(replaceFieldSection(document, 'new')).toBe(`# Title\n\nintro\n\n${FIELDS_START}\nnew\n${FIELDS_END}\n\nafter\n`);
  });

  it('says what to do when the markers are gone', () => {
    expect(() => replaceFieldSection('# no markers', 'x')).toThrow(`CONTRIBUTING.md must contain ${FIELDS_START} followed by ${FIELDS_END}`);
  });
});
