/**
 * Guesses what a reader pasted, in the order that resolves overlaps: an
 * explicit tel:/mailto:/scheme first, then an e-mail address, then something
 * made of digits, then anything shaped like a host, and finally a name.
 */
import { PHONE_SEPARATOR_CHARS } from './normalize-phone.ts';
import { scriptSchemeAt } from './script-link.ts';
import type { ContactKind } from './types.ts';
import { unwrapPasted } from './unwrap-pasted.ts';

const LINK_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const EMAIL = /^(?:[^<>@]*<\s*)?[^\s@<>/\\]+@[^\s@<>/\\?#:]+\.[^\s@<>/\\?#:]+\s*>?$/;
const PHONE = new RegExp(`^\\+?[\\d${PHONE_SEPARATOR_CHARS}]+$`);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const HOST_LIKE = /[^.\s]\.[^.\s]/;

/** undefined when there is nothing to check. */
export function detectKind(input: string): ContactKind | undefined {
  const text = unwrapPasted(input);
  if (text === '') return undefined;
  if (/^tel:/i.test(text)) return 'phone';
  if (/^mailto:/i.test(text)) return 'email';
  if (LINK_SCHEME.test(text.replace(/[\t\n\r]/g, '')) || scriptSchemeAt(text, 0)) return 'web';
  // NFKC so that full-width digits and "＠" count; "。" as a dot because Chinese input methods type it.
  const folded = text.normalize('NFKC').replace(/[\u3002\uFF61]/g, '.');
  if (EMAIL.test(folded)) return 'email';
  if (PHONE.test(folded) && /\d/.test(folded) && !IPV4.test(folded)) return 'phone';
  if (!/\s/.test(folded) && HOST_LIKE.test(folded)) return 'web';
  return 'name';
}
