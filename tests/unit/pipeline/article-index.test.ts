import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/pipeline/run-check.ts';
import { articlesInCategory, categoryWindow, findArticle, neighbours, publishedArticles } from '../../../src/pipeline/article-index.ts';
import { fixtureProject } from '../support/fixture-project.ts';

function siteWithPendingTranslation() {
  const root = fixtureProject('missing-translation');
  const file = join(root, 'content/articles/zh-CN/about-wallets.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('kind: concept', 'kind: concept\ntranslationPending: true'));
  return checkProject(root).content;
}

describe('publishedArticles', () => {
  it('publishes a pending translation in the other locale as a marked fallback', () => {
    const content = siteWithPendingTranslation();
    const english = findArticle(content, 'en', 'about-wallets');
    expect(english).toMatchObject({ locale: 'en', isFallback: true });
    expect(english?.record.locale).toBe('zh-CN');
    expect(findArticle(content, 'zh-CN', 'about-wallets')?.isFallback).toBe(false);
  });

  it('leaves drafts out of every locale', () => {
    const root = fixtureProject();
    for (const locale of ['zh-CN', 'en']) {
      const file = join(root, `content/articles/${locale}/about-wallets.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: concept', 'kind: concept\ndraft: true'));
    }
    const content = checkProject(root).content;
    expect(publishedArticles(content).map((article) => article.slug)).toEqual(['payment-failed', 'payment-failed']);
  });

  it('orders a category by `order`, then title, and links neighbours within it', () => {
    const content = checkProject(fixtureProject()).content;
    const inCategory = articlesInCategory(content, 'en', 'payments').map((article) => article.slug);
    expect(inCategory).toEqual(['about-wallets', 'payment-failed']);
    const first = findArticle(content, 'en', 'about-wallets');
    if (!first) throw new Error('fixture article missing');
    expect(neighbours(content, first).next?.slug).toBe('payment-failed');
    expect(neighbours(content, first).previous).toBeUndefined();
  });
});

/** The valid fixture plus `count` more English concept articles in "payments", ordered by number before the fixture's own two (order 100). */
function siteWithLargeCategory(count: number) {
  const root = fixtureProject();
  const template = readFileSync(join(root, 'content/articles/en/about-wallets.mdx'), 'utf8');
  for (let index = 0; index < count; index++) {
    const name = `extra-${String(index).padStart(3, '0')}`;
    writeFileSync(
      join(root, `content/articles/en/${name}.mdx`),
      template.replace('title: About wallets', `title: Extra ${String(index).padStart(3, '0')}\norder: ${index + 10}`),
    );
  }
  return checkProject(root).content;
}

describe('categoryWindow', () => {
  const content = siteWithLargeCategory(40);
  const total = articlesInCategory(content, 'en', 'payments').length;
  const at = (slug: string) => {
    const article = findArticle(content, 'en', slug);
    if (!article) throw new Error(`fixture article ${slug} missing`);
    return categoryWindow(content, article, 9);
  };

  it.each([
    ['in the middle', 'extra-020', 'extra-016', 'extra-024'],
    ['at the start', 'extra-000', 'extra-000', 'extra-008'],
    ['at the end', 'payment-failed', 'extra-033', 'payment-failed'],
  ])('shows nine neighbours around an article %s of a 42-article category', (_where, slug, first, last) => {
    const window = at(slug);
    expect(window.total).toBe(total);
    expect(window.articles).toHaveLength(9);
    expect(window.articles.map((article) => article.slug)).toContain(slug);
    expect(window.articles[0]?.slug).toBe(first);
    expect(window.articles.at(-1)?.slug).toBe(last);
  });

  it('shows the whole category when it is smaller than the window', () => {
    const small = checkProject(fixtureProject()).content;
    const article = findArticle(small, 'en', 'payment-failed');
    if (!article) throw new Error('fixture article missing');
    expect(categoryWindow(small, article).articles.map((item) => item.slug)).toEqual(['about-wallets', 'payment-failed']);
  });
});
