/**
 * The account, app and publisher names written in a message: "@示例钱包", "开发者：示例钱包科技有限公司",
 * "微信服务号「示例钱包服务号」". A name in running text has no shape of its own, so only the
 * places a message puts one are read: an @handle, the value after a label and its colon, and a
 * quoted or cornered name. The caller keeps those that spell one of our names. One pass over the
 * text, each character looked at a bounded number of times.
 */

/** Where a field of a message ends: line breaks, sentence and list punctuation. */
const ENDS_FIELD = /[\n\u3002\uFF0C\uFF1B\uFF01\uFF1F\u3001;!?]/;
/** A label before its value is short: "开发者", "App 名称", "publisher". */
const LONGEST_LABEL = 16;
const QUOTES: Readonly<Record<string, string>> = { '\u300C': '\u300D', '\u300E': '\u300F', '\u201C': '\u201D', '\u300A': '\u300B' };
/** 【】 and full-width brackets: where a message signs itself (【示例钱包】) or names where it comes from. */
const SIGNATURE_BRACKETS: Readonly<Record<string, string>> = { '\u3010': '\u3011', '\uFF08': '\uFF09' };
const HANDLE_CHAR = /[\p{L}\p{N}\p{M}_-]/u;
const BEFORE_HANDLE = /[\p{L}\p{N}._%+-]/u;
/** Words that say a name was imitated: the text around them retells a scam rather than names an account. */
const IMPERSONATION_WORD = /冒充|假冒|自称|伪装|pretend|impersonat|posing as|claim/iu;
/** Labels of a message's own words rather than of a name. */
const SUBJECT_LABEL = /^\s*(?:subject|主题|标题|re|fwd?|回复|转发)\s*$/iu;
/** Symbols and emoji pieces (variation selectors, joiners) that can be part of a display name. */
const NAME_SYMBOL = /[\p{So}\p{Sk}\uFE0F\u200D]/u;

/**
 * The fields of `text`: split at ENDS_FIELD, and at an ASCII comma or full stop followed by a space
 * unless an abbreviation's dot stands before it ("Co., Ltd.").
 */
function fields(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    const char = text[index];
    const ends =
      char === undefined ||
      ENDS_FIELD.test(char) ||
      (char === ',' && text[index - 1] !== '.') ||
      (char === '.' && text[index + 1] === ' ' && !/[A-Z][a-z]{0,3}$/.test(text.slice(Math.max(start, index - 4), index)));
    if (!ends) continue;
    out.push(text.slice(start, index));
    start = index + 1;
  }
  return out;
}

/** What stands between each opening bracket of `pairs` and its closing one (trimmed), up to `longest` characters apart. One pass. */
function bracketed(text: string, pairs: Readonly<Record<string, string>>, longest = Infinity): string[] {
  return bracketedAt(text, pairs, longest).map(({ inside }) => inside);
}

/** As bracketed, with where each opening bracket stands. */
function bracketedAt(text: string, pairs: Readonly<Record<string, string>>, longest = Infinity): { inside: string; at: number }[] {
  const inside: { inside: string; at: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    const close = pairs[text[index] ?? ''];
    if (close === undefined) continue;
    const end = text.indexOf(close, index + 1);
    if (end < 0) break;
    if (end - index <= longest) inside.push({ inside: text.slice(index + 1, end).trim(), at: index });
    index = end;
  }
  return inside;
}

