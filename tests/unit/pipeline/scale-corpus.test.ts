/** The scale benchmark's synthetic corpus must stay valid content of realistic length, or the bench measures the wrong thing. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchSlug, writeScaleCorpus } from '../../bench/scale-corpus.ts';
import { countHanCharacters, countWords } from '../../../src/pipeline/article-structure.ts';
import { checkProject } from '../../../src/pipeline/run-check.ts';

describe('the scale benchmark corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'help-center-corpus-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  writeScaleCorpus(root, 12);
  const result = checkProject(root);
  const bench = result.content.articles.filter((article) => article.slug.startsWith('bench-'));

  it('passes the content check alongside the real content', () => {
    expect(result.report).toBe('');
    expect(bench).toHaveLength(24);
  });

  it('writes guides of the baseline corpus length: zh 1,200–1,600 Han characters, en 600–1,000 words', () => {
    for (const article of bench) {
      const size = article.locale === 'zh-CN' ? countHanCharacters(article.structure.text) : countWords(article.structure.text);
      const [low, high] = article.locale === 'zh-CN' ? [1200, 1600] : [600, 1000];
      expect(size, article.file).toBeGreaterThanOrEqual(low);
      expect(size, article.file).toBeLessThanOrEqual(high);
    }
  });

  it('gives every guide steps, a Prepare block, aliases and related articles', () => {
    for (const article of bench) {
      expect(article.structure.stepCount, article.file).toBeGreaterThanOrEqual(5);
      expect(article.structure.components.map((component) => component.name), article.file).toEqual(expect.arrayContaining(['Steps', 'Prepare', 'ContactSupport']));
      expect(article.data.aliases.length, article.file).toBeGreaterThanOrEqual(5);
      expect(article.data.related.length, article.file).toBeGreaterThanOrEqual(2);
    }
  });

  it('numbers guides 110 to 122 without writing an emergency number the content check would refuse', () => {
    const many = mkdtempSync(join(tmpdir(), 'help-center-corpus-'));
    cpSync(join(process.cwd(), 'content'), join(many, 'content'), { recursive: true });
    writeScaleCorpus(many, 125);
    expect(checkProject(many).report).toBe('');
  });

  it('is deterministic: the same N writes the same files', () => {
    const again = mkdtempSync(join(tmpdir(), 'help-center-corpus-'));
    writeScaleCorpus(again, 12);
    const file = `content/articles/zh-CN/${benchSlug(7)}.mdx`;
    expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(root, file), 'utf8'));
  });
});
