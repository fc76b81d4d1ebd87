import { describe, expect, it } from 'vitest';
import { intentSlugs, packRule, type IntentRuleSpec } from '../../../../src/search/engine/intent-cues.ts';
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
    ['reads 登陆 and 帐号 as readers write them', 'zh-CN', '我的帐号被别人登陆了', ['account-compromised']],
    ['reads 盗刷 as money taken, not the account', 'zh-CN', '我的卡被盗刷了', ['unauthorized-transaction']],
    ['reads a transfer not arrived as pending', 'zh-CN', '汇款给房东一直没到账', ['pending-transaction']],
    ['reads a refund that has not arrived as the refund’s status', 'zh-CN', '退款还没到', ['refund-status']],
    ['reads a caller offering a refund as a scam script, not a refund on its way', 'zh-CN', '有人打电话说要给我退款，退款还没到', ['recognize-scams']],
    ['reads asking for the hotline as official support', 'zh-CN', '客服电话是多少', ['official-support']],
    ['does not read a caller claiming to be support as official support', 'zh-CN', '有个自称客服的人打电话说要帮我解冻', ['recognize-scams']],
    ['finds no cue in a plain topic question', 'zh-CN', '电子钱包是什么', []],
    ['does not read a stranger who says he is official as money sent to a stranger', 'zh-CN', '一个陌生人加我说是钱包官方，要我提供验证码', ['recognize-scams']],
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
    ['reads asking how to reach support as official support', 'en', 'how do I contact support', ['official-support']],
    ['finds no cue in a plain topic question', 'en', 'what is a digital wallet', []],
    ['reads a phone left in a taxi as a lost phone', 'zh-CN', '昨天打车把手机落车上了', ['lost-phone']],
    ['reads a lost phone number as changing the number, not a lost phone', 'zh-CN', '手机号丢了怎么换绑', ['change-phone-number']],
    ['reads a stranger holding the phone as a lost phone', 'en', 'my phone got snatched on the bus', ['lost-phone']],
    ['reads money sent to a stranger by a typo as the wrong recipient, not a mistaken payment', 'zh-CN', '手机号输错一位，钱打到陌生人那里了', ['sent-to-wrong-recipient']],
    ['reads a payment regretted as a mistaken payment', 'zh-CN', '刚付款就后悔了，想撤销这笔', ['cancel-mistaken-payment']],
    ['reads a caller selling an insurance cancellation as a scam script', 'zh-CN', '接到电话说我开通了百万保障，不取消每月扣钱', ['recognize-scams']],
    ['reads a failed payment as failed, a failed card link as not', 'zh-CN', '付款一直提示失败', ['transaction-failed']],
    ['leaves a card that will not link to other signals', 'zh-CN', '绑卡一直失败', []],
    ['reads a scanner refusing the code as a QR problem first', 'zh-CN', '付款码被收银台拒绝了', ['qr-payment-not-working', 'transaction-failed']],
    ['reads closing an account in either word order', 'zh-CN', '怎么关掉我的账户', ['close-account']],
    ['reads closing an account with the account first', 'zh-CN', '不打算用了，怎么把账户关掉', ['close-account']],
    ['does not read a scammer’s offer to close a loan account as closing ours', 'zh-CN', '客服说要帮我注销校园贷账户', []],
    ['reads "didnt" without its apostrophe', 'en', 'money missing and i didnt spend it', ['unauthorized-transaction']],
    ['reads a charge from a company never heard of as money taken', 'en', 'random company charged me 39.99 never heard of them', ['unauthorized-transaction']],
    ['reads a message quoting account trouble as a scam script, not a limited account', 'en', 'got a text saying my wallet is suspended, click to verify', ['recognize-scams']],
    ['reads the app’s own restriction notice as a limited account', 'en', 'cannot receive money, it says my account has restrictions', ['account-limited']],
    ['does not find "pin" inside "spins"', 'en', 'it spins and then says payment failed', ['transaction-failed']],
    ['reads "should i" about a payment as no scam question', 'en', 'it says processing should i pay again', ['pending-transaction']],
    ['reads money to the wrong person as the wrong recipient, not a mistake to cancel', 'en', 'sent money to the wrong guy by accident', ['sent-to-wrong-recipient']],
    ['does not take a lost SIM for money gone', 'en', 'i have a new phone number and the old sim is gone', []],
  ] as const)('%s: %s', (_, locale, query, expected) => {
    expect(intentSlugs(query, INTENT_RULES[locale])).toEqual(expected);
  });

  it('lists each article once, first rule first', () => {
    const rules = [
      { slug: 'b', all: [['x']] },
      { slug: 'a', all: [['y']] },
      { slug: 'b', all: [['y']] },
    ].map(packRule);
    expect(intentSlugs('x y', rules)).toEqual(['b', 'a']);
  });

  it('honours a rule’s unless cues', () => {
    expect(intentSlugs('x but z', [packRule({ slug: 'a', all: [['x']], unless: ['z'] })])).toEqual([]);
    expect(intentSlugs('x alone', [packRule({ slug: 'a', all: [['x']], unless: ['z'] })])).toEqual(['a']);
  });

  it('matches a Latin cue at the start of a word only', () => {
    const rules = [{ slug: 'a', all: [['pin']] }].map(packRule);
    expect(intentSlugs('my pin', rules)).toEqual(['a']);
    expect(intentSlugs('账户pin锁了', rules)).toEqual(['a']);
    expect(intentSlugs('it spins', rules)).toEqual([]);
  });

  it('refuses a cue with a character that separates cues in the shipped rule, naming the rule', () => {
    const spec: IntentRuleSpec = { slug: 'lost-phone', all: [['lost/stolen']] };
    expect(() => packRule(spec)).toThrow(/"lost-phone".*"lost\/stolen"/);
  });

  it('reads 100 KB of text', () => {
    expect(intentSlugs('被'.repeat(100_000), INTENT_RULES['zh-CN'])).toEqual([]);
    expect(intentSlugs('a'.repeat(100_000), INTENT_RULES.en)).toEqual([]);
  });
});
