import { describe, expect, it } from 'vitest';
import { classifierFeatures, classifyQuery as classifyWith, trainClassifier, unpackWeights, type ClassifierModel, type LabelledPhrasing } from '../../../../src/search/engine/query-classifier.ts';

const classifyQuery = (query: string, model: ClassifierModel, locale: 'zh-CN' | 'en') => classifyWith(query, model.slugs, unpackWeights(model), locale);

const SLUGS = ['duplicate-charge', 'forgot-password', 'lost-phone'];

const ZH: LabelledPhrasing[] = [
  ...['扣了两次钱', '同一笔被扣两次', '重复扣款了', '付一次扣了两回', '一单扣两次', '怎么扣我两次'].map((text) => ({ text, slug: 'duplicate-charge' })),
  ...['忘记登录密码', '登录密码想不起来', '密码忘了登不上', '重置登录密码', '忘了密码怎么办', '登录不上密码不对'].map((text) => ({ text, slug: 'forgot-password' })),
  ...['手机丢了', '手机被偷了', '手机掉了怎么办', '丢了手机钱包咋办', '手机被人偷走', '手机找不到了'].map((text) => ({ text, slug: 'lost-phone' })),
];

const EN: LabelledPhrasing[] = [
  ...['charged twice', 'money taken twice', 'double charged for one order', 'charged two times', 'paid once charged twice', 'twice the same charge'].map((text) => ({ text, slug: 'duplicate-charge' })),
  ...['forgot my password', 'password reset', 'cant remember password', 'reset login password', 'forgot password cant log in', 'lost my password'].map((text) => ({ text, slug: 'forgot-password' })),
  ...['lost my phone', 'phone stolen', 'phone was stolen on the bus', 'left my phone in a taxi', 'stolen phone what now', 'my phone is gone'].map((text) => ({ text, slug: 'lost-phone' })),
];

describe('classifierFeatures', () => {
  it('reads Chinese as characters and character pairs, without particles', () => {
    const features = classifierFeatures('扣了两次', 'zh-CN');
    expect([...features.keys()].sort()).toEqual(['b两次', 'b扣两', 'u两', 'u扣', 'u次'].sort());
  });

  it('reads English as stemmed words, word pairs and pieces of longer words, without filler', () => {
    const features = classifierFeatures('I was charged twice', 'en');
    expect(features.has('wcharg')).toBe(true);
    expect(features.has('pcharg twice')).toBe(true);
    expect(features.has('cchar')).toBe(true);
    expect(features.has('wwas')).toBe(false);
  });

  it('reads pinyin the same however it is spaced', () => {
    const pieces = (text: string): string[] => [...classifierFeatures(text, 'zh-CN').keys()].filter((key) => key.startsWith('c')).sort();
    expect(pieces('kefu dianhua')).toEqual(pieces('ke fu dian hua'));
    expect(pieces('kefudianhua')).toEqual(pieces('ke fu dian hua'));
    expect(pieces('kefu dianhua')).toContain('cdian');
  });

  it('marks a negation, which turns "did make" into "did not make"', () => {
    expect(classifierFeatures("I didn't make this payment", 'en').has('!')).toBe(true);
  });

  it.each([
    ['covers three words, not the fourth', 'not alpha bravo charlie delta', ['nalpha', 'nbravo', 'ncharlie', 'wdelta']],
    ['ends at a comma', 'not alpha, bravo', ['nalpha', 'wbravo']],
    ['ends at a full stop', 'not the payment one. login', ['npayment', 'wlogin']],
    ['ends at a joining word', 'not mine and my email was changed', ['nmine', 'wemail', 'wchang']],
    ['reads a negation with its apostrophe', "didn't receive code", ['nreceive', 'ncode']],
  ])('reads words after a negation as negated: %s', (_, text, keys) => {
    const features = classifierFeatures(text, 'en');
    for (const key of keys) expect(features.has(key)).toBe(true);
    for (const key of keys) expect(features.has(`${key.startsWith('n') ? 'w' : 'n'}${key.slice(1)}`)).toBe(false);
  });

  it('scales a long story to the weight of a short query', () => {
    const norm = (text: string): number => Math.hypot(...classifierFeatures(text, 'zh-CN').values());
    expect(norm('手机丢了')).toBeCloseTo(1);
    expect(norm('昨天晚上坐地铁回家的时候手机被人偷了，里面还有钱包，现在很着急不知道怎么办才好'.repeat(20))).toBeCloseTo(1);
  });
});

// A corpus this small has few repeated features and small weights: keep them all.
const TINY = { minExamples: 1, minWeight: 0.3 };

