/**
 * A small learned ranker: which article answers a query, learned from the
 * phrasings editors label (content/search-phrasings/, article titles,
 * descriptions, aliases, FAQ questions) rather than from rules.
 *
 * Hand-written cues (intent-rules.ts) and alias overlap (alias-match.ts) miss
 * phrasings nobody thought of; a linear model over character pairs (Chinese)
 * and words and word pieces (English) generalises from a few thousand
 * examples to wordings it has never seen. It is multinomial logistic
 * regression trained at build time (deterministic: fixed shuffle seed) and
 * shipped pruned in the locale's search-aliases.json; the browser only sums
 * weights, linear in the query.
 */
import { stem } from './alias-match.ts';
import { EN_FILLER, normalizeQuery, type SearchLocale } from './query-variants.ts';

/** Particles that carry no topic in a Chinese query. */
const ZH_PARTICLES = /[的了吗呢吧啊呀么嘛哦]/gu;
/** Negations change an English query's intent ("I did NOT make this payment", "didn't go through"). */
const EN_NEGATIONS = new Set(['not', 'no', 'never', 'didnt', 'dont', 'cant', 'wont', 'isnt', 'havent', 'hasnt', 'doesnt', 'wasnt']);
/** How many words after a negation it covers, within the clause. */
const NEGATION_SCOPE = 3;
/** Words that start a new clause, and so end a negation's scope. */
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'so', 'because', 'then', 'which', 'that', 'while', 'when', 'after']);


/**
 * A query's features with their weights, scaled to unit length so a long story
 * counts no more than a short query. Keys carry a kind prefix: "b" a character
 * pair, "u" a character, "w" a word, "p" a word pair, "c" four letters of a
 * longer word (typos keep most of them), "n" a word a negation covers, "!" a
 * negation. (Pairs one character
 * apart were tried: a third more bytes, no better on unseen queries.)
 */
export function classifierFeatures(text: string, locale: SearchLocale): Map<string, number> {
  const normalized = normalizeQuery(text).toLowerCase().replace(/['’‘]/g, '');
  const found = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    found.set(key, Math.max(found.get(key) ?? 0, weight));
  };
  if (locale === 'zh-CN') {
    const characters = normalized.replace(ZH_PARTICLES, '').match(/\p{Script=Han}/gu) ?? [];
    characters.forEach((character, index) => {
      add(`u${character}`, 0.5);
      const next = characters[index + 1];
      if (next !== undefined) add(`b${character}${next}`, 1);
    });
  }
  // Up to three words after a negation, within its clause, read as negated ("n" keys): "not the
  // login one" is no vote for the login article (its four-letter pieces still count a little).
  // Measured on twelve seen sets: English recall@1 0.943 → 0.952. A clause ends at a mark
  // (NFKC has made full-width ones ASCII) or a joining word: "not mine and my email was changed".
  // Ending at joining words too, on sixteen seen sets: 0.961 → 0.962.
  const words: string[] = [];
  const negated = new Set<number>();
  let negating = 0;
  for (const token of normalized.match(/[a-z0-9]+|[.,;:!?()。、]/g) ?? []) {
    const word = stem(token);
    if (EN_NEGATIONS.has(token)) {
      add('!', 1);
      negating = NEGATION_SCOPE;
    } else if (!/[a-z0-9]/.test(token) || CLAUSE_WORDS.has(token)) negating = 0;
    else if (!EN_FILLER.has(token) && word.length > 1) {
      if (negating-- > 0) negated.add(words.length);
      words.push(word);
    }
  }
  words.forEach((word, index) => {
    add(`${negated.has(index) ? 'n' : 'w'}${word}`, 1);
    const next = words[index + 1];
    if (next !== undefined) add(`p${word} ${next}`, 0.7);
    if (locale === 'en' && word.length >= 5) for (let start = 0; start + 4 <= word.length; start++) add(`c${word.slice(start, start + 4)}`, 0.3);
  });
  // Pinyin typed without an input method is spaced by syllable ("zhang dan"), by word ("zhangdan") or
  // not at all: four-letter pieces of the letters run together read all three the same.
  if (locale === 'zh-CN') {
    const letters = (normalized.match(/[a-z0-9]+/g) ?? []).filter((word) => /^[a-z]+$/.test(word)).join('');
    for (let start = 0; start + 4 <= letters.length; start++) add(`c${letters.slice(start, start + 4)}`, 0.3);
  }
  let norm = 0;
  for (const weight of found.values()) norm += weight * weight;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [key, weight] of found) found.set(key, weight * scale);
  return found;
}

