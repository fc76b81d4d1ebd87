/**
 * Does a host imitate one of ours? Scammers register names that read like
 * example.com: other letters that look the same (Cyrillic "е", full-width
 * "ｅ"), swapped characters (examp1e, exarnple), typos, extra words
 * (example-login), another ending (example.cn), or ours pushed into a
 * subdomain (example.com.evil.cn). Only the registrable label decides who owns
 * a host, so that is what gets compared.
 */
import { isWithin, registrableDomain, type ParsedHost } from './domain.ts';
import type { ConfusableTable } from './confusables.ts';
import type { ReasonCode } from './types.ts';

const NO_TABLE: ConfusableTable = new Map();

/**
 * What a reader takes the text to say (UTS #39's skeleton, a little looser): compatibility forms
 * unfolded (NFKD: full-width, maths letters, Kangxi radicals), accents dropped, case folded and
 * look-alike letters replaced by the ones they imitate. `table` is Unicode's confusables list;
 * without it only NFKD applies, which is all an ASCII input needs.
 */
export function skeleton(text: string, table: ConfusableTable = NO_TABLE): string {
  // Format characters (zero-width space, joiners, soft hyphen) are invisible: a reader sees the text without them.
  const unfold = (value: string): string => value.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').toLowerCase();
  let mapped = '';
  for (const char of unfold(text)) mapped += table.get(char) ?? char;
  return unfold(mapped);
}

/** Non-ASCII letters or digits: the only input for which the confusables table changes anything. */
export const needsConfusables = (text: string): boolean => /[^\x00-\x7f]/.test(text) && /[^\x00-\x7f\s\p{P}\p{S}]/u.test(text);

/** The confusables table, fetched on first use (a separate chunk in the browser). */
export const loadConfusables = async (): Promise<ConfusableTable> => (await import('./confusables.ts')).CONFUSABLES;

/** ASCII look-alikes folded together (rn/m, vv/w, 0/o, 1/i/l) so "exarnple" and "examp1e" meet "example". */
export function foldLookalikes(text: string): string {
  return text.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/[1i|]/g, 'l');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** A typo away: 1 edit for short names, 2 for names of six characters or more; never the name itself. */
export function isNearMiss(candidate: string, official: string): boolean {
  const allowed = official.length >= 6 ? 2 : official.length >= 4 ? 1 : 0;
  const distance = editDistance(candidate, official);
  return distance >= 1 && distance <= allowed;
}

const LOOKALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/** Latin, Cyrillic and Greek letters mixed in one label: never a real name. Han next to Latin is normal and allowed. */
export function hasMixedScripts(label: string): boolean {
  return LOOKALIKE_SCRIPTS.filter((script) => script.test(label)).length > 1;
}

export interface Imitation {
  reasons: ReasonCode[];
  /** The official domain imitated, when there is one. */
  imitates: string | undefined;
}

/** The words of a label: "example-com" is "example" and "com". */
const words = (label: string): string[] => label.split(/[-_]/);

function imitationOf(host: ParsedHost, read: string, official: string): ReasonCode[] {
  if (isWithin(read, official)) return host.disguised || !isWithin(host.ascii, official) ? ['confusable-characters'] : [];
  const target = registrableDomain(official);
  const candidate = registrableDomain(read);
  const looksLikeTarget = (label: string): boolean =>
    label === target.label || foldLookalikes(label) === foldLookalikes(target.label);
  const reasons: ReasonCode[] = [];
  if (candidate.subdomains.some((label) => label.includes(target.label) || words(label).some(looksLikeTarget))) reasons.push('official-name-as-subdomain');
  const label = candidate.label;
  if (label === target.label) {
    reasons.push('other-tld');
  } else if (foldLookalikes(label) === foldLookalikes(target.label)) {
    reasons.push('character-swap');
  } else if (label.includes(target.label) || (label.includes('-') && words(label).some((part) => looksLikeTarget(part) || isNearMiss(part, target.label)))) {
    reasons.push('extra-words');
  } else if (isNearMiss(label, target.label) || isNearMiss(foldLookalikes(label), foldLookalikes(target.label))) {
    reasons.push('typo-lookalike');
  }
  if (reasons.length > 0 && read !== host.unicode) reasons.unshift('confusable-characters');
  return reasons;
}

/** Without spaces, punctuation and symbols: how a brand reads inside a host or a mailbox. */
export const squash = (text: string): string => text.replace(/[\p{P}\p{S}\s]/gu, '');

/**
 * How `host` imitates one of `officialDomains` (registrable domains such as
 * "example.com"); no reasons when it does not resemble any of them.
 * `brandNames` (squashed skeletons of our app and account names) catch 示例钱包.com.
 */
export function findImitation(host: ParsedHost, officialDomains: readonly string[], brandNames: readonly string[] = [], table?: ConfusableTable): Imitation {
  const read = skeleton(host.unicode, table);
  const reasons: ReasonCode[] = [];
  let imitates: string | undefined;
  for (const official of officialDomains) {
    const found = imitationOf(host, read, official);
    if (found.length === 0) continue;
    imitates ??= official;
    for (const reason of found) if (!reasons.includes(reason)) reasons.push(reason);
  }
  const labels = read.split('.');
  if (brandNames.some((brand) => labels.some((label) => squash(label).includes(brand)))) {
    reasons.push('brand-name-as-domain');
    imitates ??= officialDomains[0];
  }
  if (host.unicode.split('.').some(hasMixedScripts)) reasons.push('mixed-scripts');
  return { reasons, imitates };
}
