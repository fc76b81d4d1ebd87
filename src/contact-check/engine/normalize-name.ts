/**
 * App publishers and social accounts are compared as text: the same after
 * trimming, case folding, collapsing runs of spaces and reading full-width
 * punctuation as ASCII (（）and ，are how a Chinese input method types the
 * brackets and commas of our names). Letters and digits are never folded:
 * "Ｅｘａｍｐｌｅ", "𝐄𝐱𝐚𝐦𝐩𝐥𝐞" or a Kangxi radical "⽰" are other characters, and
 * so other accounts, on every platform; the lookalike check names them.
 */
const FULL_WIDTH_PUNCTUATION = /[\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]/g;

export function normalizeName(input: string): string {
  return input
    .replace(FULL_WIDTH_PUNCTUATION, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)/g, ')')
    // An in-app path as people type it: 我的>客服中心, 我的 › 客服中心, 我的»客服中心.
    .replace(/\s*[\u203A>\u00BB]\s*/g, ' \u203A ')
    .trim();
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
  const bilingual = /^([^(]+?) \((.+)\)$/.exec(name);
  if (bilingual?.[1] !== undefined && bilingual[2] !== undefined) variants.push(bilingual[1], bilingual[2]);
  // An in-app path names the same screen from any step on: "App › 我的 › 客服中心", "我的 › 客服中心" (two steps at least).
  const steps = name.split(' \u203A ');
  for (let from = 1; from <= steps.length - 2; from++) variants.push(steps.slice(from).join(' \u203A '));
  if (steps.length > 2) {
    const app = /(?:^|\s)(app)$/.exec(steps[0] ?? '');
    if (app?.[1]) variants.push([app[1], ...steps.slice(1)].join(' \u203A '));
  }
  return variants.flatMap((variant) => (variant.startsWith('@') && variant.length > 1 ? [variant, variant.slice(1)] : [variant]));
}
