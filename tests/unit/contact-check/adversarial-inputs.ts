/**
 * The checker's own attack set, written before the engine was hardened: each
 * row is what a scammer (or a stressed reader) might paste and what must come
 * of it. `official` rows are legitimate writings of a channel (null: an address
 * on an official domain that is no listed channel); `hostile` rows must never
 * read "official", and when they name a channel id the text must be reported
 * as imitating exactly that channel. Shared by the engine's table test and the
 * e2e test that runs the same inputs through the page in Chromium.
 */
export type Expectation = { official: string | null } | { hostile: string | undefined } | { message: true };

export const ATTACK_CLASSES = [
  'official-plus-hostile', // an official value next to a hostile one
  'display-name', // an official-looking display name in front of someone else's address
  'compatibility-characters', // Kangxi radicals, compatibility ideographs, maths and full-width letters
  'split-host', // a separator inside a host that a messenger would end the link at
  'foreign-country-code', // the official digits behind another country code or a trunk 0
  'brand-domain', // the brand with words added, in Chinese, or before someone else's host
  'brand-mailbox', // the brand in the local part of a free mailbox
  'name-suffix', // our names with _official, 客服 and similar added
  'confusable-email-domain', // look-alike letters in an e-mail domain
  'near-miss-number', // one digit changed, added or dropped
  'script-link', // javascript:, vbscript: or data: with an official value inside, however the scheme is disguised
  'hidden-digit', // letters, Chinese numerals or invisible characters standing in for or hiding a digit
  'chat-handle', // a personal WeChat or QQ account to add, next to our real service account or alone
] as const;
export const LEGITIMATE_CLASSES = [
  'phone-writing', // the hotline, SMS sender and callback number however they are written
  'email-writing',
  'web-writing',
  'name-writing',
  'several-official', // a message quoting several official channels
  'official-message', // a genuine message: every contact in it is ours, and the message itself is still not vouched for
] as const;
export type InputClass = (typeof ATTACK_CLASSES)[number] | (typeof LEGITIMATE_CLASSES)[number];

export interface AdversarialInput {
  kind: InputClass;
  input: string;
  expect: Expectation;
}

const hostile = (kind: InputClass, channel: string | undefined, inputs: readonly string[]): AdversarialInput[] =>
  inputs.map((input) => ({ kind, input, expect: { hostile: channel } }));
const official = (kind: InputClass, channel: string | null, inputs: readonly string[]): AdversarialInput[] =>
  inputs.map((input) => ({ kind, input, expect: { official: channel } }));

