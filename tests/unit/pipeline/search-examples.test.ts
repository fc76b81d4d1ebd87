import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/pipeline/load-content.ts';
import { MAX_LEARNED_ARTICLES, searchTraining } from '../../../src/pipeline/search-examples.ts';
import type { SiteContent } from '../../../src/pipeline/site-content.ts';
import { validateContent } from '../../../src/pipeline/validate-content.ts';
import { fixtureProject } from '../support/fixture-project.ts';

const content = validateContent(loadContent(fixtureProject())).content;

describe('searchTraining', () => {
  it('teaches each article its title, description, FAQ questions and recorded phrasings', () => {
    const training = searchTraining(content, 'zh-CN');
    expect(training?.slugs.sort()).toEqual(['about-wallets', 'payment-failed']);
    const texts = (slug: string): string[] => training?.examples.filter((example) => example.slug === slug).map((example) => example.text) ?? [];
    const article = content.articles.find((record) => record.locale === 'zh-CN' && record.slug === 'payment-failed');
    expect(texts('payment-failed')).toEqual(expect.arrayContaining([article?.data.title, article?.data.description, '付钱没成功', '付款老是失败']));
    for (const entry of content.faq.filter((item) => item.article === 'payment-failed')) expect(texts('payment-failed')).toContain(entry.question['zh-CN']);
  });

  it('counts a heading for less than a reader\'s phrasing', () => {
    const withHeading: SiteContent = {
      ...content,
      articles: content.articles.map((record) => ({ ...record, structure: { ...record.structure, headings: [{ depth: 2, text: `${record.slug} 先看账单`, id: 'x', line: 1 }] } })),
    };
    const example = searchTraining(withHeading, 'zh-CN')?.examples.find((item) => item.text === 'payment-failed 先看账单');
    expect(example?.slug).toBe('payment-failed');
    expect(example?.weight).toBeLessThan(1);
  });

  it('also teaches short Chinese examples in toneless pinyin, at half weight', () => {
    const pinyin = searchTraining(content, 'zh-CN')?.examples.find((example) => example.text === 'fu qian mei cheng gong');
    expect(pinyin).toEqual({ text: 'fu qian mei cheng gong', slug: 'payment-failed', weight: 0.5 });
    expect(searchTraining(content, 'en')?.examples.some((example) => example.weight === 0.5)).toBe(false);
  });

  it('learns one language from that language only', () => {
    expect(searchTraining(content, 'en')?.examples.map((example) => example.text)).not.toContain('付钱没成功');
  });

  it(`trains nothing above ${MAX_LEARNED_ARTICLES} articles in a language, where search works without the learned ranker`, () => {
    const template = content.articles.find((record) => record.locale === 'en');
    if (!template) throw new Error('fixture has no English article');
    const many: SiteContent = { ...content, articles: Array.from({ length: MAX_LEARNED_ARTICLES + 1 }, (_, index) => ({ ...template, slug: `article-${index}` })) };
    expect(searchTraining(many, 'en')).toBeUndefined();
  });
});
