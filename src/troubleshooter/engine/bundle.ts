/**
 * What one troubleshooter page needs from the trees, and nothing more: the
 * tree the reader starts in, the trees its options can lead to, and one
 * language's text. Emitted at build time as /<locale>/troubleshoot/<tree>.json,
 * so a guide with an embedded troubleshooter downloads a few KiB, once the
 * reader answers, instead of every tree in both languages at page load.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Tree } from '../../schemas/troubleshooter.ts';
import { resolveRef } from './machine.ts';

/** `from` first, then every tree reachable through options' `next`, each once. Empty when `from` is unknown. */
export function reachableTrees(trees: readonly Tree[], from: string): Tree[] {
  const first = trees.find((tree) => tree.id === from);
  if (!first) return [];
  const found: Tree[] = [first];
  const seen = new Set([first.id]);
  for (let index = 0; index < found.length; index += 1) {
    const tree = found[index] as Tree;
    for (const node of tree.nodes) {
      if (node.type !== 'question') continue;
      for (const option of node.options) {
        const target = resolveRef(trees, tree, option.next)?.tree;
        if (target && !seen.has(target.id)) {
          seen.add(target.id);
          found.push(target);
        }
      }
    }
  }
  return found;
}

const isLocalized = (value: object, locales: readonly Locale[]): boolean => {
  const keys = Object.keys(value);
  return keys.length === locales.length && locales.every((locale) => keys.includes(locale));
};

/** Drops every language but `locale` from localized text ({ "zh-CN": …, en: … }) anywhere in `value`. */
function keepLocale(value: unknown, locale: Locale, locales: readonly Locale[]): unknown {
  if (Array.isArray(value)) return value.map((item) => keepLocale(item, locale, locales));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value, locales)) return { [locale]: (value as Record<string, unknown>)[locale] };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keepLocale(item, locale, locales)]));
}

/**
 * The trees a reader starting in `from` can reach, with only `locale`'s text.
 * The result keeps the `Tree` type although other languages are absent: the
 * browser reads only `text[locale]` of the page's own language.
 */
export function treeBundle(trees: readonly Tree[], from: string, locale: Locale, locales: readonly Locale[]): Tree[] {
  return reachableTrees(trees, from).map((tree) => keepLocale(tree, locale, locales) as Tree);
}
