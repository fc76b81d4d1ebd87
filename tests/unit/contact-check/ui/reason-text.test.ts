import { describe, expect, it } from 'vitest';
import { REASON_CODES, type ContactCheck } from '../../../../src/contact-check/engine/index.ts';
import { LOCALES } from '../../../../src/lib/locales.ts';
import { describeCheck, describeText, fill, type VerdictView } from '../../../../src/contact-check/ui/reason-text.ts';
import { check, checkText } from '../registry.ts';
import { verifyData } from './support.ts';

const en = verifyData('en');
const zh = verifyData('zh-CN');
const view = (input: string, data = en): VerdictView => describeCheck(check(input), data);
/** Everything the reader sees, in order. */
const allText = (result: VerdictView): string[] => [result.badge, result.headline, ...result.lead, ...result.reasons.map((reason) => reason.text), ...result.steps.flatMap((step) => [step.text, step.link?.label ?? ''])];

describe('describeCheck', () => {
  it('names the matched channel for an official number and still warns that caller ID can be faked', () => {
    const result = view('+86 400-000-0000');
    expect(result).toMatchObject({ verdict: 'official', tone: 'caution', badge: 'Official', headline: 'This is our official number, but caller ID can be faked' });
    expect(result.lead).toEqual(['It exactly matches our Customer service hotline in the official channel list: +86 400-000-0000.']);
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'caller-id-can-be-faked', warning: true })]);
    expect(result.steps[0]?.text).toBe('Hang up and open the Example Wallet app yourself; contact us under Me › Help & support. We only call you after you have booked a callback in the app.');
  });

  it('says the same in Chinese', () => {
    const result = view('4000000000', zh);
    expect(result.headline).toBe('这是官方号码，但来电显示可以伪造');
    expect(result.lead).toEqual(['它与官方渠道清单中的「客服热线」完全一致：+86 400-000-0000。']);
    expect(result.reasons[0]?.text).toContain('来电显示可以伪造');
    expect(result.steps[0]?.text).toContain('挂断电话，自己打开示例钱包 App');
  });

  it.each([
    ['a near-miss number', '400-000-0001', ['This number is not one of Example Wallet\'s official numbers.', 'It imitates the official +86 400-000-0000.']],
    ['an official name as a subdomain', 'support@example.com.evil.cn', ['It starts with our name, but an address belongs to whoever owns its ending. example.com.evil.cn is not ours.', 'It imitates the official example.com.']],
    ['a swapped character', 'examp1e.com', ['Characters are swapped for lookalikes, such as 0 for o, 1 for l, rn for m or vv for w.', 'It imitates the official example.com.']],
    ['the userinfo trick', 'https://example.com@evil.cn', ['This link hides where it really goes: the browser ignores everything before the @ and opens evil.cn.', 'It imitates the official example.com.']],
  ])('leads a lookalike (%s) with the trick and what it imitates', (_name, input, lead) => {
    const result = view(input);
    expect(result).toMatchObject({ verdict: 'not-official', tone: 'danger', headline: 'This is not official Example Wallet support' });
    expect(result.lead).toEqual(lead);
  });

  it('tells a reader who was not caught to stop, and one who was where to go', () => {
    const steps = view('examp1e.com').steps;
    expect(steps.map((step) => step.link?.href)).toEqual([undefined, '#official-channels', '/scammed/', '/report/']);
    expect(steps[0]?.text).toBe("Stop now: don't reply, open links, install anything or pay, and don't ring any number they gave you.");
  });

  it('gives every phone verdict the same one instruction: hang up and open the app yourself, never "call back"', () => {
    for (const input of ['+86 400-000-0000', '400-000-0001', '13812345678', '12']) {
      const text = allText(view(input)).join('\n');
      expect(text, input).toContain('Hang up and open the Example Wallet app yourself');
      expect(text, input).not.toMatch(/call back/i);
    }
  });

  it('explains an external reference such as 96110 as a public line that is not us', () => {
    const result = view('96110');
    expect(result).toMatchObject({ verdict: 'not-official', tone: 'info', badge: 'Not us', headline: "Not Example Wallet: this is China's national anti-fraud line" });
    expect(result.lead[0]).toBe("96110 is China's national anti-fraud line: it is not Example Wallet. Always answer a call from 96110; you can also call it if you think you are being scammed.");
    expect(view('96110', zh).lead[0]).toBe('96110 是全国反诈预警劝阻专线，不是示例钱包的联系方式。接到 96110 来电请务必接听；怀疑被骗也可以主动拨打。');
  });

  it('leaves no trailing space when an external reference has no notes', () => {
    expect(view('110').lead[0]).toBe('110 is Police emergency number (China): it is not Example Wallet.');
  });

  it('lists our e-mail domains when mail comes from one of our web hosts', () => {
    expect(view('x@www.example.com').lead[0]).toBe('www.example.com is one of our web addresses, but we never send e-mail from it. Our e-mail comes only from addresses ending in @example.com or @mail.example.com.');
  });

  it('warns that names can be copied even when a name is ours', () => {
    const result = view('示例钱包服务号', zh);
    expect(result).toMatchObject({ verdict: 'official', headline: '名称是官方的，但名称谁都能照抄' });
    expect(result.lead[0]).toContain('官方微信服务号');
    expect(result.reasons).toEqual([expect.objectContaining({ code: 'names-can-be-copied', warning: true })]);
  });

  it('reminds the reader of an official address never to follow links or share codes', () => {
    const result = view('support@example.com');
    expect(result.headline).toBe('Yes, this is official Example Wallet support');
    expect(result.lead[0]).toContain('Support e-mail');
    expect(result.steps.map((step) => step.text)).toEqual([
      'Instead of following a link in a message, open the app or type the address yourself.',
      'Even with real support, never give your login password, payment PIN or a verification code: we never ask for them.',
    ]);
  });

  it.each([
    ['garbage', '%%%###', "We can't read this"],
    ['nothing', '   ', 'Nothing to check yet'],
  ])('asks for the whole detail when it cannot read %s', (_name, input, headline) => {
    const result = view(input);
    expect(result).toMatchObject({ verdict: 'invalid', tone: 'unknown', badge: "Can't tell", headline });
    expect(result.steps.at(-1)?.link?.href).toBe('#official-channels');
  });

  it.each(LOCALES)('fills every placeholder for every reason code in %s', (locale) => {
    const data = verifyData(locale);
    for (const code of REASON_CODES) {
      for (const kind of ['phone', 'email', 'web', 'name'] as const) {
        const synthetic: ContactCheck = { input: 'x', kind, verdict: 'not-official', normalized: 'a@evil.cn', channelId: undefined, externalId: undefined, imitates: 'example.com', imitatesChannelId: 'website', reasons: [code] };
        const text = allText(describeCheck(synthetic, data));
        expect(text.filter((line) => /[{}]/.test(line)), `${code} (${kind})`).toEqual([]);
        expect(text[2]?.length, code).toBeGreaterThan(10);
      }
    }
  });
});

describe('fill', () => {
  it('replaces known placeholders and drops unknown ones instead of showing braces', () => {
    expect(fill('{a} and {b}. {c}', { a: 'one', b: 'two' })).toBe('one and two.');
  });
});

describe('describeText for a message', () => {
  it('never calls a message official, only its contacts ours, in the caution tone with what to look for', async () => {
    const result = describeText(await checkText('This is Example Wallet calling from +86 21-0000-0000 as you booked. How can we help with your refund today?'), en);
    expect(result).toMatchObject({ verdict: 'official-contacts', tone: 'caution', badge: 'Contacts ours, message unverified' });
    expect(result.lead[0]).toContain('never asks for a code or password');
    expect(result.parts.map((part) => part.verdict)).toEqual(['official']);
    expect(result.steps[0]?.text).toContain('Hang up');
  });
});
