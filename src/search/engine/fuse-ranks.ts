/**
 * Weighted reciprocal rank fusion: merges several ranked lists of ids into one.
 * A page that ranks well for the reader's own words stays on top; pages found
 * only by a fallback variant follow. k = 10 favours the first few ranks.
 */
export interface RankedList {
  ids: readonly string[];
  weight: number;
}

export function fuseRanks(lists: readonly RankedList[], k = 10): string[] {
  const scores = new Map<string, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  // A Map keeps the order ids were first seen in and sort is stable: ties stay in that order.
  return [...scores.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}
