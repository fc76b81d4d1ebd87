/**
 * The real content meets the bar a help center needs: every required topic in
 * both languages, guides that are not stubs, and enough FAQ entries.
 * Minimum lengths: zh-CN guides 700 Han characters, en guides 380 words;
 * zh-CN concepts 600 characters, en concepts 350 words (body only, markup excluded).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/pipeline/load-content.ts';
import { checkProject } from '../../../src/pipeline/run-check.ts';
import { countHanCharacters, countWords } from '../../../src/pipeline/article-structure.ts';
import { LOCALES } from '../../../src/schemas/common.ts';

const { content, report } = checkProject(process.cwd());
const raw = loadContent(process.cwd());

export const REQUIRED_SLUGS = [
  'what-is-a-digital-wallet', 'official-support',
  'transaction-failed', 'forgot-password', 'account-compromised', 'cancel-mistaken-payment',
  'duplicate-charge', 'refund-status', 'sent-to-wrong-recipient', 'pending-transaction', 'qr-payment-not-working', 'fees-and-limits',
  'forgot-payment-pin', 'change-phone-number', 'two-step-verification', 'unauthorized-transaction', 'lost-phone',
  'identity-verification', 'account-limited', 'link-bank-card-failed', 'close-account',
  'recognize-scams', 'report-phishing', 'scammed-what-now',
] as const;

const MIN_LENGTH = {
  guide: { 'zh-CN': 700, en: 380 },
  other: { 'zh-CN': 600, en: 350 },
} as const;

describe('the help-center content', () => {
  it('passes the content check', () => {
    expect(report).toBe('');
  });

  it.each(LOCALES)('has every required article in %s', (locale) => {
    const slugs = new Set(content.articles.filter((article) => article.locale === locale).map((article) => article.slug));
    expect(REQUIRED_SLUGS.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('has no stub articles: each meets the minimum length for its kind and language', () => {
    const short = content.articles.flatMap((article) => {
      const bounds = article.data.kind === 'guide' ? MIN_LENGTH.guide : MIN_LENGTH.other;
      const length = article.locale === 'zh-CN' ? countHanCharacters(article.structure.text) : countWords(article.structure.text);
      const minimum = bounds[article.locale];
      return length < minimum ? [`${article.file}: ${length} < ${minimum}`] : [];
    });
    expect(short).toEqual([]);
  });

  it('marks the stolen-account and unknown-payment guides as critical', () => {
    for (const slug of ['account-compromised', 'unauthorized-transaction', 'scammed-what-now']) {
      for (const article of content.articles.filter((candidate) => candidate.slug === slug)) {
        expect(article.data.kind === 'guide' && article.data.urgency, article.file).toBe('critical');
      }
    }
  });

  it('has at least 30 FAQ entries in each language, at least 3 in every category', () => {
    expect(content.faq.length).toBeGreaterThanOrEqual(30);
    for (const category of content.categories) {
      expect(content.faq.filter((entry) => entry.category === category.id).length, category.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least four announcements in each language, including a scam alert', () => {
    for (const locale of LOCALES) {
      const updates = content.updates.filter((update) => update.locale === locale);
      expect(updates.length, locale).toBeGreaterThanOrEqual(4);
      expect(updates.some((update) => update.data.severity === 'critical'), locale).toBe(true);
    }
  });
});

/** Every line of reader-facing text in one language: article and update bodies and titles, FAQ questions and answers. */
function readerLines(locale: (typeof LOCALES)[number]): { where: string; text: string }[] {
  const pages = [...content.articles, ...content.updates].filter((page) => page.locale === locale);
  return [
    ...pages.flatMap((page) => [page.data.title, ...page.body.split('\n')].map((text) => ({ where: page.file, text }))),
    ...content.faq.flatMap((entry) => [entry.question[locale], entry.answer[locale]].map((text) => ({ where: `faq ${entry.id}`, text }))),
  ];
}

