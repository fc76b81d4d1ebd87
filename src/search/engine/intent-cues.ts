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
 * not make, and nothing once the reader says it already happened. Substring checks only:
 * linear on any input. The rules themselves are data (intent-rules.ts), shipped
 * in the locale's search-aliases.json so each reader downloads one language's.
 */
import { normalizeQuery } from './query-variants.ts';

export interface IntentRule {
  /** The article the intent is answered by. */
  slug: string;
  /** Each group must have one cue in the query; alternatives are separate rules. */
  all: readonly (readonly string[])[];
  unless?: readonly string[] | undefined;
}

const fires = (text: string, rule: IntentRule): boolean =>
  rule.all.every((group) => group.some((cue) => text.includes(cue))) && !(rule.unless ?? []).some((cue) => text.includes(cue));

/** The articles the query's cues point to, first rule first, each once. */
export function intentSlugs(query: string, rules: readonly IntentRule[]): string[] {
  const text = `${normalizeQuery(query).toLowerCase().replace(/[’‘]/g, "'")} `;
  const slugs: string[] = [];
  for (const rule of rules) if (!slugs.includes(rule.slug) && fires(text, rule)) slugs.push(rule.slug);
  return slugs;
}
