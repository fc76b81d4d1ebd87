/**
 * The two frontmatter fields translation status needs, read without the
 * content pipeline so `npm run translations` stays a fast, standalone look at
 * the files. A file with broken frontmatter still gets a row (its dates are
 * unknown); the content check is what reports the breakage.
 * TODO: read them from the pipeline's loaded articles once `npm run check`
 * and this command share a loader (issue 14's pipeline work).
 */
import { parse } from 'yaml';
import { isCalendarDate } from '../../schemas/common.ts';

export interface TranslationFields {
  updated: string | undefined;
  translationPending: boolean;
}

/** The YAML between a leading `---` line and the next `---` line, found by scanning lines (no regular expression over editor text). */
export function frontmatterText(text: string): string | undefined {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  return end === -1 ? undefined : lines.slice(1, end).join('\n');
}

export function readTranslationFields(text: string): TranslationFields {
  const yaml = frontmatterText(text);
  let data: unknown;
  try {
    data = yaml === undefined ? undefined : parse(yaml);
  } catch {
    data = undefined;
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const updated = record['updated'];
  return {
    updated: typeof updated === 'string' && isCalendarDate(updated) ? updated : undefined,
    translationPending: record['translationPending'] === true,
  };
}
