/**
 * App publishers and social accounts are compared as text: the same after
 * trimming, NFKC (full-width letters, compatibility forms), case folding and
 * collapsing runs of spaces. Nothing looser: a scam account's name is usually
 * ours with a word added.
 */
export function normalizeName(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The ways a reader may write one registry name. "示例钱包科技有限公司 (Example
 * Wallet Technology Co., Ltd.)" is also either name alone, since a store shows
 * one of them; "@示例钱包" is also "示例钱包", since platforms show handles with
 * and without the "@".
 */
export function nameVariants(value: string): string[] {
  const name = normalizeName(value);
  const variants = [name];
  const bilingual = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (bilingual?.[1] !== undefined && bilingual[2] !== undefined) variants.push(bilingual[1], bilingual[2]);
  return variants.flatMap((variant) => (variant.startsWith('@') && variant.length > 1 ? [variant, variant.slice(1)] : [variant]));
}
