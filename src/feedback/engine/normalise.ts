/**
 * What the browser may send as free text, cleaned the same way on both ends
 * (the widget before sending, the collector before storing): secrets removed
 * with the case summary's redaction, width and case folded, length capped.
 */
import { redactSecrets } from '../../troubleshooter/engine/redact.ts';
import { MAX_COMMENT_CHARS, MAX_QUERY_CHARS } from './constants.ts';

/** Stored in place of what looked like a password, a code or a card number; one marker for both languages keeps counts comparable. */
export const REDACTED = '[redacted]';

// Format characters (zero-width spaces, bidi overrides) arrive with copy and paste and mean nothing; control characters separate like a space.
const INVISIBLE = /\p{Cf}+/gu;
const CONTROL = /\p{Cc}+/gu;
const SPACES = /\s+/gu;

/** First `max` code points, so a cut never splits a surrogate pair. */
function cap(text: string, max: number): string {
  const points = Array.from(text);
  return points.length > max ? points.slice(0, max).join('') : text;
}

/**
 * A zero-result query as the report groups it: "  ＡＢＣ  扫码 " and "abc 扫码" are one entry.
 * Redacts before capping, so a card number cut in half cannot slip past.
 */
export function normaliseQuery(query: string): string {
  const folded = query.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(SPACES, ' ').trim().toLowerCase();
  return cap(redactSecrets(folded, REDACTED).text, MAX_QUERY_CHARS).trim();
}

/** A reader's comment: secrets hidden, invisible characters dropped, line breaks kept for reading. */
export function cleanComment(comment: string): string {
  const text = comment
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .replace(CONTROL, (run) => (run.includes('\n') ? '\n' : ''));
  return cap(redactSecrets(text, REDACTED).text.trim(), MAX_COMMENT_CHARS);
}