/** The names written in `text`, as written (trimmed), in order. */
export function findNames(text: string): string[] {
  const names: string[] = [];
  for (let index = 0; index < text.length; index++) {
    if ((text[index] === '@' || text[index] === '\uFF20') && !BEFORE_HANDLE.test(text[index - 1] ?? '')) {
      let end = index + 1;
      // By code point: a compatibility ideograph beyond the BMP (U+2F829) is one character of the handle, not two halves.
      for (let char = String.fromCodePoint(text.codePointAt(end) ?? 0); end < text.length && HANDLE_CHAR.test(char); char = String.fromCodePoint(text.codePointAt(end) ?? 0)) end += char.length;
      // A badge or emoji written onto the handle ("@示例钱包✅") is part of that account's name: another account.
      while (end < text.length && NAME_SYMBOL.test(String.fromCodePoint(text.codePointAt(end) ?? 0))) end += String.fromCodePoint(text.codePointAt(end) ?? 0).length;
      if (end > index + 1 && text[end] !== '.' && text[end] !== '@') names.push(text.slice(index, end));
      index = end - 1;
    }
  }
  for (const field of fields(text)) {
    // "有人冒充「示例钱包客服」": the quote names who was imitated, not an account the message gives.
    names.push(...bracketedAt(field, QUOTES).filter(({ at }) => !IMPERSONATION_WORD.test(field.slice(Math.max(0, at - 4), at))).map(({ inside }) => inside));
    const colon = field.search(/[:\uFF1A]/);
    // A subject line is the message's own words ("Subject: that 'Example Wallet' call"), not a name field.
    if (SUBJECT_LABEL.test(field.slice(0, Math.max(colon, 0)))) continue;
    // "App 名称「示例钱包」": the quoted name (read above) is the value, not the words around it.
    if (colon > 0 && bracketedAt(field.slice(colon + 1), QUOTES).length > 0) continue;
    // The value ends at the next label ("From: 1069 0000 0000 — Example Wallet: your code…") or a dash between spaces.
    if (colon > 0 && colon <= LONGEST_LABEL && !field.slice(0, colon).includes('@') && !/^[\d\s+()-]+$/.test(field.slice(0, colon))) names.push((field.slice(colon + 1).split(/[:\uFF1A]|\s[\u2013\u2014-]\s/)[0] ?? '').trim());
  }
  // "有人冒充示例钱包客服": a sentence saying someone posed as us names no account of its own.
  // A value holding a number ("示例钱包的客服电话是 400-000-0000") is a sentence about a contact, not a name.
  return names.filter((name) => name !== '' && !/[@\uFF20<>/]/.test(name.slice(1)) && !IMPERSONATION_WORD.test(name) && !/\d{3,}[^\d]{0,2}\d{3,}/.test(name));
}

/** What stands between 【】 or （）: a message's signature or an aside, read only to catch an imitation. */
export function findSignatures(text: string): string[] {
  // Bounded: a signature is a name, not a paragraph.
  return bracketed(text, SIGNATURE_BRACKETS, 40).filter((name) => name !== '');
}

/**
 * "请添加客服个人微信号 shiliqianbao_kf01", "QQ：12345678", "WeChat ID: support_8848": a chat account
 * a message asks the reader to add. Our WeChat presence is a service account that never chats, so
 * any such handle is a part to check (and never one of ours). A handle of letters only counts only
 * after a label that names an ID (微信号, QQ号, WeChat ID, or a colon), so "WeChat service account"
 * is no handle. Bounded quantifiers, no nesting: linear on any text.
 */
const CHAT_HANDLE = /(微信号|微信|薇信|威信|V信|薇|vx|wx|QQ群号|QQ群|QQ号|QQ|抠抠|扣扣|企鹅号|群号|wechat ?id|wechat)([ \t]{0,2}[:\uFF1A]?[ \t]{0,2})(\d{2,4}(?: \d{2,4}){1,4}|[A-Za-z0-9][A-Za-z0-9_-]{3,39})/giu;

/** Other chat apps a script moves the reader to ("下一个飞书，搜 ID：shiliqb-service"): the handle may come a few words later. */
const OTHER_CHAT_APP = /(?:飞书|钉钉|企业微信|企微|telegram|whatsapp|signal|skype|\btg\b)[^。\n]{0,8}?(?:id|号|账号)[ \t]{0,2}[:\uFF1A][ \t]{0,2}([A-Za-z0-9@][A-Za-z0-9_.-]{3,39})/giu;

export function findChatHandles(text: string): string[] {
  return [
    ...[...text.matchAll(CHAT_HANDLE)]
      .filter(([, label = '', separator = '', handle = '']) => /[0-9_-]/.test(handle) || /号|id$/i.test(label) || /[:\uFF1A]/.test(separator))
      .map((match) => match[3] ?? ''),
    ...[...text.matchAll(OTHER_CHAT_APP)].map((match) => match[1] ?? ''),
  ];
}
