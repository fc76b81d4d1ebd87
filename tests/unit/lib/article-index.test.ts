import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/check/run-check.ts';
import { articlesInCategory, findArticle, neighbours, publishedArticles } from '../../../src/lib/article-index.ts';
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
