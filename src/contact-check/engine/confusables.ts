/**
 * Unicode's own list of characters that look alike (UTS #39 confusables.txt,
 * as shipped by the unhomoglyph package, Unicode 13). About 30 KiB gzip, so the
 * checker page loads it only when the input has non-ASCII letters (see
 * loadConfusables in lookalike.ts); the content check imports it directly.
 */
import data from 'unhomoglyph/data.json' with { type: 'json' };

/** One character → the characters it is meant to be read as ("а" → "a", "⽰" → "示"). */
export type ConfusableTable = ReadonlyMap<string, string>;

// ASCII entries (0 → O, 1 → l, m → rn) are left out: ASCII look-alikes are judged by
// foldLookalikes for every input alike, whether or not this table was loaded.
export const CONFUSABLES: ConfusableTable = new Map(Object.entries(data as Record<string, string>).filter(([char]) => char.charCodeAt(0) > 0x7f));