describe('content a stressed reader can trust', () => {
  const PAY_AGAIN = { 'zh-CN': /可以(?:放心)?(?:重新付款|再付)/u, en: /\b(?:can|safe to) (?:pay|try) again\b/i } as const;
  const NOTHING_LEFT_BALANCE = { 'zh-CN': /余额/u, en: /\bbalance\b/i } as const;

  it.each(LOCALES)('the failed-payment guide (%s) says "pay again" only together with checking the balance', (locale) => {
    const guide = content.articles.find((article) => article.slug === 'transaction-failed' && article.locale === locale);
    const permissions = (guide?.body ?? '').split('\n').filter((line) => PAY_AGAIN[locale].test(line));
    expect(permissions.length).toBeGreaterThan(0);
    expect(permissions.filter((line) => !NOTHING_LEFT_BALANCE[locale].test(line))).toEqual([]);
  });

  /** Every reader-facing line of both languages, troubleshooters included (their zh-CN and en sit on one line). */
  const allLines = [
    ...LOCALES.flatMap((locale) => readerLines(locale)),
    ...content.glossary.flatMap((entry) => LOCALES.map((locale) => ({ where: 'glossary', text: entry.definition[locale] }))),
    ...raw.troubleshooters.flatMap((tree) => (tree.text ?? '').split('\n').map((text) => ({ where: tree.file, text }))),
  ];

  it('never lets a verification code and the payment PIN alone unfreeze an account (a thief with the SIM may have both)', () => {
    const unfreeze = /解冻|解除冻结|unfreez/iu;
    const codeAndPin = /验证码.{0,12}支付密码|code.{0,40}payment PIN/iu;
    const notEnough = /解不了|不够|alone|not enough|never/iu;
    const offending = allLines.filter(({ text }) => unfreeze.test(text) && codeAndPin.test(text) && !notEnough.test(text));
    expect(offending).toEqual([]);
  });

  const LOCALE_PATH = { 'zh-CN': 'zh-cn', en: 'en' } as const;
  it.each(LOCALES)('writes the unfreeze procedure once (account-limited step 2) and links to it from the other freeze guides in %s', (locale) => {
    const procedure = `/${LOCALE_PATH[locale]}/articles/account-limited/#step-2`;
    const unfreezeButton = locale === 'zh-CN' ? /点「解除冻结」/u : /tap \**"?Unfreeze/iu;
    for (const slug of ['unauthorized-transaction', 'account-compromised', 'lost-phone']) {
      const guide = content.articles.find((article) => article.slug === slug && article.locale === locale);
      expect(guide?.body, slug).toContain(procedure);
      expect(guide?.body.split('\n').filter((line) => unfreezeButton.test(line)), slug).toEqual([]);
    }
    const canonical = content.articles.find((article) => article.slug === 'account-limited' && article.locale === locale);
    expect(canonical?.body).toMatch(unfreezeButton);
  });

  const PHONE_RISKS = { 'zh-CN': [/小额免密/u, /指纹/u, /面容/u], en: [/password-free/i, /fingerprint/i, /face payment/i] } as const;
  it.each(LOCALES)('names password-free and fingerprint or face payments as the lost-phone risk in the guide and the FAQ (%s)', (locale) => {
    const guide = content.articles.find((article) => article.slug === 'lost-phone' && article.locale === locale);
    const answer = content.faq.find((entry) => entry.id === 'lost-phone-money-safe')?.answer[locale];
    for (const risk of PHONE_RISKS[locale]) {
      expect(guide?.body, String(risk)).toMatch(risk);
      expect(answer, String(risk)).toMatch(risk);
    }
  });

  it('never reassures that a thief still needs the payment PIN', () => {
    const falseComfort = /(?:付款|支付)还要你的支付密码|还需要你的支付密码|still needs? (?:your )?payment PIN|thief still needs/iu;
    expect(allLines.filter(({ text }) => falseComfort.test(text))).toEqual([]);
  });

  const NATIONAL_CHANNELS = {
    'report-phishing': { 'zh-CN': ['12321', '国家反诈中心', '96110'], en: ['12321', 'National Anti-Fraud Center app', '96110'] },
    'recognize-scams': { 'zh-CN': ['12321', '国家反诈中心', '96110'], en: ['12321', 'National Anti-Fraud Center app', '96110'] },
    'scammed-what-now': { 'zh-CN': ['国家反诈中心', '96110', '110'], en: ['National Anti-Fraud Center app', '96110', '110'] },
  } as const;
  it.each(Object.keys(NATIONAL_CHANNELS) as (keyof typeof NATIONAL_CHANNELS)[])('%s names the Mainland reporting channels where they belong, in both languages', (slug) => {
    for (const locale of LOCALES) {
      const guide = content.articles.find((article) => article.slug === slug && article.locale === locale);
      for (const channel of NATIONAL_CHANNELS[slug][locale]) expect(guide?.body, `${locale}: ${channel}`).toContain(channel);
    }
  });

  it('lists 12321 and the 国家反诈中心 app as external references, next to 96110', () => {
    const values = content.contacts.externalReferences.map((reference) => reference.value);
    expect(values).toEqual(expect.arrayContaining(['96110', '12321', '国家反诈中心']));
  });

  /** Every string of one language in a parsed YAML value ({ zh-CN, en } pairs), however deeply it is nested. */
  function localeStrings(value: unknown, locale: (typeof LOCALES)[number], inLocale = false): string[] {
    if (typeof value === 'string') return inLocale ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((item) => localeStrings(item, locale, inLocale));
    if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => localeStrings(item, locale, inLocale || key === locale));
    return [];
  }
  /** Chinese prose of a page: titles and body, without code, MDX tags (their attributes) or link targets. */
  const chineseProse = [...content.articles, ...content.updates]
    .filter((page) => page.locale === 'zh-CN')
    .flatMap((page) => [page.data.title, ...page.body.replace(/`[^`\n]*`|<[A-Za-z/][^>\n]*>|\]\([^)\n]*\)/g, ' ').split('\n')].map((text) => ({ where: page.file, text })));
  const chineseData = [raw.faq, raw.glossary, raw.contacts, raw.categories, ...raw.troubleshooters].flatMap((source) =>
    localeStrings(source.parsed?.value, 'zh-CN').map((text) => ({ where: source.file, text })),
  );

  it('quotes in Chinese text use the house 「」, never ASCII " or “”', () => {
    const wrong = [...chineseProse, ...chineseData].filter(({ text }) => /\p{Script=Han}/u.test(text) && /["“”]/u.test(text));
    expect(wrong).toEqual([]);
  });

  it('uses none of the glossary\'s "avoid" words in the FAQ or the troubleshooters (the check covers pages only)', () => {
    const englishData = [raw.faq, ...raw.troubleshooters].flatMap((source) => localeStrings(source.parsed?.value, 'en').map((text) => ({ where: source.file, text })));
    const found = content.glossary.flatMap((entry) => [
      ...(entry.avoid?.['zh-CN'] ?? []).flatMap((word) => chineseData.filter(({ where, text }) => !where.endsWith('glossary.yaml') && text.includes(word)).map(({ where }) => `${where}: ${word}`)),
      ...(entry.avoid?.en ?? []).flatMap((word) => englishData.filter(({ text }) => text.toLowerCase().includes(word.toLowerCase())).map(({ where }) => `${where}: ${word}`)),
    ]);
    expect(found).toEqual([]);
  });

  it.each([
    ['报案回执', '报警回执'], ['「移除」', '「删除」'], ['冻结中', '「已冻结」'], ['校园贷', '学生贷'],
  ])('the glossary keeps %s and refuses %s', (kept, refused) => {
    const entry = content.glossary.find((candidate) => candidate.term['zh-CN'] === kept.replace(/[「」]/gu, ''));
    expect(entry?.avoid?.['zh-CN']).toContain(refused);
  });

  it('states the hotline hours on the official-support page exactly as the registry does', () => {
    const hotline = content.contacts.channels.find((channel) => channel.id === 'hotline');
    for (const locale of LOCALES) {
      const page = content.articles.find((article) => article.slug === 'official-support' && article.locale === locale);
      expect(hotline?.hours?.[locale], locale).toBeDefined();
      expect(page?.body, locale).toContain(hotline?.hours?.[locale] ?? '');
    }
  });

  // Sentences a native reader flagged as translated English; each was rewritten once and must not creep back.
  it.each([
    '且只在你先在', '以后想少忘一次', '转账转给了不对的人', '只从手机自带的应用商店下载', '举报太多', '以后少付错一次', '即时到 1 个工作日', '有没有被装了', '只有一条路',
  ])('no longer says 「%s」', (phrase) => {
    expect([...chineseProse, ...chineseData].filter(({ text }) => text.includes(phrase))).toEqual([]);
  });
});
