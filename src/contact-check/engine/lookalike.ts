/**
 * Does a host imitate one of ours? Scammers register names that read like
 * example.com: other letters that look the same (Cyrillic "е", full-width
 * "ｅ"), swapped characters (examp1e, exarnple), typos, extra words
 * (example-login), another ending (example.cn), or ours pushed into a
 * subdomain (example.com.evil.cn). Only the registrable label decides who owns
 * a host, so that is what gets compared.
 */
import { isWithin, registrableDomain, type ParsedHost } from './domain.ts';
import type { ReasonCode } from './types.ts';

/**
 * Letters from other scripts that render like Latin ones, after lower-casing.
 * A compact hand-picked subset of Unicode's confusables.txt; escapes keep the
 * look-alikes visible to reviewers.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0445': 'x', // Cyrillic а е о р с х
  '\u0443': 'y', '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u0501': 'd', '\u04BB': 'h', // Cyrillic у і ј ѕ ԁ һ
  '\u04CF': 'l', '\u051B': 'q', '\u051D': 'w', '\u043A': 'k', '\u0475': 'v', // Cyrillic ӏ ԛ ԝ к ѵ
  '\u03BF': 'o', '\u03B1': 'a', '\u03BD': 'v', '\u03C1': 'p', '\u03B9': 'i', '\u03BA': 'k', // Greek ο α ν ρ ι κ
  '\u03B5': 'e', '\u03C5': 'u', '\u03C7': 'x', '\u03F2': 'c', '\u03F3': 'j', // Greek ε υ χ ϲ ϳ
  '\u0131': 'i', '\u0251': 'a', '\u0261': 'g', '\u0269': 'i', // Latin ı ɑ ɡ ɩ
  '\u0585': 'o', '\u057D': 'u', // Armenian օ ս
};

/** What a reader takes the text to say: accents dropped, case folded, look-alike letters made Latin. */
export function skeleton(text: string): string {
  return Array.from(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), (char) => CONFUSABLES[char] ?? char).join('');
}

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

function imitationOf(host: ParsedHost, read: string, official: string): ReasonCode[] {
  if (isWithin(read, official)) return host.disguised || !isWithin(host.ascii, official) ? ['confusable-characters'] : [];
  const target = registrableDomain(official);
  const candidate = registrableDomain(read);
  const looksLikeTarget = (label: string): boolean =>
    label === target.label || foldLookalikes(label) === foldLookalikes(target.label);
  const reasons: ReasonCode[] = [];
  if (candidate.subdomains.some(looksLikeTarget)) reasons.push('official-name-as-subdomain');
  const label = candidate.label;
  if (label === target.label) {
    reasons.push('other-tld');
  } else if (foldLookalikes(label) === foldLookalikes(target.label)) {
    reasons.push('character-swap');
  } else if (label.includes(target.label) || (label.includes('-') && label.split('-').some((part) => looksLikeTarget(part) || isNearMiss(part, target.label)))) {
    reasons.push('extra-words');
  } else if (isNearMiss(label, target.label) || isNearMiss(foldLookalikes(label), foldLookalikes(target.label))) {
    reasons.push('typo-lookalike');
  }
  if (reasons.length > 0 && read !== host.unicode) reasons.unshift('confusable-characters');
  return reasons;
}

/**
 * How `host` imitates one of `officialDomains` (registrable domains such as
 * "example.com"); no reasons when it does not resemble any of them.
 */
export function findImitation(host: ParsedHost, officialDomains: readonly string[]): Imitation {
  const read = skeleton(host.unicode);
  const reasons: ReasonCode[] = [];
  let imitates: string | undefined;
  for (const official of officialDomains) {
    const found = imitationOf(host, read, official);
    if (found.length === 0) continue;
    imitates ??= official;
    for (const reason of found) if (!reasons.includes(reason)) reasons.push(reason);
  }
  if (host.unicode.split('.').some(hasMixedScripts)) reasons.push('mixed-scripts');
  return { reasons, imitates };
}