describe('trainClassifier and classifyQuery', () => {
  const zh = trainClassifier(ZH, SLUGS, 'zh-CN', TINY);
  const en = trainClassifier(EN, SLUGS, 'en', TINY);

  it.each([
    ['zh-CN', '俺这单被扣了两次钱', 'duplicate-charge'],
    ['zh-CN', '密码想不起来登不上了', 'forgot-password'],
    ['zh-CN', '出租车上手机掉了', 'lost-phone'],
    ['en', 'why was i charged twice', 'duplicate-charge'],
    ['en', 'forgot pasword', 'forgot-password'],
    ['en', 'my phone got stolen', 'lost-phone'],
  ] as const)('ranks the article that answers a %s phrasing it was not trained on first: "%s"', (locale, query, slug) => {
    expect(classifyQuery(query, locale === 'zh-CN' ? zh : en, locale)[0]?.slug).toBe(slug);
  });

  it('gives probabilities that sum to one, most likely first', () => {
    const ranked = classifyQuery('扣了两次', zh, 'zh-CN');
    expect(ranked.map(({ slug }) => slug).sort()).toEqual([...SLUGS].sort());
    expect(ranked.reduce((sum, { probability }) => sum + probability, 0)).toBeCloseTo(1);
    expect(ranked[0]?.probability).toBeGreaterThan(ranked[1]?.probability ?? 1);
  });

  it('says nothing about a query it knows too little of', () => {
    expect(classifyQuery('zzzz qqqq', en, 'en')).toEqual([]);
    // Shares only the piece "phon" with "phone".
    expect(classifyQuery('xylophone', en, 'en')).toEqual([]);
    expect(classifyQuery('天气预报', zh, 'zh-CN')).toEqual([]);
    expect(classifyQuery('', zh, 'zh-CN')).toEqual([]);
  });

  it('trains the same model from the same content, so builds are reproducible', () => {
    expect(trainClassifier(ZH, SLUGS, 'zh-CN', TINY)).toEqual(zh);
  });

  it('reads back exactly the weights it packed', () => {
    const weights = unpackWeights(zh);
    expect(weights.size).toBe(zh.weights.split('\n').length);
    for (const pairs of weights.values()) for (let index = 0; index < pairs.length; index += 2) expect(SLUGS[pairs[index] ?? -1]).toBeDefined();
  });

  it('learns a kind of feature only when it recurs as often as asked', () => {
    const strict = unpackWeights(trainClassifier(EN, SLUGS, 'en', { ...TINY, minExamplesOfKind: { c: 100 } }));
    expect([...strict.keys()].some((key) => key.startsWith('c'))).toBe(false);
    expect([...strict.keys()].some((key) => key.startsWith('w'))).toBe(true);
  });

  it('ships at most the number of features asked for, the strongest', () => {
    const all = unpackWeights(trainClassifier(ZH, SLUGS, 'zh-CN', { ...TINY, refit: false }));
    const capped = unpackWeights(trainClassifier(ZH, SLUGS, 'zh-CN', { ...TINY, maxFeatures: 10, refit: false }));
    expect(capped.size).toBe(10);
    const strongest = (weights: typeof all): number[] => [...weights.values()].map((pairs) => pairs[1] ?? 0).sort((a, b) => b - a);
    expect(strongest(capped)).toEqual(strongest(all).slice(0, 10));
    // The refit moves only the weights it kept, so it ships no feature the cap dropped.
    const refitted = unpackWeights(trainClassifier(ZH, SLUGS, 'zh-CN', { ...TINY, maxFeatures: 10 }));
    expect(refitted.size).toBeGreaterThan(0);
    expect([...refitted.keys()].every((key) => capped.has(key))).toBe(true);
  });

  it('refits the weights it keeps, so a capped model is surer of the right articles than the same cap unrefitted', () => {
    const confidence = (model: ClassifierModel): number => EN.reduce((sum, { text, slug }) => sum + (classifyQuery(text, model, 'en').find((ranked) => ranked.slug === slug)?.probability ?? 0), 0);
    const capped = { ...TINY, maxFeatures: 8 };
    expect(confidence(trainClassifier(EN, SLUGS, 'en', capped))).toBeGreaterThan(confidence(trainClassifier(EN, SLUGS, 'en', { ...capped, refit: false })) + 0.5);
  });

  it('ignores phrasings under an article it does not know', () => {
    const withStray = trainClassifier([...ZH, { text: '扣了两次钱又扣了', slug: 'no-such-article' }], SLUGS, 'zh-CN', TINY);
    expect(withStray.slugs).toEqual(SLUGS);
  });

  it('ships only features seen in enough examples, and per feature only its strongest articles', () => {
    const pruned = unpackWeights(trainClassifier(ZH, SLUGS, 'zh-CN', { minExamples: 3, keepPerFeature: 1, minWeight: 0.3 }));
    // 两次 is in four duplicate-charge phrasings; 重复 in one.
    expect([...pruned.keys()]).toContain('b两次');
    expect([...pruned.keys()]).not.toContain('b重复');
    for (const pairs of pruned.values()) {
      expect(pairs.length).toBe(2);
      expect(pairs[1]).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads a 100 KB query in one pass and still answers', () => {
    expect(classifyQuery('手机丢了'.repeat(25_000), zh, 'zh-CN')[0]?.slug).toBe('lost-phone');
  });
});
