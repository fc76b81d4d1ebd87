/**
 * The one message formatter, used by Astro at build time and by custom elements in the browser
 * (it imports nothing, so it adds a few hundred bytes to a bundle).
 *
 * A message is a whole sentence with `{name}` placeholders — never a sentence glued together from
 * pieces, because word order differs between languages. When a sentence depends on a number, the
 * message is one sentence per plural category of `{n}`, chosen with Intl.PluralRules: English has
 * `one` and `other` ("1 result", "2 results"); Chinese has only `other`.
 */

/** One sentence per plural category; `other` is required because every language has it. */
export interface PluralMessage {
  readonly other: string;
  readonly zero?: string | undefined;
  readonly one?: string | undefined;
  readonly two?: string | undefined;
  readonly few?: string | undefined;
  readonly many?: string | undefined;
}

export type Message = string | PluralMessage;

export type MessageValues = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** `{name}` placeholders; a value is inserted as it is, never expanded again. */
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a message. A plural message picks its sentence by `values.n` (`other` when n is missing
 * or the category has no sentence). A placeholder without a value stays visible as `{name}`, so
 * a forgotten value shows up in review instead of vanishing.
 */
export function format(locale: string, message: Message, values: MessageValues = {}): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = values['n'];
    template = (typeof count === 'number' ? message[pluralCategory(locale, count)] : undefined) ?? message.other;
  }
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A message as a data-attribute value, for a custom element that formats it in the browser. */
export function encodeMessage(message: Message): string {
  return JSON.stringify(message);
}

/**
 * Reads a message back from a data attribute. Anything that is not an encoded message (a missing
 * attribute, a hand-written plain string) is taken as a plain template, so the page still says something.
 */
export function decodeMessage(encoded: string | undefined): Message {
  if (encoded === undefined) return '';
  try {
    const parsed: unknown = JSON.parse(encoded);
    if (typeof parsed === 'string') return parsed;
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { other?: unknown }).other === 'string') return parsed as PluralMessage;
  } catch {
    // Not JSON: a plain template.
  }
  return encoded;
}