export interface LabelledPhrasing {
  text: string;
  slug: string;
  /** How much the example counts (headings are weaker evidence than a reader's phrasing). */
  weight?: number | undefined;
}

/**
 * The model as shipped. `weights` is one line per kept feature: the number of articles n (1–9),
 * then n pairs of characters (the article's index into `slugs` and its weight in tenths, each
 * as the character code 48 + value), then the feature's key. A tenth of a weight is finer than
 * the model's own noise, and this packing is a tenth smaller gzipped than JSON arrays, in a
 * file every first search downloads.
 */
export interface ClassifierModel {
  slugs: string[];
  weights: string;
}

/** The weights as the browser reads them: feature → (article index, weight) pairs. */
export type ClassifierWeights = ReadonlyMap<string, readonly number[]>;

const CODE_OFFSET = 48;
/** The largest weight (in tenths) and article index a character of the packing holds. */
const LARGEST_PACKED = 0xd7ff - CODE_OFFSET;

export function unpackWeights(model: ClassifierModel): ClassifierWeights {
  const weights = new Map<string, number[]>();
  for (const line of model.weights.split('\n')) {
    const count = Number(line[0]);
    if (!(count >= 1)) continue;
    const pairs: number[] = [];
    for (let index = 1; index <= 2 * count; index++) pairs.push(line.charCodeAt(index) - CODE_OFFSET);
    weights.set(line.slice(1 + 2 * count), pairs);
  }
  return weights;
}

export interface TrainingOptions {
  epochs?: number | undefined;
  /** A feature must occur in this many examples to be learned (rarer ones are noise and bytes). */
  minExamples?: number | undefined;
  /** The same, per feature kind (the key's first letter), where a kind has many weak features. */
  minExamplesOfKind?: Readonly<Record<string, number>> | undefined;
  /** Per feature, only this many articles' weights are shipped, and only those at least `minWeight`. */
  keepPerFeature?: number | undefined;
  minWeight?: number | undefined;
  /** At most this many features are shipped, the strongest first: new phrasings then sharpen the model without growing the download. */
  maxFeatures?: number | undefined;
  /** L2 penalty per step: more smooths a model trained on many short, similar phrasings. */
  l2?: number | undefined;
  /** Refit the weights that survive pruning (on by default; off measures what the refit gains). */
  refit?: boolean | undefined;
}

/** A fixed linear congruential sequence, so the same content always trains the same model. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Each example as the model sees it: its learned features, its article's index and its weight. */
interface TrainingExample {
  features: (readonly [string, number])[];
  label: number;
  weight: number;
}

/** The (article, weight in tenths) pairs a feature ships with: its strongest positive weights. */
type KeptWeights = Map<string, (readonly [number, number])[]>;

/**
 * Trains multinomial logistic regression with AdaGrad and a little L2, prunes it
 * to what ships, then refits only the shipped weights (every other weight held
 * at 0), so they make up for the ones pruned away; the refit model is pruned
 * again with the same rules. O(epochs × examples × features per example × articles).
 */
