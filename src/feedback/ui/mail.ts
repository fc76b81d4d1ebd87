/**
 * The pre-filled "tell us more" e-mail. The page renders the link with the
 * page's title and URL and a reminder not to include codes; after the reader
 * picks a reason, the widget adds it to the same link, so the widget ships no
 * message table of its own and the page carries the text once.
 */

export interface MailParts {
  address: string;
  subject: string;
  /** The page's title and URL, one per line. */
  head: string;
  /** The reminder not to include codes or passwords. */
  hint: string;
}

/*
 * Only what a mailto: query value cannot hold literally is escaped: the URL's own
 * delimiters, "%" and "+" (mail clients read "+" literally, RFC 6068 wants %20), spaces,
 * line breaks and other controls. Chinese stays as it is: a valid URL may contain it, the
 * browser encodes it when the link is followed, and %E5%B8%AE… is three times as long and
 * compresses badly (it was a fifth of the feedback widget's bytes).
 */
const RESERVED = /[\u0000-\u0020"#%&+<>?`\u007f]/g;
const escapeChar = (char: string): string => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
export const encodeMailValue = (text: string): string => text.replace(RESERVED, escapeChar);

const BODY = '&body=';

export function composeMail(parts: MailParts): string {
  return `mailto:${parts.address}?subject=${encodeMailValue(parts.subject)}${BODY}${encodeMailValue(`${parts.head}\n\n${parts.hint}\n`)}`;
}

/**
 * The same link with the reader's reason and comment added under the page's title and URL.
 * `lines` are already redacted: the reader sends the mail themselves, but a code should not ride along.
 */
export function withDetails(href: string, lines: readonly string[]): string {
  const at = href.indexOf(BODY);
  if (at < 0 || lines.length === 0) return href;
  const body = decodeURIComponent(href.slice(at + BODY.length));
  const split = body.indexOf('\n\n');
  if (split < 0) return href;
  return `${href.slice(0, at)}${BODY}${encodeMailValue(`${body.slice(0, split)}\n${lines.join('\n')}${body.slice(split)}`)}`;
}
