/**
 * File names are URLs: each must be a valid slug, and two files must never
 * publish to the same URL (Forgot-Password.mdx next to forgot-password.md).
 */
import { idSchema } from '../../schemas/common.ts';
import type { ContentIssue } from '../issue.ts';
import type { MarkdownSource } from '../load-content.ts';
import type { ContentRule } from './rule.ts';

function checkCollection(sources: readonly MarkdownSource[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    if (!idSchema.safeParse(source.slug).success) {
      issues.push({
        file: source.file, rule: 'slugs',
        problem: `the file name "${source.slug}" is not a valid slug`,
        fix: 'rename the file using lower-case letters, digits and single hyphens, e.g. forgot-password.mdx',
      });
    }
    const key = `${source.localeDir}/${source.slug.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        file: source.file, rule: 'slugs',
        problem: `duplicate slug: ${first} already publishes "${source.slug.toLowerCase()}"`,
        fix: 'rename or delete one of the two files; every article needs its own slug',
      });
    } else {
      seen.set(key, source.file);
    }
  }
  return issues;
}

export const slugsRule: ContentRule = {
  id: 'slugs',
  check: (_content, raw) => [...checkCollection(raw.articles), ...checkCollection(raw.updates)],
};
