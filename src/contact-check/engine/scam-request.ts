/**
 * What official support never asks for (the never-ask list), found in a pasted message as scam
 * scripts word it: "把刚收到的验证码念一下给我", "先给理赔备付账户转 1 元做验证", "回复您的支付密码
 * 后六位", "move your balance to a protected account". A message that asks for one is a scam
 * whatever number or address it quotes, so each request is a part of its own.
 *
 * Read sentence by sentence (。！？；and line breaks) and, inside a sentence, clause by clause
 * (，、,): the thing asked for may sit in one clause and the asking in the next ("您的验证码
 * 581234，请转告来电的客服"). What warns is left alone: an asking word right after a negation
 * ("请勿告诉任何人", "we will never ask you to transfer", "不会要求你转账到「安全账户」") or a
 * clause that calls it a scam ("索要验证码的都是诈骗"). A scammer's own reassurance in another
 * clause ("不会泄露的，请把验证码告诉我") does not hide the request.
 *
 * Fixed alternations and bounded gaps only: linear on any text.
 */
import type { RiskyItemId } from './scam-checklist.ts';
import { simplifyTraditional } from './traditional.ts';

export interface ScamRequest {
  /** The clause that asks, as written. */
  text: string;
  item: RiskyItemId;
}

/** Secrets: codes, passwords, card details. */
const SECRET =
  /验证码|动态码|校验码|校验信息|验证信息|短信码|授权码|识别码|确认码|口令|(?:\d|六|四|几)\s?位(?:数字|数|码|的)|[前后](?:\d|一|两|二|三|四|六)位|的数字|个数字|串数|行数|几个数|收到的数|弹出来的数|支付密码|登录密码|交易密码|密码|那串字符|输的那串|长数字|月份和年份|卡片正面|卡背面|银行卡号|卡号|有效期|cvv|cvn|cvc|安全码|verification code|one-time code|\botp\b|\bcodes?\b|password|passcode|\bpin\b|card number|number on (?:your|the) card|mm\/yy|expiry|digits on the back|card details|security code|\b(?:\d|six|four)-digit\b|the (?:numbers|digits)\b|send you a text|the text (?:we|i) (?:just )?sent/iu;
/** Asking to hand a secret over. Typing a code into the official app is how it is meant to be used, so "输入验证码" is not here; typing a card number or password at someone's prompt is (CARD_AT_PROMPT). */
const HAND_OVER = /告诉|告知|念|读|报给|报一下|报下|报出|发给|发我|发过来|发一下|给我|转告|提供|回复|说一下|说给|说出|复述|重复一下|截图|输在|输到|打在|填在|发在|跟我说|和我说|发我|需要您|需要你|要您的|要你的|read (?:it|them) back|word for word|\b(?:tell|read|give|send|share|provide|reply)\b|confirm your|say the/iu;
const CARD_AT_PROMPT = /(?:输入|填写|填入|\benter\b|\btype\b)[^，。]{0,8}(?:银行卡号|卡号|cvv|安全码|有效期|密码|card number|password|\bpin\b)/iu;

/** Moving money anywhere: support never asks for a transfer, to a "safe", "checking" or any other account. */
const TRANSFER =
  /转账|转入|转到|转至|转给|转进|转过去|转\s?\d|汇款|汇入|汇到|打款|打到|打入|打进|存入|存到|存进|挪到|挪进|移到|转移到|充值到|往[^，。]{0,8}打|\b(?:transfer|wire)\b|\bmove (?:your |the |all )?(?:money|balance|funds|savings)|\bsend (?:money|the money|funds)/iu;
const ACCOUNT = /账户|户头|专户|账号|卡上|卡号|户名|收款|指定|对公|\baccount\b|\bwallet (?:id|address|number)\b|escrow/iu;
/** A notice of money that moved ("退款已转入您的账户"), not a request to move it. */
const NOT_A_REQUEST = /(?:已|已经|将|会|被|\bwill\b|\bwas\b|\bhas been\b|\bbeen\b)\s?$/iu;

