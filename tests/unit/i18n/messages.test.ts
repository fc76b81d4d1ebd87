import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as en from '../../../src/i18n/messages/en.ts';
import * as zhCN from '../../../src/i18n/messages/zh-cn.ts';
import { neverAskList, t } from '../../../src/i18n/ui.ts';
import { SCAM_CHECKLIST } from '../../../src/contact-check/engine/index.ts';
import { fixChinesePunctuation } from '../../../src/lib/zh-punctuation.ts';

/** Every sentence in a message tree, with its dotted path (a plural message gives one per category). */
function sentences(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => sentences(child, path ? `${path}.${key}` : key));
}
const placeholders = (text: string): string => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort().join();
/** A plural message's sentences (`site.x.one`, `site.x.other`) are compared with the source's one sentence (`site.x`). */
const messageOf = (path: string): string => path.replace(/\.(zero|one|two|few|many|other)$/, '');

describe('the message files', () => {
  it('give every English sentence the placeholders of its Chinese source', () => {
    const source = new Map(sentences(zhCN).map(([path, text]) => [messageOf(path), placeholders(text)]));
    const differing = sentences(en).filter(([path, text]) => source.get(messageOf(path)) !== placeholders(text)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('write Chinese with full-width punctuation', () => {
    expect(sentences(zhCN).filter(([, text]) => fixChinesePunctuation(text) !== text)).toEqual([]);
  });

  it.each([
    [1, '1 result'],
    [2, '2 results'],
  ])('count %i search results as “%s”', (n, expected) => {
    expect(t('en', 'search.count', { n })).toBe(expected);
  });

  it('counts a category with one article in the singular', () => {
    expect([t('en', 'category.articles', { n: 1 }), t('en', 'category.articles', { n: 7 }), t('zh-CN', 'category.articles', { n: 1 })]).toEqual(['1 article', '7 articles', '1 篇文章']);
  });
});

describe('the never-ask list', () => {
  it.each(['zh-CN', 'en'] as const)('is the checker’s risky checklist, item for item and in order (%s)', (locale) => {
    const risky = SCAM_CHECKLIST.filter((item) => item.risky).map((item) => item.id);
    expect(neverAskList(locale).items.map((item) => item.id)).toEqual(risky);
  });

  it('is written nowhere in src/ but the message files', () => {
    const src = fileURLToPath(new URL('../../../src/', import.meta.url));
    const messages = join(src, 'i18n', 'messages');
    const files = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.parentPath !== messages)
      .map((entry) => join(entry.parentPath, entry.name));
    const texts = [...Object.values(zhCN.neverAsk.items), ...Object.values(en.neverAsk.items)];
    const copies = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return texts.filter((text) => source.includes(text)).map((text) => `${file}: ${text}`);
    });
    expect(copies).toEqual([]);
  });
});
