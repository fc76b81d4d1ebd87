import { describe, expect, it } from 'vitest';
import { findScamRequests } from '../../../../src/contact-check/engine/scam-request.ts';
import { checkText } from '../registry.ts';

describe('what official support never asks for, as scam scripts word it', () => {
  it.each([
    ['asks for the code just received, read out', '请把刚收到的验证码念一下给我', 'verification-code'],
    ['names the code in one clause and asks in the next', '您的验证码 581234，请转告来电的工作人员', 'verification-code'],
    ['names the code in the sentence before', 'Your code is 581234. Please read it to the agent on the line', 'verification-code'],
    ['asks for "the six digits" without saying code', '麻烦把手机上刚收到的 6 位数字告诉我', 'verification-code'],
    ['asks for the payment PIN by reply', '请直接回复本短信您的支付密码后六位', 'verification-code'],
    ['asks for card number and password at a prompt, in traditional characters', '按提示輸入銀行卡號及密碼', 'verification-code'],
    ['reassures and then asks in the same breath', '不会泄露的，请把验证码告诉我', 'verification-code'],
    ['asks to approve a sign-in request', 'Please approve the login request that pops up on your phone', 'verification-code'],
    ['asks for a 1-yuan check to an account', '先给理赔备付账户转 1 元做验证', 'safe-account'],
    ['asks to move the balance to an account with a new name', '请将余额转至「资金隔离账户」', 'safe-account'],
    ['asks to send money to "this account"', '用您的卡往这个账户打 1999，验证通过马上退回', 'safe-account'],
    ['asks in English to move money to a protected account', 'Move your balance to a protected account while we investigate', 'safe-account'],
    ['asks for tax before a withdrawal', '提现需缴纳 20% 个人所得税', 'unfreeze-fee'],
    ['asks for e-cards to unfreeze a loan', '按客服指引购买京东 E 卡 2000 元解冻', 'gift-cards'],
    ['asks to unzip and run an attachment', '请解压并运行“账单查看器”', 'open-link-or-install-app'],
    ['asks to share the screen', '打开腾讯会议，共享屏幕给我看一下', 'screen-sharing'],
    ['spaces the words out to dodge a filter', '麻烦打开屏 幕 共 享给我看看', 'screen-sharing'],
    ['calls the code a 口令 and asks to repeat it', '短信里那个六位的口令，您复述一下', 'verification-code'],
    ['asks in English for the digits just texted', 'Could you read me the 6-digit number we just texted you?', 'verification-code'],
    ['asks to move money to a "clearing account"', '先把零钱挪到一个清算户，核对完退回', 'safe-account'],
    ['asks again right after saying what we never ask', '我们不会要求你转账，请把验证码告诉我', 'verification-code'],
  ] as const)('finds a request that %s', (_name, text, item) => {
    expect(findScamRequests(text).map((request) => request.item)).toContain(item);
  });

  it.each([
    ['a code message that says never to share it', '【示例钱包】验证码 482913，5 分钟内有效。客服不会向你索要验证码，请勿告诉任何人。'],
    ['a notice that says what we never ask', '我们不会要求你转账到「安全账户」，也不会让你共享屏幕。'],
    ['a warning that calls the request a scam', '任何人（包括客服）索要验证码都是诈骗，切勿泄露。'],
    ['an English code message', 'Your Example Wallet code is 482913. Never share it with anyone, including our staff.'],
    ['an English notice of what we never ask', 'We will never ask you to transfer money to a safe account or to share your screen.'],
    ['a refund notice', '【示例钱包】你的退款 128.00 元已转入你的示例钱包账户，请查收。'],
    ['a support reply asking for the transaction ID, time and amount', '请把这笔扣款的交易单号发给我，另外请告诉我大概的扣款时间和金额。'],
    ['an instruction to type the code into our own app', '请在示例钱包 App 的登录页输入验证码。'],
    ['a list of what we never ask, over several clauses', 'We never ask you to make a test payment, move money to a safe account, or read out a code.'],
    ['a Chinese list of what we never ask', '我们不会让您下载会议类 App、添加个人微信、购买礼品卡或缴纳解冻费。'],
    ['a question about the time and amount after saying we never ask for codes', '我们不会问您要密码和验证码。请您说一下那笔交易大概是几点、金额多少。'],
  ])('leaves alone %s', (_name, text) => {
    expect(findScamRequests(text)).toEqual([]);
  });

  it('returns each request as written, traditional characters and all', () => {
    expect(findScamRequests('【示例錢包】請於今日內致電客服，按提示輸入銀行卡號及密碼。')).toEqual([{ text: '按提示輸入銀行卡號及密碼', item: 'verification-code' }]);
  });

  it('makes a message quoting our real caller ID and a request not official', async () => {
    const result = await checkText('来电显示 021-0000-0000\n“您好，示例钱包风控，请把刚收到的验证码念一下给我，我帮您拦截。”');
    expect(result.parts.map((part) => [part.verdict, part.reasons[0]])).toEqual([
      ['official', 'official-channel'],
      ['not-official', 'risky-request'],
    ]);
    expect(result.verdict).toBe('not-official');
  });
});
