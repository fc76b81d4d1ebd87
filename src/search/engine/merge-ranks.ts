/**
 * The final order of results: Pagefind's ranking of the page text, fused with
 * how well the reader's words (and their synonym variants) match the phrasings
 * editors recorded. Pure, so the weights are tested without a browser.
 */
import { matchAliases, type AliasEntry, type AliasIndex } from './alias-match.ts';
import { fuseRanks } from './fuse-ranks.ts';

export interface AliasScore {
  entry: AliasEntry;
  score: number;
}

/** An article's probability from the learned ranker (query-classifier.ts). */
export interface LearnedScore {
  url: string;
  probability: number;
}

/** The learned ranker's first few articles count, in its order; beyond them it is guessing. */
const LEARNED_DEPTH = 5;
const LEARNED_WEIGHT = 3;
/**
 * A probability the model reaches only when the query reads like the phrasings it learned from
 * (with two dozen articles, several times an even guess). On seen sets 8–13 0.2 and 0.3 rank the
 * same; on sets 14–15, scored after their first, unseen run, 0.2 put two more English stories right.
 */
const CONFIDENT = 0.2;
/**
 * Measured on six seen sets per language, each scored by a model trained without it: at 5 a confident
 * model outranks the hand-written cues and Pagefind together (recall@1 en 0.960 → 0.972, zh 0.962 →
 * 0.974); at 3 they overruled it more often wrongly than rightly.
 */
const CONFIDENT_WEIGHT = 5;

/** A phrasing an editor recorded almost word for word is the strongest signal there is. */
const STRONG_ALIAS = 0.75;

/** Enough for a cue's page to lead one that tops both other lists on topic words alone. */
const INTENT_WEIGHT = 3;

/**
 * The pages of later rules, which fired too: rules are in order of precedence
 * (intent-cues.ts), so a side topic's cue ("…and now the SIM is gone") counts
 * for less than the first, yet still above pages no cue points to.
 */
const LATER_INTENT_WEIGHT = 1.5;

/** The best alias score of each entry over the reader's words and their synonym variants, best first. */
export function bestAliasScores(own: string, variants: readonly string[], index: AliasIndex, keep: (entry: AliasEntry) => boolean = () => true): AliasScore[] {
  const best = new Map<string, AliasScore>();
  for (const phrasing of [own, ...variants]) {
    for (const hit of matchAliases(phrasing, index)) {
      // A synonym's match counts a little less than the reader's own words.
      const score = phrasing === own ? hit.score : hit.score * 0.9;
      if ((best.get(hit.entry.url)?.score ?? 0) < score) best.set(hit.entry.url, { entry: hit.entry, score });
    }
  }
  return [...best.values()].filter(({ entry }) => keep(entry)).sort((a, b) => b.score - a.score);
}

/**
 * Page URLs in their final order. `intents` are the pages the query's cue words
 * point to (intent-cues.ts): where the reader stands outweighs which topic words
 * a story happens to mention.
 */
export function mergeRanks(pagefindUrls: readonly string[], aliases: readonly AliasScore[], intents: readonly string[] = [], learned: readonly LearnedScore[] = []): string[] {
  const top = aliases[0];
  const runnerUp = aliases[1]?.score ?? 0;
  const likeliest = learned[0];
  return fuseRanks([
    { ids: learned.slice(0, LEARNED_DEPTH).map(({ url }) => url), weight: LEARNED_WEIGHT },
    // The model sure of one article: it leads unless the other signals agree on another.
    { ids: likeliest && likeliest.probability >= CONFIDENT ? [likeliest.url] : [], weight: CONFIDENT_WEIGHT },
    { ids: pagefindUrls, weight: 1 },
    { ids: aliases.map(({ entry }) => entry.url), weight: 1.2 },
    { ids: aliases.filter(({ score }) => score >= STRONG_ALIAS).map(({ entry }) => entry.url), weight: 1 },
    // One entry clearly ahead of all others on the editors' phrasings leads.
    { ids: top && top.score >= 0.5 && top.score - runnerUp >= 0.15 ? [top.entry.url] : [], weight: 1 },
    { ids: intents.slice(0, 1), weight: INTENT_WEIGHT },
    { ids: intents.slice(1), weight: LATER_INTENT_WEIGHT },
  ]);
}
