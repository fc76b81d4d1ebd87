import { describe, expect, it } from 'vitest';
import { cleanComment, normaliseQuery, REDACTED } from '../../../src/feedback/engine/normalise.ts';

describe('normaliseQuery', () => {
  it.each<[string, string, string]>([
    ['folds full-width letters and case', 'ＲＥＦＵＮＤ  Money', 'refund money'],
    ['collapses spaces and trims', '  扫码   付款失败 ', '扫码 付款失败'],
    ['drops invisible and bidi characters', 'pay\u200Bment\u202E', 'payment'],
    ['hides a card number a stressed reader pasted into search', '退款 6222021234567890123', `退款 ${REDACTED}`],
    ['hides a verification code', '验证码 483920 被骗', `验证码 ${REDACTED} 被骗`],
    ['keeps a transaction ID', '交易单号 202611201234567890123456', '交易单号 202611201234567890123456'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseQuery(input)).toBe(expected);
  });

  it('caps a query at 100 characters without splitting a character', () => {
    const query = normaliseQuery('😀'.repeat(150));
    expect(Array.from(query)).toHaveLength(100);
    expect(query.endsWith('😀')).toBe(true);
  });

  it('redacts before capping, so a card number cut at the limit is still hidden', () => {
    const query = normaliseQuery(`${'a '.repeat(45)}4111111111111111`);
    expect(query).not.toMatch(/\d{6}/);
  });

  it('handles 100 KB of input', () => {
    expect(normaliseQuery('付款 '.repeat(34_000)).length).toBeLessThanOrEqual(100);
    expect(cleanComment('1 '.repeat(50_000)).length).toBeLessThanOrEqual(1000);
  });
});

describe('cleanComment', () => {
  it('hides passwords and codes but keeps the words around them', () => {
    expect(cleanComment('我的密码：hunter2，验证码 123456 也给了')).toBe(`我的密码：${REDACTED}，验证码 ${REDACTED} 也给了`);
  });

  it('keeps line breaks, drops control characters', () => {
    expect(cleanComment('第一行\r\n第二行\u0007')).toBe('第一行\n第二行');
  });
});
