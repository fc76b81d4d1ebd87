/**
 * Turns Zod's issues into editor-facing problems: the dotted field path, what
 * was expected, what was found, and what to do. Modelled on Starlight's error map.
 */
import type { z } from 'zod';
import type { ContentIssue } from './issue.ts';

/** "related[1]" or "channels[0].label.en" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a nested object';
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};

function explain(issue: z.core.$ZodIssue): { problem: string; fix: string; extraPath?: string | undefined } {
  const field = fieldPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return {
        problem: `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${keys}`,
        fix: 'remove it, or correct the spelling: unknown fields are rejected so that typos do not pass silently',
        extraPath: issue.keys[0],
      };
    }
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return { problem: `required field "${field}" is missing`, fix: `add "${field}" (${expected})` };
      }
      return { problem: `expected ${expected}, found ${describe(issue.input)}`, fix: `write "${field}" as ${expected}` };
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return {
        problem: `${describe(issue.input)} is not allowed here`,
        fix: `use one of: ${options}`,
      };
    }
    case 'invalid_union': {
      if (('note' in issue && issue.note === 'No matching discriminator') || issue.errors.length === 0) {
        return {
          problem: `"${field === '' ? 'kind' : field}" is missing or not a known value`,
          fix: 'set kind to one of: "concept", "guide", "faq", "policy"',
          ...(field === '' ? { extraPath: 'kind' } : {}),
        };
      }
      return { problem: issue.message, fix: 'check the field against the schema in src/schemas/' };
    }
    case 'too_small': {
      const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      return {
        problem: `too short: needs at least ${String(issue.minimum)} ${unit}`.trimEnd(),
        fix: `make "${field}" at least ${String(issue.minimum)} ${unit}`.trimEnd(),
      };
    }
    case 'too_big': {
      const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      return {
        problem: `too long: at most ${String(issue.maximum)} ${unit}`.trimEnd(),
        fix: `shorten "${field}" to ${String(issue.maximum)} ${unit} or fewer`.trimEnd(),
      };
    }
    case 'invalid_format':
      return { problem: `${describe(issue.input)} is not a valid ${issue.format}`, fix: issue.message };
    case 'custom': {
      // A schema may carry its own fix (src/schemas/article.ts firstAction); a missing field is named as missing.
      const fix = typeof issue.params?.['fix'] === 'string' ? issue.params['fix'] : `correct "${field}": ${issue.message}`;
      if (issue.input === undefined) return { problem: `required field "${field}" is missing: ${issue.message}`, fix };
      return { problem: `${describe(issue.input)} is invalid: ${issue.message}`, fix };
    }
    default:
      return { problem: issue.message, fix: `correct "${field}" (see src/schemas/ for the expected shape)` };
  }
}

/** Maps a failed parse to issues located by line where the YAML tells us. */
export function zodIssuesToContentIssues(
  error: z.ZodError,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  rule = 'schema',
): ContentIssue[] {
  return error.issues.map((issue) => {
    const { problem, fix, extraPath } = explain(issue);
    const path = extraPath === undefined ? issue.path : [...issue.path, extraPath];
    const field = fieldPath(path);
    return { file, line: lineOf(path), field: field === '' ? undefined : field, problem, fix, rule };
  });
}
