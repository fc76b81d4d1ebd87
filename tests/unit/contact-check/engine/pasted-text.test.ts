import { describe, expect, it } from 'vitest';
import { check } from '../registry.ts';

describe('a contact detail pasted with the words around it', () => {
  it.each([
    ['finds the official hotline after a Chinese label', '客服电话：400-000-0000', 'phone', 'official'],
    ['finds the official hotline before a brand name', '400 000 0000 示例钱包', 'phone', 'official'],
    ['finds a near-miss number inside a scam message', '请加微信 wx-kefu 或打 400-000-0001', 'phone', 'not-official'],
    ['finds a lookalike link inside a sentence', '访问 http://examp1e.com 退款', 'web', 'not-official'],
    ['finds an official address inside a sentence', 'please write to support@example.com today', 'email', 'official'],
  ] as const)('%s', (_name, input, kind, verdict) => {
    expect(check(input)).toMatchObject({ kind, verdict });
  });

  it('still treats a name with no number or address in it as a name', () => {
    expect(check('示例钱包客服')).toMatchObject({ kind: 'name', verdict: 'not-official' });
  });
});
