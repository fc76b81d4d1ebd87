/**
 * What the reader is asking, read from cue words rather than topic words.
 *
 * Topic words say what a story is about (骗子, 客服, 账户, support, account);
 * they appear in many articles, so a story that mentions them ranks whichever
 * article uses them most. Cues say where the reader stands: 已经转了 / "I
 * already paid" is after the fact (scammed-what-now), 是不是骗子 / "is this a
 * scam" is still deciding (recognize-scams); "a payment I didn't make" is money
 * taken (unauthorized-transaction), "someone logged in" is the account taken
 * (account-compromised). A rule fires when every one of its groups has a cue in
 * the query and none of its `unless` cues is there. Rules are in order of
 * precedence: "someone asked me to…" says less than a payment the reader did
 * not make, and nothing once the reader says it already happened. A Latin cue
 * matches at the start of a word ("pin" is not in "spins"). Substring checks
 * only: linear in the query for each cue. The rules themselves are data (intent-rules.ts), shipped
 * in the locale's search-aliases.json so each reader downloads one language's.
 */
import { normalizeQuery } from './query-variants.ts';

export interface IntentRuleSpec {
  /** The article the intent is answered by. */
  slug: string;
  /** Each group must have one cue in the query; alternatives are separate rules. */
  all: readonly (readonly string[])[];
  unless?: readonly string[] | undefined;
}

/**
 * A rule as shipped to the browser: "slug/cue|cue/cue!unless|unless". About a
 * tenth smaller gzipped than the JSON of the spec, in a file every first search downloads.
 */
export type IntentRule = string;

const RESERVED = /[/|!]/;

/** Readers drop apostrophes ("didnt", "cant") or type them curly: cues and queries are read without them. */
const canonical = (text: string): string => text.replace(/['’‘]/g, '');

/** Packs a rule for shipping, its cues as they are compared (no apostrophes); a cue may not contain "/", "|" or "!". */
export function packRule(spec: IntentRuleSpec): IntentRule {
  const pack = (cues: readonly string[]): string => cues.map(canonical).join('|');
  for (const cue of [...spec.all.flat(), ...(spec.unless ?? [])]) {
    if (RESERVED.test(cue)) throw new Error(`Intent rule for "${spec.slug}": the cue "${cue}" contains "/", "|" or "!", which separate cues in the shipped rule; rephrase it without them.`);
  }
  const groups = [spec.slug, ...spec.all.map(pack)].join('/');
  return spec.unless?.length ? `${groups}!${pack(spec.unless)}` : groups;
}

/** `text` has a space before every Latin word (see intentSlugs), so a Latin cue is looked for after one. */
const has = (text: string, cue: string): boolean => text.includes(/^[a-z0-9]/.test(cue) ? ` ${cue}` : cue);

/** The articles the query's cues point to, first rule first, each once. */
export function intentSlugs(query: string, rules: readonly IntentRule[]): string[] {
  // A space before a Latin word that follows other text (账户pin → 账户 pin), so that " pin" is
  // found at the start of a word only: not in "spins". Single-character look-arounds: linear.
  const text = ` ${canonical(normalizeQuery(query).toLowerCase()).replace(/(?<=[^a-z0-9 -])(?=[a-z0-9])/g, ' ')} `;
  const slugs: string[] = [];
  for (const rule of rules) {
    const [groups = '', unless] = rule.split('!');
    const [slug = '', ...all] = groups.split('/');
    const fires = all.every((group) => group.split('|').some((cue) => has(text, cue))) && !(unless?.split('|') ?? []).some((cue) => has(text, cue));
    if (fires && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}
