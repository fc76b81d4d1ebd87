import { describe, expect, it } from 'vitest';
import { intentSlugs, type IntentRule } from '../../../../src/search/engine/intent-cues.ts';
import { INTENT_RULES } from '../../../../src/search/engine/intent-rules.ts';

describe('intentSlugs', () => {
  it.each([
    ['reads a scam that already happened as after the fact', 'zh-CN', '昨天被人骗走了三千', ['scammed-what-now']],
    ['reads money already handed to a fake agent as after the fact', 'zh-CN', '假客服让我开了共享屏幕，我已经照做了', ['scammed-what-now']],
    ['reads a question about a request as still deciding', 'zh-CN', '有人要我把验证码发给他，这是不是骗子', ['recognize-scams']],
    ['does not take a question for an admission', 'zh-CN', '对方让我先付了保证金会不会是骗局', ['recognize-scams']],
    ['reads a wish to report a fake text as reporting', 'zh-CN', '想投诉一个冒充你们的短信', ['report-phishing']],
    ['reads a payment the reader did not make as money taken', 'zh-CN', '钱包里少了两百块，我没买过东西', ['unauthorized-transaction']],
    ['reads a stranger signing in as the account taken', 'zh-CN', '别人在异地登录了我的号', ['account-compromised']],
    ['reads 盗刷 as money taken, not the account', 'zh-CN', '我的卡被盗刷了', ['unauthorized-transaction']],
    ['reads a transfer not arrived as pending', 'zh-CN', '汇款给房东一直没到账', ['pending-transaction']],
    ['leaves a refund that has not arrived to other signals', 'zh-CN', '退款还没到', []],
    ['finds no cue in a plain topic question', 'zh-CN', '客服电话是多少', []],
    ['reads "fell for" as after the fact', 'en', 'I fell for a fake job offer', ['scammed-what-now']],
    ['reads handing over a code as after the fact', 'en', 'I gave them the code they texted me', ['scammed-what-now']],
    ['reads "legit?" as still deciding', 'en', 'caller wants a deposit to release my funds, legit?', ['recognize-scams']],
    ['reads a request without an admission as still deciding', 'en', 'a stranger asked me to transfer money to a safe account', ['recognize-scams']],
    ['reads forwarding a fake email as reporting', 'en', 'where do I forward a phishing email', ['report-phishing']],
    ['reads a purchase the reader never made as money taken', 'en', 'there is a purchase I never made', ['unauthorized-transaction']],
    ['reads a curly apostrophe like a straight one', 'en', 'a charge I don’t recognize', ['unauthorized-transaction']],
    ['reads a stranger signing in as the account taken', 'en', 'somebody signed in to my wallet from abroad', ['account-compromised']],
    ['reads two identical debits as a duplicate charge', 'en', 'my card was charged twice at the pharmacy', ['duplicate-charge']],
    ['reads a transfer not received as pending', 'en', 'sent rent to my landlord but it has not arrived', ['pending-transaction']],
    ['finds no cue in a plain topic question', 'en', 'how do I contact support', []],
  ] as const)('%s: %s', (_, locale, query, expected) => {
    expect(intentSlugs(query, INTENT_RULES[locale])).toEqual(expected);
  });

  it('lists each article once, first rule first', () => {
    const rules: IntentRule[] = [
      { slug: 'b', all: [['x']] },
      { slug: 'a', all: [['y']] },
      { slug: 'b', all: [['y']] },
    ];
    expect(intentSlugs('x y', rules)).toEqual(['b', 'a']);
  });

  it('honours a rule’s unless cues', () => {
    expect(intentSlugs('x but z', [{ slug: 'a', all: [['x']], unless: ['z'] }])).toEqual([]);
  });

  it('reads 100 KB of text', () => {
    expect(intentSlugs('被'.repeat(100_000), INTENT_RULES['zh-CN'])).toEqual([]);
  });
});
