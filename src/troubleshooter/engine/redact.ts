/**
 * Removes what looks like a secret from text the reader typed, before it goes
 * into a case summary they will paste into a chat or an e-mail. Support never
 * needs these, and scammers ask for exactly these. Heuristics that prefer
 * hiding too much over too little, with one exception that matters to support:
 * transaction IDs (20+ digits, or starting with letters) are kept.
 */

export type SecretKind = 'password' | 'recovery-phrase' | 'card-number' | 'cvv' | 'code';

export interface Redaction {
  text: string;
  /** What was hidden, each kind once, in the order of the rules below; empty when nothing was. */
  kinds: SecretKind[];
}

/** Starts a run of digits (grouped or not by single spaces or dashes) that is not part of a word, a phone number or an amount. */
const RUN_START = '(?<![\\w+\\-]|\\d[ -]|[¥$€£￥]\\s?)';
const RUN_END = '(?![\\w]|[ -]?\\d|[.,]\\d)';

/** Checked in this order: a password such as "123456" is reported as a password, not as a code. */
const RULES: readonly (readonly [SecretKind, RegExp])[] = [
  // "密码：abc123", "支付密码是 1234", "password: hunter2", "PIN = 0000": hide the value, keep the label.
  ['password', /((?:密码|口令|\b(?:password|passcode|passwd|pwd)\b|\bpin(?:\b|码))\s*(?:[:：=]|是|\bis\b)\s*)[^\s，。；,;]+/giu],
  // BIP39-style recovery phrases: 12+ words of 3–8 lower-case letters in a row (English prose has short
  // words like "a", "to", "my" that break the run), or 12+ single Han characters separated by spaces.
  ['recovery-phrase', /\b(?:[a-z]{3,8}\s+){11,}[a-z]{3,8}\b|(?<!\p{Script=Han})(?:\p{Script=Han}\s+){11,}\p{Script=Han}(?!\p{Script=Han})/gu],
  // Card numbers: 13–19 digits, possibly grouped with spaces or dashes. Longer runs are transaction IDs.
  ['card-number', new RegExp(`${RUN_START}\\d(?:[ -]?\\d){12,18}${RUN_END}`, 'g')],
  ['cvv', /((?:\b(?:cvv2?|cvc2?|cvn|security code)\b|安全码)\s*(?:[:：=]|是|\bis\b)?\s*)\d{3,4}(?!\d)/giu],
  // A labelled one-time code of any length: "验证码 1234", "OTP: 84213". Plain "code" is left alone: error codes help support.
  ['code', /((?:验证码|校验码|动态码|\b(?:otp|verification code|one-time code)\b)\s*(?:[:：=]|是|\bis\b)?\s*)\d{4,8}(?!\d)/giu],
  // One-time codes and PINs: six digits on their own ("123456", "123 456"), but not an amount such as ¥100000 or 100000元.
  ['code', new RegExp(`${RUN_START}\\d{3}[ -]?\\d{3}${RUN_END}(?!\\s*(?:元|块|yuan|rmb|cny))`, 'giu')],
];

/** Replaces each secret with `marker` (e.g. "[已隐藏]" or "[removed]"). */
export function redactSecrets(text: string, marker: string): Redaction {
  const kinds: SecretKind[] = [];
  let out = text;
  for (const [kind, pattern] of RULES) {
    const next = out.replace(pattern, (_match, label: unknown) => `${typeof label === 'string' ? label : ''}${marker}`);
    if (next !== out && !kinds.includes(kind)) kinds.push(kind);
    out = next;
  }
  return { text: out, kinds };
}
