/**
 * Query expansion with editor-maintained synonym groups: "account suspended"
 * is also tried as "account frozen" and "account limited"; 转账到错误账户 as
 * 转账到错账户. Chinese matches by substring, English by whole word or phrase.
 */
import type { SearchLocale } from './query-variants.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Alternative phrasings of `query`, each replacing one matched term with a synonym. At most `limit`,
 * taken in turn from each group that matched, so one large group (frozen, suspended, locked, …)
 * cannot crowd out the others ("sms" → "text" in "sms saying my account is blocked").
 */
export function synonymVariants(query: string, groups: readonly (readonly string[])[], locale: SearchLocale, limit = 6): string[] {
  const lower = query.toLowerCase();
  // English by whole word or phrase, Chinese anywhere.
  const matcher = (member: string): RegExp => new RegExp(locale === 'en' ? `\\b${escape(member.toLowerCase())}\\b` : escape(member.toLowerCase()));
  const perGroup: string[][] = [];
  for (const group of groups) {
    // Longest first, so 人工客服 wins over 客服.
    const members = [...group].sort((a, b) => b.length - a.length);
    const found = members.find((member) => matcher(member).test(lower));
    if (found === undefined) continue;
    const pattern = matcher(found);
    perGroup.push(members.filter((other) => other !== found).map((other) => lower.replace(pattern, other.toLowerCase())));
  }
  const variants: string[] = [];
  for (let round = 0; variants.length < limit && perGroup.some((list) => round < list.length); round++) {
    for (const list of perGroup) {
      const variant = list[round];
      if (variant !== undefined && variant !== lower && !variants.includes(variant)) variants.push(variant);
      if (variants.length >= limit) break;
    }
  }
  return variants;
}
