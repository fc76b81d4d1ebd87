import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../src/pipeline/article-structure.ts';
import { applyEdits, chineseTextEdits } from '../../../src/pipeline/zh-text-fix.ts';
import { fixChinesePunctuation, FULLWIDTH, linesWithAsciiPunctuation } from '../../../src/pipeline/zh-punctuation.ts';

const { comma, colon, semicolon, question, exclamation, openParen, closeParen } = FULLWIDTH;

describe('fixChinesePunctuation', () => {
  it.each([
    ['converts a comma between Chinese clauses', '密码,与登录密码不同', `密码${comma}与登录密码不同`],
    ['converts a comma after a Latin word that starts a Chinese clause', '打开 App,进入设置', `打开 App${comma}进入设置`],
    ['converts a comma after bold Chinese text', '**不要重复付款**,等待结果', `**不要重复付款**${comma}等待结果`],
    ['converts a colon before a list at the end of a line', '找到那笔付款:\n- 状态', `找到那笔付款${colon}\n- 状态`],
    ['converts question and exclamation marks after Chinese', '怎么办?马上处理!', `怎么办${question}马上处理${exclamation}`],
    ['converts brackets around Chinese', '每天(北京时间)', `每天${openParen}北京时间${closeParen}`],
    ['converts a semicolon between Chinese clauses', '能做;不能做', `能做${semicolon}不能做`],
    ['keeps YAML flow separators', '{ zh-CN: 支付与转账, en: Payments }', '{ zh-CN: 支付与转账, en: Payments }'],
    ['keeps a Markdown link target', '[处理中](/zh-cn/articles/pending/)', '[处理中](/zh-cn/articles/pending/)'],
    ['keeps English punctuation in English text', 'Hello, world: (yes)?', 'Hello, world: (yes)?'],
    ['keeps times such as 8:00', '每天 8:00–22:00', '每天 8:00–22:00'],
    ['converts a bracket after a time when Chinese follows', '8:00–22:00(北京时间)', `8:00–22:00${openParen}北京时间${closeParen}`],
    ['converts a bracket after Chinese when a number follows', '被锁定(5 次)', `被锁定${openParen}5 次${closeParen}`],
    ['keeps an English question after a curly quote', 'a link from \u201Csupport\u201D? Paste it', 'a link from \u201Csupport\u201D? Paste it'],
  ])('%s', (_name, input, expected) => {
    expect(fixChinesePunctuation(input)).toBe(expected);
  });

  it('reports the lines it would change, 1-based', () => {
    expect(linesWithAsciiPunctuation('标题\n密码,与登录\nok, fine\n怎么办?')).toEqual([2, 4]);
  });
});

describe('the fixer on the syntax tree (npm run fix)', () => {
  const fix = (source: string): string => applyEdits(source, chineseTextEdits(source, analyseArticle(source).textRanges).edits);

  it.each([
    ['leaves a code span alone', '运行 `echo 中,文` 即可,然后重试', '运行 `echo 中,文` 即可，然后重试'],
    ['leaves a link target alone', '打开 [搜索](/搜索?q=退款) 页面,输入问题', '打开 [搜索](/搜索?q=退款) 页面，输入问题'],
    ['leaves a component attribute alone', '<Callout title="注意,别急">先别付款,等一等</Callout>', '<Callout title="注意,别急">先别付款，等一等</Callout>'],
    ['leaves a code block alone', '```sh\necho 中,文\n```\n\n好的,继续', '```sh\necho 中,文\n```\n\n好的，继续'],
    ['leaves the frontmatter alone', '---\ntitle: "付款,失败"\n---\n\n点击"冻结"按钮', '---\ntitle: "付款,失败"\n---\n\n点击「冻结」按钮'],
    ['pairs quotes across bold text', '点击"**冻结账户**"按钮', '点击「**冻结账户**」按钮'],
    ['leaves quotes in English lines alone', 'Tap "Freeze".', 'Tap "Freeze".'],
    ['leaves an unpaired quote alone', '他说"别急', '他说"别急'],
  ])('%s', (_name, input, expected) => {
    expect(fix(input)).toBe(expected);
  });
});
