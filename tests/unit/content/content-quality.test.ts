/**
 * The real content meets the bar a help center needs: every required topic in
 * both languages, guides that are not stubs, and enough FAQ entries.
 * Minimum lengths: zh-CN guides 700 Han characters, en guides 380 words;
 * zh-CN concepts 600 characters, en concepts 350 words (body only, markup excluded).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/check/run-check.ts';
import { countHanCharacters, countWords } from '../../../src/lib/article-structure.ts';
import { LOCALES } from '../../../src/schemas/common.ts';

const { content, report } = checkProject(process.cwd());

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
      const length = article.locale === 'zh-CN' ? countHanCharacters(article.body) : countWords(article.body);
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
});
