import { describe, expect, it } from 'vitest';
import { checkText } from '../registry.ts';

describe('a contact detail pasted with the words around it', () => {
  it.each([
    ['finds the official hotline after a Chinese label', '客服电话：400-000-0000', 'phone', 'official'],
    ['finds the official hotline before a brand name', '400 000 0000 示例钱包', 'phone', 'official'],
    ['finds a near-miss number inside a scam message', '请加微信 wx-kefu 或打 400-000-0001', 'phone', 'not-official'],
    ['finds a lookalike link inside a sentence', '访问 http://examp1e.com 退款', 'web', 'not-official'],
    ['finds an official address inside a sentence', 'please write to support@example.com today', 'email', 'official'],
  ] as const)('%s', async (_name, input, kind, verdict) => {
    const result = await checkText(input);
    expect(result.verdict).toBe(verdict);
    // The message may hold more parts (the WeChat account in the first row is one too); this one must be among them.
    expect(result.parts).toEqual(expect.arrayContaining([expect.objectContaining({ kind, verdict })]));
  });

  it('still treats a name with no number or address in it as a name', async () => {
    expect((await checkText('示例钱包客服')).parts).toEqual([expect.objectContaining({ kind: 'name', verdict: 'not-official' })]);
  });
});

describe('a text with several contact details', () => {
  it('checks every detail and is only as official as its worst one', async () => {
    const result = await checkText('客服热线 400-000-0000，退款请访问 examp1e.com');
    expect(result.parts.map((part) => [part.kind, part.verdict])).toEqual([['phone', 'official'], ['web', 'not-official']]);
    expect(result).toMatchObject({ verdict: 'not-official', imitatesChannelId: 'website' });
  });

  it('names the police number in advice that also quotes our hotline, so the advice is not all "official"', async () => {
    const result = await checkText('被骗了先打 400-000-0000 冻结账户，再拨打 110 报警。');
    expect(result.parts.map((part) => [part.normalized, part.verdict, part.externalId])).toEqual([
      ['+864000000000', 'official', undefined],
      ['110', 'not-official', 'police-110'],
    ]);
    expect(result.verdict).toBe('not-official');
  });

  it('judges the address behind a display name and warns about a name that looks like ours', async () => {
    const result = await checkText('support@example.com <refund@attacker.test>');
    expect(result.parts.map((part) => [part.normalized, part.verdict, part.reasons[0]])).toEqual([
      ['support@example.com', 'not-official', 'display-name-only'],
      ['refund@attacker.test', 'not-official', 'display-name-imitates-official'],
    ]);
    expect(result.imitatesChannelId).toBe('support-email');
  });

  it.each([
    ['a genuine code message', '【示例钱包】验证码 123456，5 分钟内有效，请勿泄露。'],
    ['an English message', 'Your Example Wallet code is 123456. Never share it with anyone.'],
    ['two lines of a name', '示例钱包\n客服'],
  ])('asks for the number or address when %s has none, instead of judging it as a name', async (_name, input) => {
    expect(await checkText(input)).toMatchObject({ verdict: 'invalid', parts: [{ reasons: ['no-contact-detail'] }] });
  });

  it('refuses text longer than the documented cap at once, naming the cap as the reason', async () => {
    const result = await checkText(`400-000-0000 ${'示'.repeat(100_000)}`);
    expect(result).toMatchObject({ verdict: 'invalid', parts: [{ reasons: ['too-long'] }] });
  });
});
