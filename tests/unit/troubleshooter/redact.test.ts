import { describe, expect, it } from 'vitest';
import { redactSecrets, type SecretKind } from '../../../src/troubleshooter/engine/index.ts';

const X = '[removed]';

describe('redactSecrets', () => {
  it.each<[string, string, string, SecretKind[]]>([
    // One-time codes and PINs
    ['hides a six-digit verification code', '验证码是 483920，我没给别人', `验证码是 ${X}，我没给别人`, ['code']],
    ['hides a six-digit code typed with a space', 'the code was 483 920', `the code was ${X}`, ['code']],
    ['hides a labelled code shorter than six digits', 'OTP: 4839', `OTP: ${X}`, ['code']],
    ['hides a six-digit code right after Chinese text', '收到短信483920后', `收到短信${X}后`, ['code']],
    ['keeps an amount with a currency sign', '付了 ¥ 120000', '付了 ¥ 120000', []],
    ['keeps an amount in yuan', '转了 100000 元', '转了 100000 元', []],
    ['keeps an amount with decimals', 'paid 123456.78', 'paid 123456.78', []],
    ['keeps an error code', 'error code 1002', 'error code 1002', []],
    ['keeps a time and a date', '2026-11-20 14:30', '2026-11-20 14:30', []],
    ['keeps an 11-digit mobile number', '手机 13800138000', '手机 13800138000', []],
    ['keeps a phone number with a country code', 'call +86 138 0013 8000', 'call +86 138 0013 8000', []],
    // Card numbers
    ['hides a 16-digit card number', 'card 4111111111111111 declined', `card ${X} declined`, ['card-number']],
    ['hides a card number in groups of four', '卡号 6222 0212 3456 7890 123', `卡号 ${X}`, ['card-number']],
    ['hides a card number with dashes that fails the Luhn check', '4111-1111-1111-1112', X, ['card-number']],
    ['hides a 13-digit card number', '4222222222222', X, ['card-number']],
    ['keeps a 24-digit transaction ID', '交易单号 202611201234567890123456', '交易单号 202611201234567890123456', []],
    ['keeps a 20-digit transaction ID written in groups', 'ID 2026 1120 1234 5678 9012', 'ID 2026 1120 1234 5678 9012', []],
    ['keeps a transaction ID that starts with letters', 'TX2026112012345678 failed', 'TX2026112012345678 failed', []],
    // CVV
    ['hides a CVV', 'CVV 123', `CVV ${X}`, ['cvv']],
    ['hides a Chinese security code', '安全码：0123', `安全码：${X}`, ['cvv']],
    // Passwords
    ['hides a password after "password:"', 'password: hunter2 then it failed', `password: ${X} then it failed`, ['password']],
    ['hides a password after 密码：', '登录密码：abc123，然后', `登录密码：${X}，然后`, ['password']],
    ['hides a payment PIN written as 支付密码是', '支付密码是 135790', `支付密码是 ${X}`, ['password']],
    ['hides a PIN', 'PIN = 0000', `PIN = ${X}`, ['password']],
    ['keeps a mention of a password without a value', 'I forgot my password', 'I forgot my password', []],
    // Recovery phrases
    ['hides a 12-word recovery phrase',
      'my words: abandon ability able about above absent absorb abstract absurd abuse access accident',
      `my words: ${X}`, ['recovery-phrase']],
    ['hides a 24-word recovery phrase across lines',
      Array.from({ length: 4 }, () => 'legal winner thank year wave sausage').join('\n'), X, ['recovery-phrase']],
    ['hides a Chinese recovery phrase of single characters', '助记词是 的 一 是 在 不 了 有 和 人 这 中 大', `助记词是 ${X}`, ['recovery-phrase']],
    ['keeps an ordinary English sentence',
      'i tried to pay at the shop but the app said the payment failed and then it took money',
      'i tried to pay at the shop but the app said the payment failed and then it took money', []],
    ['keeps eleven short words in a row', 'abandon ability able about above absent absorb abstract absurd abuse access',
      'abandon ability able about above absent absorb abstract absurd abuse access', []],
    // Several at once
    ['hides several kinds and lists each once',
      '验证码 483920，卡号 4111 1111 1111 1111，CVV 123，又收到 192837',
      `验证码 ${X}，卡号 ${X}，CVV ${X}，又收到 ${X}`, ['card-number', 'cvv', 'code']],
  ])('%s', (_name, input, text, kinds) => {
    expect(redactSecrets(input, X)).toEqual({ text, kinds });
  });
});
