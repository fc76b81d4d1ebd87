/**
 * The real content meets the bar a help center needs: every required topic in
 * both languages, guides that are not stubs, and enough FAQ entries.
 * Minimum lengths: zh-CN guides 700 Han characters, en guides 380 words;
 * zh-CN concepts 600 characters, en concepts 350 words (body only, markup excluded).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline/run-check.ts';
import { countHanCharacters, countWords } from '../../../src/pipeline/article-structure.ts';
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
