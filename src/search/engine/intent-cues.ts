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
 * matches at the start of a word ("pin" is not in "spins"); a cue "A…B" matches
 * A followed by B within a few characters (关掉…账 finds 关掉我的账户). Substring
 * checks only: linear in the query for each cue. The rules themselves are data (intent-rules.ts), shipped
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

/** Packs a rule for shipping; a cue may not contain "/", "|" or "!". */
export function packRule(spec: IntentRuleSpec): IntentRule {
  for (const cue of [...spec.all.flat(), ...(spec.unless ?? [])]) {
    if (RESERVED.test(cue)) throw new Error(`Intent rule for "${spec.slug}": the cue "${cue}" contains "/", "|" or "!", which separate cues in the shipped rule; rephrase it without them.`);
  }
  const groups = [spec.slug, ...spec.all.map((group) => group.join('|'))].join('/');
  return spec.unless?.length ? `${groups}!${spec.unless.join('|')}` : groups;
}

function unpackRule(rule: IntentRule): IntentRuleSpec {
  const [groups = '', unless] = rule.split('!');
  const [slug = '', ...all] = groups.split('/');
  return { slug, all: all.map((group) => group.split('|')), unless: unless?.split('|') };
}

/** Rules are unpacked once: the same few dozen strings arrive with every query. */
const unpacked = new Map<IntentRule, IntentRuleSpec>();

/**
 * Spellings that mean the same cue: readers drop apostrophes ("didnt", "cant")
 * or type them curly, and write 帐 for 账 and 登陆 for 登录.
 */
const canonical = (text: string): string => text.replace(/['’‘]/g, '').split('帐').join('账').split('登陆').join('登录');

/** How many characters may stand between the two halves of a cue "A…B" (我的, 这个, 一下). */
const GAP = 4;

const LATIN = /[a-z0-9]/;

function has(text: string, cue: string): boolean {
  const [head = '', tail] = canonical(cue).split('…');
  const wordStart = LATIN.test(head.charAt(0));
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
    if (wordStart && at > 0 && LATIN.test(text.charAt(at - 1))) continue;
    const end = at + head.length;
    if (tail === undefined || text.slice(end, end + GAP + tail.length).includes(tail)) return true;
  }
  return false;
}

const fires = (text: string, rule: IntentRuleSpec): boolean =>
  rule.all.every((group) => group.some((cue) => has(text, cue))) && !(rule.unless ?? []).some((cue) => has(text, cue));

/** The articles the query's cues point to, first rule first, each once. */
export function intentSlugs(query: string, rules: readonly IntentRule[]): string[] {
  const text = `${canonical(normalizeQuery(query).toLowerCase())} `;
  const slugs: string[] = [];
  for (const packed of rules) {
    let rule = unpacked.get(packed);
    if (!rule) unpacked.set(packed, (rule = unpackRule(packed)));
    if (!slugs.includes(rule.slug) && fires(text, rule)) slugs.push(rule.slug);
  }
  return slugs;
}