const PHRASES: readonly [RiskyItemId, RegExp][] = [
  ['verification-code', /approve the (?:request|login|prompt|sign-in)|点[^，。]{0,4}(?:同意|允许|确认)[^，。]{0,6}(?:授权|登录请求|登录)|授权免密|开通免密|免密支付|点[^，。]{0,6}(?:同意|允许)/iu],
  ['screen-sharing', /投屏|画面投|录屏|腾讯会议|会议号|共享屏幕|屏幕共享|远程控制|远程协助|向日葵|zoom meeting|meeting id|share your screen|screen shar|teamviewer|anydesk|remote access|remote control/iu],
  ['safe-account', /安全账户|安全账号|安全户头|资金保护账户|保护账户|隔离账户|监管账户|核查账户|审查账户|清查账户|验证账户|资金清查|资金核查|资金保全|保全户|清算户|托管|资金认证|流程款|验资|safe account|secure account|protected account|holding account|escrow/iu],
  ['test-payment', /验证转账|测试转账|测试付款|验证付款|test payment|test transfer|verification transfer/iu],
  [
    'unfreeze-fee',
    /解冻费|解冻金|保证金|激活费|工本费|个人所得税|(?:需|先|请|要)[^，。]{0,3}(?:缴纳|缴|交|支付)[^，。]{0,8}(?:税|费|金)|(?:做|刷|验证)[^，。]{0,4}流水|流水[^，。]{0,4}(?:验证|不足)|刷单|百万保障|注销[^，。]{0,6}(?:校园贷|学生贷|学生账户)|影响征信|unfreeze fee|unlock fee|release fee|processing fee/iu,
  ],
  ['gift-cards', /礼品卡|e\s?卡|京东卡|购物卡|充值卡|点卡|游戏卡|itunes|steam\s?卡|gift card/iu],
  ['open-link-or-install-app', /小工具|插件|装好|安装一下|装一下|扫[^，。]{0,6}(?:发的|给的)[^，。]{0,4}码|扫我给的码|点击[^，。]{0,6}链接|\bclick (?:the |this )?link|解压|安装包|\.apk\b|\.exe\b|描述文件|下载[^，。]{0,10}(?:插件|安装|查看器)|运行[^，。]{0,6}(?:查看器|程序|软件)|install (?:the |this |our )?(?:apk|profile|certificate|app from)/iu],
];

const NEGATION = /(?:(?:不|勿|别|莫|禁止|无需|不需要|不用)[^，。]{0,5}|\b(?:never|not|no one|nobody)\b[^,.]{0,16}|n't[^,.]{0,16})$/iu;
/** "不会要求你…", "也不会让你…", "we will never ask you to…": what follows in the clause is what support does not ask. */
const NOT_ASKED = /(?:不会|不要|绝不|从不|从来不|决不|不得|禁止|切勿|请勿|勿|别|无需|不需要)[^，。]{0,3}(?:要求|让|叫|请|向你|向您|索要|需要|问|要)|\b(?:never|not|won't|don't|do not|will not)\b[^,.]{0,12}\b(?:ask|tell you to|require|request)/iu;
/** A clause that starts asking again after a clause of what we never ask: "我们不会要求你转账，请把验证码告诉我". */
const ASKS_AGAIN = /请|麻烦|现在|但|不过|只是|只需|就行|\b(?:please|now|but|however|just)\b/iu;
/**
 * A clause that describes a scam rather than makes a request: a warning about whoever asks ("谁让你转钱，直接挂",
 * "if anyone asks you to…") or a retelling of someone posing as us ("有人冒充客服让你…"). A scammer's own
 * "近期有人冒充客服，请您把验证码告诉我" still asks: 请 starts asking again.
 */
const DESCRIBES_A_SCAM = /^\s*(?:谁|凡是|任何人|如果有人|要是有人|只要有人|假如有人|万一有人|只要是)|冒充|假冒|伪装成|\b(?:if anyone|if someone|anyone who|whoever|pretending|impersonat|posing as)/iu;
const CALLS_IT_A_SCAM = /是诈骗|是骗子|都是骗|属于诈骗|is a scam|are scams|is fraud|a scammer/iu;

/** Whether `pattern` matches in `clause` somewhere not right after a negation or, for a transfer, a notice. */
function asks(clause: string, pattern: RegExp, notice?: RegExp): boolean {
  const match = pattern.exec(clause);
  if (match === null) return false;
  const before = clause.slice(Math.max(0, match.index - 20), match.index);
  return !NEGATION.test(before) && !NOT_ASKED.test(clause.slice(0, match.index)) && !(notice?.test(before) ?? false);
}

/** "屏 幕 共 享", "点 击 链 接": spaces between Chinese characters, a filter dodge, are read as if absent. */
const squeeze = (clause: string): string => clause.replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '');

