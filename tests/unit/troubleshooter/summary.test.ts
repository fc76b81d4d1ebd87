import { describe, expect, it } from 'vitest';
import { buildCaseSummary } from '../../../src/troubleshooter/engine/index.ts';
import { summaryText } from '../../../src/troubleshooter/ui/summary-text.ts';
import { exampleTrees } from './fixtures.ts';

const trees = exampleTrees();
const state = { tree: 'payment-failed', path: ['yes', 'failed'] };

describe('buildCaseSummary', () => {
  it('writes the problem, the answers, the outcome, the steps and what to have ready, in Chinese', () => {
    const summary = buildCaseSummary(trees, state, 'zh-CN', summaryText('zh-CN'), {
      time: '今天 14:30',
      amount: '¥58.00',
      transaction: '2026112014300001234567',
      description: '付款失败了，但是余额少了。验证码 483920 我没给别人。',
      tried: [0],
    });
    expect(summary.redacted).toEqual(['code']);
    expect(summary.text).toMatchInlineSnapshot(`
      "问题：付款失败
      发生时间：今天 14:30
      金额：¥58.00
      交易单号：2026112014300001234567
      情况描述：付款失败了，但是余额少了。验证码 [已隐藏] 我没给别人。

      我的回答：
      1. 钱被扣了吗？ —— 扣了
      2. 账单里这笔付款是什么状态？ —— 失败

      排查结果：钱会自动退回
      失败的付款会原路退回，通常 1–3 个工作日。

      建议的步骤：
      1. [已尝试] 等待 1–3 个工作日
      2. 超时未到账再联系客服

      需要准备：
      - 交易单号
      - 付款时间和金额"
    `);
  });

  it('writes the same summary in English', () => {
    expect(buildCaseSummary(trees, state, 'en', summaryText('en')).text).toMatchInlineSnapshot(`
      "Problem: A payment failed

      My answers:
      1. Was money taken from your balance or card? — Yes
      2. What does your bill say about the payment? — Failed

      Result: The money comes back by itself
      A failed payment is refunded to where it came from, usually within 1–3 business days.

      Recommended steps:
      1. Wait 1–3 business days
      2. Contact support if it has not arrived by then

      Have ready:
      - The transaction ID
      - The time and amount of the payment"
    `);
  });

  it('never names the internal "normal" urgency, only urgent and critical ones', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(buildCaseSummary(trees, state, locale, summaryText(locale)).text).not.toMatch(/一般|\(normal\)/);
    }
  });

  it("begins with the reader's own answer when the troubleshooter's title is its first question", () => {
    const entry = trees.find((tree) => tree.id === 'payment-failed');
    const question = entry?.nodes.find((node) => node.id === entry.start);
    if (!entry || question?.type !== 'question') throw new Error('fixture changed');
    const asking = { ...entry, title: question.text };
    const { text } = buildCaseSummary([asking, ...trees.filter((tree) => tree !== entry)], state, 'en', summaryText('en'));
    expect(text.split('\n')[0]).toBe('Problem: Yes');
    expect(buildCaseSummary([asking], state, 'en', summaryText('en'), { answersKnown: false }).text.split('\n')[0]).toBe(`Problem: ${question.text.en}`);
  });

  it('names the troubleshooter the reader started in, even after a jump into another one', () => {
    const { text } = buildCaseSummary(trees, { tree: 'payment-failed', path: ['not-mine'] }, 'en', summaryText('en'));
    expect(text).toMatch(/^Problem: A payment failed\n/);
    expect(text).toContain('Result: Freeze your account now (critical)');
  });

  it('says the troubleshooting is not finished when the reader has not reached an outcome', () => {
    const { text } = buildCaseSummary(trees, { tree: 'payment-failed', path: ['yes'] }, 'en', summaryText('en'));
    expect(text.split('\n').at(-1)).toBe('Result: Troubleshooting not finished (What does your bill say about the payment?)');
  });

  it.each([
    ['a card number in the description', { description: 'card 4111 1111 1111 1111' }, 'Description: card [removed]', ['card-number']],
    ['a password in the time field', { time: 'password: hunter2' }, 'When: password: [removed]', ['password']],
    ['nothing when the details are empty or blank', { amount: '  ', description: '' }, 'Problem: A payment failed', []],
  ])('removes secrets from what the reader typed: %s', (_name, details, line, redacted) => {
    const summary = buildCaseSummary(trees, state, 'en', summaryText('en'), details);
    expect(summary.text.split('\n').slice(0, 2)).toContain(line);
    expect(summary.redacted).toEqual(redacted);
  });
});