export function trainClassifier(examples: readonly LabelledPhrasing[], slugs: readonly string[], locale: SearchLocale, options: TrainingOptions = {}): ClassifierModel {
  // Measured on unseen queries: features in fewer than 3 examples and weights under 1 are a third of
  // the bytes and change no ranking.
  const { epochs = 40, minExamples = 3, minExamplesOfKind = {}, keepPerFeature = 3, minWeight = 1, maxFeatures = Infinity, l2 = 1e-4, refit = true } = options;
  const classIndex = new Map(slugs.map((slug, index) => [slug, index]));
  const all = examples.flatMap(({ text, slug, weight = 1 }) => {
    const label = classIndex.get(slug);
    return label === undefined ? [] : [{ features: classifierFeatures(text, locale), label, weight }];
  });
  const frequency = new Map<string, number>();
  for (const { features } of all) for (const key of features.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const data: TrainingExample[] = all.map((example) => ({ ...example, features: [...example.features].filter(([key]) => (frequency.get(key) ?? 0) >= (minExamplesOfKind[key[0] ?? ''] ?? minExamples)) }));
  const prune = (rows: ReadonlyMap<string, Float64Array>): KeptWeights => {
    const shipped: { key: string; kept: (readonly [number, number])[] }[] = [];
    for (const [key, row] of rows) {
      const kept = [...row]
        .map((weight, label) => [label, Math.min(LARGEST_PACKED, Math.round(weight * 10))] as const)
        .filter(([, tenths]) => tenths >= minWeight * 10)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, Math.min(keepPerFeature, 9));
      if (kept.length > 0 && !key.includes('\n')) shipped.push({ key, kept });
    }
    const strongest = shipped.sort((a, b) => (b.kept[0]?.[1] ?? 0) - (a.kept[0]?.[1] ?? 0) || byKey(a, b)).slice(0, maxFeatures);
    return new Map(strongest.map(({ key, kept }) => [key, kept]));
  };
  let kept = prune(fitWeights(data, slugs.length, epochs, l2));
  if (refit) {
    const allowed = new Map([...kept].map(([key, pairs]) => [key, new Set(pairs.map(([label]) => label))]));
    // Half the epochs: on eight seen sets the same recall (en 0.974, zh 0.965 against 0.967) for a quarter less training.
    kept = prune(fitWeights(data, slugs.length, Math.ceil(epochs / 2), l2, allowed));
  }
  const lines = [...kept]
    .map(([key, pairs]) => ({ key, pairs }))
    .sort(byKey)
    .map(({ key, pairs }) => `${pairs.length}${pairs.flat().map((value) => String.fromCharCode(CODE_OFFSET + value)).join('')}${key}`);
  return { slugs: [...slugs], weights: lines.join('\n') };
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** One training run; with `allowed`, only those (feature, article) weights move and all others stay 0. */
function fitWeights(data: readonly TrainingExample[], classes: number, epochs: number, l2: number, allowed?: ReadonlyMap<string, ReadonlySet<number>>): Map<string, Float64Array> {
  const rows = new Map<string, Float64Array>();
  const squaredGradients = new Map<string, Float64Array>();
  const rowOf = (key: string): [Float64Array, Float64Array] => {
    let row = rows.get(key);
    let squares = squaredGradients.get(key);
    if (!row || !squares) {
      row = new Float64Array(classes);
      squares = new Float64Array(classes).fill(1e-6);
      rows.set(key, row);
      squaredGradients.set(key, squares);
    }
    return [row, squares];
  };
  const learningRate = 0.5;
  const random = seededRandom(12345);
  const order = data.map((_, index) => index);
  const probabilities = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
    }
    for (const position of order) {
      const example = data[position];
      if (!example) continue;
      probabilities.fill(0);
      for (const [key, value] of example.features) {
        const row = rows.get(key);
        if (row) for (let label = 0; label < classes; label++) probabilities[label] = (probabilities[label] ?? 0) + (row[label] ?? 0) * value;
      }
      softmaxInPlace(probabilities);
      for (const [key, value] of example.features) {
        const labels = allowed?.get(key);
        if (allowed && !labels) continue;
        const [row, squares] = rowOf(key);
        for (let label = 0; label < classes; label++) {
          if (labels && !labels.has(label)) continue;
          const error = (probabilities[label] ?? 0) - (label === example.label ? 1 : 0);
          const gradient = example.weight * error * value + l2 * (row[label] ?? 0);
          squares[label] = (squares[label] ?? 0) + gradient * gradient;
          row[label] = (row[label] ?? 0) - (learningRate * gradient) / Math.sqrt(squares[label] ?? 1);
        }
      }
    }
  }
  return rows;
}

function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let index = 0; index < scores.length; index++) {
    const value = Math.exp((scores[index] ?? 0) - max);
    scores[index] = value;
    sum += value;
  }
  for (let index = 0; index < scores.length; index++) scores[index] = (scores[index] ?? 0) / sum;
}

export interface ClassifiedSlug {
  slug: string;
  /** The model's probability that this article answers the query (0–1). */
  probability: number;
}

/**
 * How much of a query (its squared feature weight, 0–1) the model must know before it says
 * anything: "xylophone" shares only "phon" with "phone" and must find nothing, while
 * "forgot pasword" keeps "forgot" and most pieces of "password".
 */
const MIN_KNOWN = 0.3;

/** The articles the model thinks answer `query`, most likely first; empty when it knows too little of the query. */
export function classifyQuery(query: string, slugs: readonly string[], weights: ClassifierWeights, locale: SearchLocale): ClassifiedSlug[] {
  const scores = new Float64Array(slugs.length);
  let known = 0;
  for (const [key, value] of classifierFeatures(query, locale)) {
    const pairs = weights.get(key);
    if (!pairs) continue;
    known += value * value;
    for (let index = 0; index + 1 < pairs.length; index += 2) {
      const label = pairs[index] ?? 0;
      scores[label] = (scores[label] ?? 0) + ((pairs[index + 1] ?? 0) / 10) * value;
    }
  }
  if (known < MIN_KNOWN) return [];
  softmaxInPlace(scores);
  return slugs.map((slug, index) => ({ slug, probability: scores[index] ?? 0 })).sort((a, b) => b.probability - a.probability);
}
