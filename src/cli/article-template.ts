/** The starting text of a new article: valid frontmatter and, for guides, the required sections. */
import type { ArticleKind } from '../schemas/article.ts';
import type { Locale } from '../schemas/common.ts';

const GUIDE_BODY: Record<Locale, string> = {
  'zh-CN': `先用一两句话说明最要紧的事。

## 操作步骤

<Steps>

1. **第一步要做什么。** 点哪里、会看到什么；没看到时怎么办。

2. **第二步要做什么。** ……

3. **第三步要做什么。** ……

</Steps>

## 联系客服前请准备

<Prepare>

- 发生时间（精确到分钟）和金额
- 交易单号
- 相关截图

</Prepare>

## 客服能做什么、不能做什么

- **能做：** ……
- **不能做：** ……

## 如果问题仍未解决

- ……

<ContactSupport />
`,
  en: `Say in one or two sentences what matters most.

## Steps

<Steps>

1. **What to do first.** What to tap, what you should see, and what to do if you don't.

2. **What to do next.** …

3. **What to do after that.** …

</Steps>

## Before you contact support, have ready

<Prepare>

- The time (to the minute) and the amount
- The transaction ID
- Screenshots

</Prepare>

## What support can and cannot do

- **Can:** …
- **Cannot:** …

## If this did not solve it

- …

<ContactSupport />
`,
};

export function articleTemplate(options: { locale: Locale; kind: ArticleKind; category: string; contacts: readonly string[]; date: string }): string {
  const { locale, kind, category, contacts, date } = options;
  const zh = locale === 'zh-CN';
  const lines = [
    '---',
    `kind: ${kind}`,
    `title: ${zh ? '标题写读者遇到的问题' : 'The problem in the reader’s words'}`,
    `description: ${zh ? '一两句话说明这篇文章解决什么问题，用于搜索摘要。' : 'One or two sentences on what this article solves; shown in search results.'}`,
    `category: ${category}`,
    ...(kind === 'guide' ? ['urgency: normal', 'estimatedMinutes: 5'] : []),
    'aliases:',
    ...(zh ? ['  - 读者会怎么说这个问题', '  - 再写四种说法'] : ['  - how a reader would type this problem', '  - four more ways to say it']),
    `updated: ${date}`,
    `reviewed: ${date}`,
    'related: []',
    `contacts: [${contacts.join(', ')}]`,
    '---',
    '',
  ];
  return lines.join('\n') + (kind === 'guide' ? GUIDE_BODY[locale] : zh ? '正文。\n' : 'Body.\n');
}
