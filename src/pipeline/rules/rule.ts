import type { ContentIssue } from '../issue.ts';
import type { RawContent } from '../load-content.ts';
import type { SiteContent } from '../site-content.ts';

/** A content rule: one concern, reported as issues that name file, line, field and fix. */
export interface ContentRule {
  id: string;
  check: (content: SiteContent, raw: RawContent) => ContentIssue[];
}