/** [start, end) of the pieces of text[from, to) between separator characters. */
function pieces(text: string, from: number, to: number, separator: RegExp): [number, number][] {
  const found: [number, number][] = [];
  let start = from;
  for (let index = from; index <= to; index++) {
    if (index === to || separator.test(text[index] ?? '')) {
      if (index > start) found.push([start, index]);
      start = index + 1;
    }
  }
  return found;
}

const SENTENCE_END = /[。！？；!?;\n]/u;
const CLAUSE_END = /[，,]/u;

export function findScamRequests(text: string): ScamRequest[] {
  // One code unit for one, so offsets into the simplified text are offsets into the original.
  const read = simplifyTraditional(text).toLowerCase();
  const requests: ScamRequest[] = [];
  // An English full stop ends a sentence too when a space follows it (not in example.com).
  const sentences = pieces(read.replace(/\.(?=\s)/g, '\n'), 0, read.length, SENTENCE_END);
  let previousHadSecret = false;
  for (const [from, to] of sentences) {
    const clauses = pieces(read, from, to, CLAUSE_END)
      .map(([start, end]): [number, number, string] => [start, end, squeeze(read.slice(start, end))])
      .filter(([, , clause]) => clause.trim() !== '' && !CALLS_IT_A_SCAM.test(clause));
    // What we never ask, listed over several clauses ("we never ask you to…, move money…, or read out a code"),
    // stays unasked until a clause asks again. So does what a warning or a retelling describes:
    // "谁打电话让你转钱、报数字，直接挂", "有人冒充客服让你扫码、共享屏幕".
    let notAsked = false;
    const asking = clauses.filter(([, , clause]) => {
      if (notAsked && ASKS_AGAIN.test(clause)) notAsked = false;
      if (DESCRIBES_A_SCAM.test(clause)) notAsked = true;
      const skipped = notAsked;
      if (NOT_ASKED.test(clause)) notAsked = true;
      return !skipped;
    });
    // A secret named as something we never ask for ("我们不会问您要密码和验证码") is not one being asked for.
    const hasSecret = asking.some(([, , clause]) => asks(clause, SECRET));
    // "Your code is 123456. Please read it to the agent": the secret may be named in the sentence before.
    const secret = hasSecret || previousHadSecret;
    previousHadSecret = hasSecret;
    for (const [start, end, clause] of asking) {
      const item =
        (secret && asks(clause, HAND_OVER)) || asks(clause, CARD_AT_PROMPT)
          ? 'verification-code'
          : asks(clause, TRANSFER, NOT_A_REQUEST) && ACCOUNT.test(clause) && !/(?:你的|您的|\byour\b)\s?(?:账户|账号|account)/iu.test(clause)
            ? 'safe-account'
            : PHRASES.find(([, pattern]) => asks(clause, pattern))?.[0];
      if (item !== undefined) requests.push({ text: text.slice(start, end).trim(), item });
    }
  }
  return requests;
}
