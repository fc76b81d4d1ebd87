/**
 * Query expansion with editor-maintained synonym groups: "account suspended"
 * is also tried as "account frozen" and "account limited"; 转账到错误账户 as
 * 转账到错账户. Chinese matches by substring, English by whole word or phrase.
 */
import type { SearchLocale } from './query-variants.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternative phrasings of `query`, each replacing one matched term with a synonym. At most `limit`. */
export function synonymVariants(query: string, groups: readonly (readonly string[])[], locale: SearchLocale, limit = 6): string[] {
  const variants: string[] = [];
  const lower = query.toLowerCase();
  for (const group of groups) {
    // Longest first, so 人工客服 wins over 客服.
    const members = [...group].sort((a, b) => b.length - a.length);
    const found = members.find((member) =>
      locale === 'en' ? new RegExp(`\\b${escape(member.toLowerCase())}\\b`).test(lower) : lower.includes(member.toLowerCase()),
    );
    if (found === undefined) continue;
    const pattern = locale === 'en' ? new RegExp(`\\b${escape(found.toLowerCase())}\\b`) : new RegExp(escape(found.toLowerCase()));
    for (const other of members) {
      if (other === found) continue;
      const variant = lower.replace(pattern, other.toLowerCase());
      if (!variants.includes(variant) && variant !== lower) variants.push(variant);
      if (variants.length >= limit) return variants;
    }
  }
  return variants;
}