const message = (inputs: readonly string[]): AdversarialInput[] => inputs.map((input) => ({ kind: 'official-message', input, expect: { message: true } }));

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  // Genuine messages: our contacts, and words anyone could write around them.
  ...message([
    '装之前看一眼：应用名称「示例钱包」，开发者「示例钱包科技有限公司」，别的都不是。',
    // Warnings that describe what a scammer asks, and a retelling of someone posing as us.
    '爸，记一下：示例钱包的客服电话是 400-000-0000。谁打电话让你转钱、念短信里的数字，你就直接挂掉，再打这个号码问。',
    '朋友提醒：上周有人冒充「示例钱包客服」，以退款为由让她开共享屏幕，她没理，打了 400-000-0000 核实，官方说从来不会这样。',
    'Subject: a fake Example Wallet call\n\nIf anyone rings claiming to be Example Wallet and asks for a code, hang up and call +86 400-000-0000 yourself.',
    // A genuine code text: the sender's number, then our name after a dash, then a label and the code.
    'Sender: 1069 0000 0000 \u2014 Example Wallet: the code 905531 lets you sign in. Do not tell it to anyone.',
    '您好，这里是示例钱包客服，这是您在 App 里预约的回电，来电号码 021-0000-0000。我们不会向您索要验证码或密码，请说一下那笔交易的时间和金额。',
    '【示例钱包】防骗提醒：我们不会让您共享屏幕、转账到「安全账户」或购买礼品卡，凡是这样要求的都是骗子。客服热线 400-000-0000',
  ]),
  // An official value first, a hostile one after it: the hostile one decides.
  ...hostile('official-plus-hostile', 'hotline', [
    '客服热线 400-000-0000，或拨打 400-000-0009',
    '+86 400-000-0000 or 400 000 0009',
    '400-000-0000 400-000-0008',
    '官方电话 400-000-0000 忙线请打 +852 400 000 0000',
  ]),
  ...hostile('official-plus-hostile', 'website', [
    'example.com — please log in at examp1e.com instead',
    'support@example.com\nhttps://examp1e.com/refund',
    'www.example.com,www.examp1e.com',
    '官网 https://www.example.com 已升级，请改用 https://example-pay.com 登录',
  ]),
  ...hostile('official-plus-hostile', 'support-email', ['help.example.com 的客服让我写信给 kefu@example-help.com']),
  ...hostile('official-plus-hostile', undefined, [
    '【示例钱包】您的验证码 123456。退款请访问 https://refund.attacker.test/',
    'support@example.com 或 refund@attacker.test',
    'https://help.example.com https://attacker.test/login',
    '官方客服 400-000-0000 手机 138 0000 0000',
    '验证码短信来自 1069 0000 0000，退款链接 http://192.0.2.1/pay',
    'mailto:support@example.com,refund@attacker.test',
    'support@example.com (refund@attacker.test)',
  ]),

  // The address is what counts; a display name that looks like ours is a warning.
  ...hostile('display-name', 'support-email', [
    'support@example.com <refund@attacker.test>',
    '"support@example.com" <refund@attacker.test>',
    'Example Wallet Support <kefu@attacker.test>',
    '示例钱包客服 <kefu@attacker.test>',
    'support@example.com <support@examp1e.com>',
    '"support@example.com"@attacker.test',
    'support@example.com@attacker.test',
  ]),
  ...hostile('display-name', 'security-email', ['"security@example.com via" <x@evil.cn>']),
  ...hostile('display-name', 'notice-email', ['no-reply@mail.example.com <no-reply@mail-example.attacker.test>']),
  ...hostile('display-name', undefined, ['Team: support@example.com, refund@attacker.test;', '<support@example.com>refund@attacker.test']),

  // Compatibility characters are other characters: never folded into ours.
  ...hostile('compatibility-characters', 'app-name', [
    '\u2F70例钱包', // Kangxi radical ⽰
    '示\uF9B5钱包', // CJK compatibility ideograph 例
    '示例钱\u{2F829}', // CJK compatibility supplement 包
    '\u{1D404}\u{1D431}\u{1D41A}\u{1D426}\u{1D429}\u{1D425}\u{1D41E} \u{1D416}\u{1D41A}\u{1D425}\u{1D425}\u{1D41E}\u{1D42D}', // mathematical bold
    '\uFF25\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45 \uFF37\uFF41\uFF4C\uFF4C\uFF45\uFF54', // full-width
    '\u24D4xample Wallet', // circled e
    '\u0415xample Wallet', // Cyrillic Е
    '\u{1D5A4}\u{1D5D1}\u{1D5BA}\u{1D5C6}\u{1D5C9}\u{1D5C5}\u{1D5BE} Wallet', // mathematical sans-serif
    'Exa\u217Fple Wallet', // small Roman numeral one thousand ⅿ
    'Example Wa\u04CF\u04CFet', // Cyrillic palochka
  ]),
  ...hostile('compatibility-characters', 'wechat-service', ['\u2F70例钱包服务号', '示例钱\u{2F829}服务号', '示例钱包\u200D服务号']),
  ...hostile('compatibility-characters', 'app-name', ['示例\u200B钱包']),
  ...hostile('compatibility-characters', 'support-email', ['supp\u043Ert@example.com', '\uFF53upport@example.com']),
  ...hostile('compatibility-characters', 'weibo', ['@\u2F70例钱包']),
  ...hostile('compatibility-characters', 'app-publisher', ['\uFF25\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45 Wallet Technology Co., Ltd.', '\u2F70例钱包科技有限公司']),
  ...hostile('compatibility-characters', 'website', ['\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.com', 'https://www.ex\u0430mple.com/login', 'xn--exmple-cua.com']),
  ...hostile('compatibility-characters', 'help-center', ['help.ex\u0430mple.com']),

  // A messenger ends a link at a separator; so does the checker.
  ...hostile('split-host', undefined, [
    'https://attacker.test,.example.com',
    'https://attacker.test .example.com',
    'attacker.test。example.com',
    'https://attacker.test\u200B.example.com',
    'http://attacker.test，.example.com',
    'https://attacker.test%2C.example.com',
    'https://attacker.test\u3000.example.com',
    'attacker.test\u200C.example.com',
    'https://attacker.test\u2060.example.com',
    'https://attacker.test\uFEFF.example.com',
    'https://attacker.test;.example.com',
    'https://attacker.test!.example.com',
    'https://attacker.test、.example.com',
    'attacker.test,example.com',
    'https://attacker.test\uFF0F.example.com',
    'https://attacker.test\u00A0.example.com',
  ]),

  // The official digits behind another country code, or with a trunk 0 added.
  ...hostile('foreign-country-code', 'hotline', [
    '+852 400-000-0000',
    '+44 400 000 0000',
    '+886 400 000 0000',
    '+63 400 000 0000',
    '00855 400 000 0000',
    '+1 400-000-0000',
    '00886-400-000-0000',
    '0400-000-0000',
    '+86 0400 000 0000',
    '+8604000000000',
  ]),
  ...hostile('foreign-country-code', 'sms-sender', ['+852 1069 0000 0000']),
  ...hostile('foreign-country-code', 'callback-line', ['+44 21 0000 0000']),

  ...hostile('near-miss-number', 'hotline', ['400-000-0001', '400-000-0010', '400-000-00000', '400-000-000', '+86 400-000-0000 0']),
  ...hostile('near-miss-number', 'sms-sender', ['1069 0000 0001']),
  ...hostile('near-miss-number', 'callback-line', ['+86 21-0000-0001']),
  ...hostile('near-miss-number', undefined, ['138 0000 0000', '+86 131 2345 6789']),

  ...hostile('brand-domain', 'website', [
    'examplepay.com',
    'example-com.attacker.test',
    '示例钱包.com',
    'https://示例钱包.cn/login',
    'example-wallet.com',
    'examplewallet.cn',
    'example.com-login.attacker.test',
    'secure-example.com',
    'example.co',
    'www.example.com.cn',
    'examp1e.com',
    'exarnple.com',
    'https://example.com@attacker.test',
    'attacker.test/example.com',
    'http://192.0.2.1/example.com',
  ]),
  ...hostile('brand-domain', 'help-center', ['help-example.com', 'help.examp1e.com']),

  ...hostile('brand-mailbox', 'support-email', [
    'example.support@qq.com',
    'examplewallet@163.com',
    '示例钱包客服@qq.com',
    'support.example.com@gmail.com',
    'example_kefu@163.com',
  ]),
  ...hostile('brand-mailbox', 'security-email', ['security-example@outlook.com']),

  ...hostile('name-suffix', 'app-name', [
    '示例钱包_official',
    '示例钱包客服',
    'ExampleWallet_Official',
    '示例钱包官方客服',
    'Example Wallet Official',
    '示例钱包-官方',
  ]),
  ...hostile('name-suffix', 'weibo', ['@示例钱包客服', '@示例钱包_official']),
  ...hostile('name-suffix', 'wechat-service', ['示例钱包服务号客服', '示例钱包服务']),
  ...hostile('name-suffix', 'app-publisher', ['示例钱包科技公司', 'Example Wallet Tech Co., Ltd.']),

  ...hostile('confusable-email-domain', 'support-email', [
    'support@ex\u0430mple.com',
    'support@\u0435xample.com',
    'support@examp\u04CFe.com',
    'support@\uFF45xample.com',
    'support@example.com.attacker.test',
    'support@mail-example.com',
    'support@exarnple.com',
  ]),
  ...hostile('confusable-email-domain', 'security-email', ['security@examp1e.com']),
  ...hostile('confusable-email-domain', 'notice-email', ['no-reply@mail.examp1e.com', 'no-reply@mai1.example.com']),

  // A link that runs code is hostile whatever official value it holds or shows.
  ...hostile('script-link', undefined, [
    'JavaScript:location="https://www.example.com"',
    'java\nscript:fetch("//help.example.com")',
    'jav&#x61;script&colon;alert("400-000-0000")',
    "&#106;avascript:open('support@example.com')",
    '\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54\uFF1Aalert("www.example.com")',
    'VBScript:Execute("help.example.com")',
    'vb\tscript:run("400-000-0000")',
    'data:text/plain;charset=utf-8,support@example.com 400-000-0000',
    'data:,https://help.example.com',
    'data:image/svg+xml;base64,PHN2Zz4=?https://www.example.com',
    "<a href='javascript:void(0)'>www.example.com</a>",
    '官方客服 <a href="JAVASCRIPT:steal()">support@example.com</a>',
    '<a href="data:text/html,hi">https://help.example.com/zh-cn/</a>',
    // A tab or line break written as a character reference is dropped like the character.
    "jav&#9;ascript:open('https://help.example.com')",
    '<a href="vb&#x0A;script:run()">help.example.com</a>',
    'java&#13;script:alert("www.example.com")',
  ]),

  // Every recipient of a mailto: link or an address list is a part of its own.
  ...hostile('display-name', undefined, [
    'mailto:security@example.com?bcc=collect@evil.test',
    '写信到 support@example.com?cc=kefu@examp1e-help.cn 处理退款',
    'support@example.com;refunds@wallet-help.test',
  ]),

  // A message that asks for screen sharing or a "safe account" is a scam, whatever official contact it quotes.
  ...hostile('chat-handle', undefined, [
    '客服热线 400-000-0000 已为您登记退款，请打开向日葵远程协助，把识别码发给我们',
    'Example Wallet support (https://help.example.com): please share your screen so we can fix the refund',
    '示例钱包提醒：账户存在风险，请将余额转入安全账户 6222 0000 1111 2222，详询 400-000-0000',
    // The same scripts under the other names they give the account and the fee, with a real caller ID.
    '来电显示 021-0000-0000，对方说要把余额转入「资金保护账户」核查，24 小时后退回',
    '您好，这里是示例钱包 400-000-0000，账户解冻需先缴纳 2000 元保证金',
    '客服 400-000-0000：请先做一笔 1 元验证转账确认身份',
    'Example Wallet (400-000-0000): move your balance to a protected account while we investigate',
  ]),

  // Our WeChat service account only posts notices: a chat account to add is never ours.
  ...hostile('chat-handle', undefined, [
    '退款请加微信：kefu_8848，备注订单号',
    '已关注「示例钱包服务号」的用户，请再加客服 vx: sl_qianbao2026 核对身份',
    'Add our agent on WeChat ID: examplehelp to claim your refund',
    '客服QQ号 3344556677 在线处理冻结问题',
    '示例钱包用户维权群 QQ群号：738 261 954，进群登记赔付',
  ]),

  // An imitation next to the real value in the same sentence is a part of its own.
  ...hostile('official-plus-hostile', 'hotline', [
    '官方客服电话400-000-0000，退款专线0400-000-0000',
    '热线是400-000-0000。转人工请拨0800-000-0000或0400-000-0000',
    'Our line is 400-000-0000; for refunds call 0400 000 0000.',
  ]),
  // A right-to-left override reverses what follows: the reader sees our host, the link is another.
  ...hostile('split-host', undefined, ['https://help.example.com\u202Emoc.nc-dleh', '客服 400-000-0000\u202E9']),
  // A second link after ours in the fragment or path: the first scheme is the link.
  ...hostile('official-plus-hostile', undefined, ['http://evil.test/#https://help.example.com', 'https://help.example.com/#http://evil.test/login']),
  // An official link that forwards to someone else's: where the reader lands decides.
  ...hostile('official-plus-hostile', undefined, ['https://www.example.com/redirect?to=https://wallet-refund.test/r/1', 'https://help.example.com/out?next=https%3A%2F%2Fevil.test%2Flogin']),
  // One digit off two of ours: named as the one it shares the longer start with.
  ...hostile('near-miss-number', 'callback-line', ['Example Wallet call-back line: +86 20-0000-0000']),
  // A zero-width character after an official host: the reader sees one longer host.
  ...hostile('split-host', undefined, [
    '登录 https://www.example.com\u200B.login-check.test 完成验证',
    'Verify at help.example.com\u200C.account-review.test now',
    'https://help.example.com\u2060-secure.test/verify',
    'example.com\uFEFF.refund.test',
  ]),

  ...hostile('hidden-digit', 'hotline', [
    '4OO-000-0000',
    '热线 400-o00-0000 转 1',
    'call 400 000 OOO1 now',
    '四零零-零零零-零零零零',
    '客服热线四〇〇〇〇〇〇〇〇一，24 小时',
    '请拨 400-000-0000\u200C7 办理退款',
    '转 400-000-0000\u200D3 人工坐席',
    '客服 400-000-0000\u200D1 为您服务',
    '请致电400-000-0000\u200B9，谢谢',
    'call 400-000-0000\u20605 today',
    '400-000-\u041E\u041E\u041E\u041E', // Cyrillic О
    '热线 4\u039F\u039F-000-0000', // Greek Ο
  ]),
  // Invisible characters between the official digits: a spam-filter dodge, never a genuine copy.
  ...hostile('hidden-digit', 'hotline', ['400\u200B000\u200B0000', '400\u2060000\u20600000', '400\u200D-000\u200C-0000', '客服热线 400-000\uFEFF-0000', '+8\u200B52 400-000-0000']),
  ...hostile('hidden-digit', 'hotline', ['肆零零-零零零-零零零零', '热线 4 0 0 - 0 0 0 - 0 0 O 0', '拨打 四零零-零零零-零零零幺']),
  ...hostile('hidden-digit', 'callback-line', ['+86 2l-0000-0000', '回电号码 +86 2I-0000-0000']),

  // The lookalike is named after the channel the reader would take it for.
  ...hostile('brand-domain', 'website', [
    'https://www.example.com-account.support/login',
    'www.example.com-verify.help',
    '官网已迁移：www.example.com-cn.top',
  ]),
  ...hostile('brand-domain', 'help-center', [
    'https://help.example.com-service.online/ticket',
    'https://help.example.com@198.51.100.7/',
    'http://help.example.com:8443@192.0.2.44/www',
  ]),
  ...hostile('brand-domain', 'website', ['http://www.example.com:8080@192.0.2.44/help']),
  ...hostile('confusable-email-domain', 'notice-email', [
    'From: 示例钱包 <notice@mail-example.com>',
    'tongzhi@mail.exarnple.com',
    '回复至 service@mail-example.net',
    'alert@mail.examp1e.com',
  ]),

  // An address list under an official-looking group name: the stranger in it poses as the official member.
  ...hostile('display-name', 'support-email', [
    'Example Wallet Support: support@example.com, help@attacker.test;',
    '示例钱包: verify@attacker.test, support@example.com;',
  ]),
  ...hostile('display-name', 'security-email', ['示例钱包安全中心:security@example.com,anquan@attacker.test;']),
  ...hostile('display-name', 'notice-email', ['Example Wallet Notices: no-reply@mail.example.com, notices@attacker.test;']),

  // The brand in pinyin, the way a Mainland scammer spells it in a host or a mailbox.
  ...hostile('brand-domain', 'website', ['https://shiliqianbao-kefu.cn/refund', 'www.shili-qianbao.net', 'shiliqianbao.com.attacker.test']),
  ...hostile('brand-mailbox', 'support-email', ['shiliqianbao_kefu@qq.com', '客服邮箱 shili.qianbao@163.com', 'shiliqianbao2026@outlook.com']),

  // Our names inside a message: a labelled, quoted or @-handle name is a part of its own.
  ...hostile('name-suffix', 'weibo', [
    '关注 @示例钱包 获取最新消息，退款请私信 @示例钱包官方退款',
    'Follow @示例钱包 for news; DM @示例钱包_help for refunds',
    '认准@示例钱包，客服请找 @示例钱包服务中心',
  ]),
  ...hostile('name-suffix', 'app-publisher', [
    '应用名称：示例钱包，开发者：示例钱包金融科技有限公司',
    'Search 示例钱包 in your app store. Publisher: 示例钱包信息技术有限公司',
    'App: Example Wallet; developer: Example Wallet Tech Co., Ltd.',
  ]),
  ...hostile('name-suffix', 'wechat-service', ['请关注微信服务号「示例钱包客服号」领取补偿', '官方公众号“示例钱包服务号官方”']),

  // Legitimate writings: each must read official.
  ...official('phone-writing', 'hotline', [
    '拨打 400-000-0000 人工服务',
    // Letters that can pass for digits, as words: the pronoun, a word of capitals.
    'Should I 400-000-0000 or not?',
    '4 0 0 - 0 0 0 - 0 0 0 0', // spaced out, as a filter dodge or a careful reader writes it
    'FOOD ORDER refund: call 400-000-0000',
    '人工客服请拨 400-000-0000 转 0',
    '+86 400-000-0000',
    '4000000000',
    '0086 400 000 0000',
    '\uFF14\uFF10\uFF10\uFF0D\uFF10\uFF10\uFF10\uFF0D\uFF10\uFF10\uFF10\uFF10',
    '(400) 000-0000',
    'tel:+864000000000',
    '+86 (0)400 000 0000',
    '400\u2013000\u20130000',
    '400\u2014000\u20140000',
    '400\u2010000\u20100000',
    '400\u2011000\u20110000',
    '400\u2012000\u20120000',
    '400\u2015000\u20150000',
    '400\u2212000\u22120000',
    '400\uFE58000\uFE580000',
    '400\uFE63000\uFE630000',
    '400\uFF0D000\uFF0D0000',
    '+86\u00A0400\u00A0000\u00A00000',
    '客服电话：400\u2013000\u20130000。',
    '+86 400 000 0000（24 小时）',
  ]),
  ...official('phone-writing', 'sms-sender', ['1069 0000 0000', '106900000000', '+86 1069 0000 0000', '【短信】发件人：1069\u20130000\u20130000']),
  ...official('phone-writing', 'callback-line', ['+86 21-0000-0000', '021-0000-0000', '(021) 0000 0000', '+86 21 0000 0000', '021\u20140000\u20140000']),
  ...official('email-writing', 'support-email', [
    'support@example.com',
    'SUPPORT@EXAMPLE.COM',
    'mailto:support@example.com',
    '"Example Wallet" <support@example.com>',
    '示例钱包客服 <support@example.com>',
    '<support@example.com>',
    '「support@example.com」',
    'support@example.com.',
  ]),
  ...official('email-writing', 'security-email', ['Example Wallet Security <security@example.com>', 'security\uFF20example.com']),
  ...official('email-writing', 'notice-email', ['no-reply@mail.example.com', '示例钱包 <no-reply@mail.example.com>']),
  ...official('web-writing', 'website', ['https://www.example.com', 'www.example.com', 'https://www.example.com/?q=1#top', 'https://www.example.com:443/']),
  ...official('web-writing', 'help-center', [
    'https://help.example.com/zh-cn/verify/',
    'help.example.com',
    'HTTPS://HELP.EXAMPLE.COM',
    '请访问 https://help.example.com。',
    '网址：help.example.com，邮箱：support@example.com',
  ]),
  ...official('web-writing', null, ['example.com', 'https://pay.example.com/checkout']),
  ...official('name-writing', 'app-name', ['示例钱包', 'Example Wallet', 'example wallet', '示例钱包（Example Wallet）', '示例钱包 (Example Wallet)', '「示例钱包」']),
  ...official('name-writing', 'wechat-service', ['示例钱包服务号']),
  ...official('name-writing', 'weibo', ['@示例钱包']),
  ...official('name-writing', 'app-publisher', [
    '示例钱包科技有限公司',
    'Example Wallet Technology Co., Ltd.',
    '示例钱包科技有限公司（Example Wallet Technology Co., Ltd.）',
  ]),
  ...official('name-writing', 'in-app-chat', ['示例钱包 App › 我的 › 客服中心', 'App › 我的 › 客服中心', '打开 App，进入「我的 › 客服中心」', '我的>客服中心', 'Example Wallet app › Me › Help & support']),
  ...official('name-writing', 'wechat-service', ['关注微信服务号「示例钱包服务号」', 'WeChat service account “示例钱包服务号”']),
  ...official('name-writing', 'app-publisher', [
    '应用：示例钱包；开发者：示例钱包科技有限公司',
    'App name: Example Wallet, publisher: Example Wallet Technology Co., Ltd.',
    '开发者：示例钱包科技有限公司（Example Wallet Technology Co., Ltd.）',
  ]),
  ...official('name-writing', 'weibo', ['官方微博 @示例钱包，欢迎关注']),
  // Emoji or badges written onto a handle, traditional characters, our brand with a 95 service number: other accounts and lines.
  ...hostile('name-suffix', 'weibo', ['@示例钱包✅', '官方微博 @示例钱包\u2714\uFE0F 私信办理']),
  ...hostile('compatibility-characters', 'wechat-service', ['關注「示例錢包服務號」']),
  ...hostile('near-miss-number', undefined, ['示例钱包客服短号 95888', '请回拨 95123-0000 转人工']),
  // Defanged links are read as the host a reader would retype.
  ...hostile('brand-domain', 'help-center', ['领取赔付：hxxps://help[.]example[.]com[.]claim-desk[.]cn/pay']),
  ...official('web-writing', 'help-center', ['hxxps://help[.]example[.]com/zh-cn/']),
  // A number broken over lines, two digits changed at its end.
  ...hostile('near-miss-number', 'hotline', ['理赔专线\n400-\n000-\n0077', '客服热线已更换为 400-000-0011，请保存新号码。']),
  ...official('several-official', null, [
    'support@example.com 或 400-000-0000',
    '客服热线 400-000-0000，网站 https://help.example.com。',
    '官方渠道：400\u2014000\u20140000、support@example.com、https://www.example.com',
    // Two numbers listed with a spaced slash stay two numbers.
    '400-000-0000 / 021-0000-0000',
  ]),
];
