/**
 * The pre-filled "tell us more" e-mail. The page renders its parts (already in
 * the reader's language) as data attributes; the same function builds the
 * link on the server and again after the reader picks a reason, so the widget
 * ships no message table of its own.
 */

export interface MailParts {
  /** mailto:<address>?subject=<encoded subject> */
  base: string;
  /** The page's title and URL. */
  head: string;
  /** The reminder not to include codes or passwords. */
  hint: string;
  reasonLabel: string;
  commentLabel: string;
}

/** `reason` is the label the reader chose; `comment` is already redacted (it goes into a mail they send themselves, but a code should not ride along). */
export function composeMail(parts: MailParts, reason?: string | undefined, comment?: string | undefined): string {
  const lines = [parts.head];
  if (reason) lines.push(`${parts.reasonLabel}${reason}`);
  if (comment) lines.push(`${parts.commentLabel}${comment}`);
  lines.push('', parts.hint, '');
  // encodeURIComponent, not URLSearchParams: mail clients read "+" literally (RFC 6068 wants %20).
  return `${parts.base}&body=${encodeURIComponent(lines.join('\n'))}`;
}
