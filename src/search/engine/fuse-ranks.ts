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
  const firstSeen = new Map<string, number>();
  let order = 0;
  for (const { ids, weight } of lists) {
    ids.forEach((id, rank) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1));
      if (!firstSeen.has(id)) firstSeen.set(id, order++);
    });
  }
  return [...scores.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
}
