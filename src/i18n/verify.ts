/**
 * Text of the "Is this really official support?" page (/<locale>/verify/).
 * zh-CN is the source; `satisfies` makes a missing or extra English key a type
 * error, and `reasons` / `checklist.items` must cover every code the contact
 * checker can return (REASON_CODES, SCAM_CHECKLIST), so a new code does not
 * compile until it is explained in both languages.
 *
 * Placeholders: {brand} everywhere; in `verdict`, also {label}, {value} and
 * {notes} (the matched channel or external reference), {host} (the domain an
 * address really belongs to), {imitates} and {emailDomains}. Contact details
 * themselves never appear here: they come from content/contacts.yaml.
 * Chinese strings use full-width punctuation; tests/unit/verify checks it.
 */
import type { ChecklistItemId, ReasonCode } from '../lib/contact-check/index.ts';
import type { Locale } from '../schemas/common.ts';
import { neverAsk as enNeverAsk } from './messages/en.ts';
import { neverAsk as zhNeverAsk } from './messages/zh-cn.ts';

const zhCN = {
  page: {
    title: '核实客服真伪',
    description: '粘贴电话号码、邮箱、网址或账号名称，马上知道是不是{brand}的官方渠道。核对只在你的浏览器里进行。',
    lead: '接到自称客服的电话、短信、邮件或链接？把对方的号码、地址或名称粘贴到下面，马上告诉你是不是我们。',
    privacy: '你输入的内容只在本机核对，不会发送给我们或任何人。',
    inputLabel: '电话号码、邮箱、网址或 App、账号名称',
    inputHint: '例如给你打电话的号码、邮件的发件地址、短信里的链接，或 App 的开发者名称。',
    submit: '核实',
    resultLabel: '核实结果',
    needsJs: '自动核实需要浏览器启用 JavaScript。你仍然可以把收到的号码或地址和下面的官方渠道清单逐个字符对照：不在清单里的，都不是我们。',
    officialTitle: '全部官方渠道',
  },
  checklist: {
    title: '对方让你做了什么？',
    legend: '勾选对方提出过的所有要求：',
    items: {
      ...zhNeverAsk.items,
      'transaction-details': '提供某笔交易的时间、金额或交易单号',
      'nothing-of-these': '以上都没有',
    } satisfies Record<ChecklistItemId, string>,
    riskFlag: '官方客服绝不会这样要求，这是诈骗。',
    seeSteps: '现在该怎么做',
    scamTitle: '这是诈骗，请立即停止',
    scamLead: '官方客服绝不会提出你勾选的要求。',
    scamAnnounce: '这是诈骗，请立即停止。官方客服绝不会提出你勾选的要求，下面是现在要做的事。',
    stopPaying: '停止付款：不管对方许诺什么、威胁什么，都不要再转一分钱。',
    noCodes: '不要再提供任何验证码或密码；结束屏幕共享，挂断电话，停止回复。',
    freeze: '马上冻结账户：打开「我的 › 设置 › 账户与安全 › 紧急冻结」。登不上 App 就拨打本页官方渠道清单里的客服热线。',
    guide: '然后按这篇指南一步步处理：',
    callTitle: '已经转了钱或泄露了信息，请同时拨打：',
    calm: '你勾选的都不是官方客服禁止索要的内容。不过仍要确认对方来自本页列出的官方渠道，并且绝不透露密码或验证码。',
  },
  verdict: {
    badge: {
      official: '官方',
      notOfficial: '非官方',
      external: '不是我们',
      invalid: '无法判断',
    },
    headline: {
      official: '是的，这是{brand}的官方渠道',
      officialPhone: '这是官方号码，但来电显示可以伪造',
      officialName: '名称是官方的，但名称谁都能照抄',
      notOfficial: '这不是{brand}的官方渠道',
      external: '不是{brand}，是{label}',
      invalid: '无法识别这段内容',
      empty: '还没有输入要核实的内容',
    },
    imitates: '它在冒充官方的 {imitates}。',
    checked: '你核实的是：',
    why: '判断依据',
    next: '接下来怎么做',
    reasons: {
      empty: '请粘贴或输入要核实的电话号码、邮箱地址、网址，或 App、账号名称。',
      unparseable: '这看起来不是完整的电话号码、邮箱地址、网址或名称。请按收到时的样子完整粘贴，一个数字、一个点都不要漏。',
      'official-channel': '它与官方渠道清单中的「{label}」完全一致：{value}。',
      'official-domain': '{host} 在{brand}的官方域名下。它不在联系我们的渠道清单里，但确实属于我们。',
      'sender-can-be-faked': '发件地址也可以伪造\uFF1A即使地址正确\uFF0C也不要点邮件里的链接输入密码\u3002我们的邮件不会索要验证码\u3001密码或支付密码\uFF1B拿不准就直接打开 App 查看\u3002',
      'caller-id-can-be-faked': '来电显示可以伪造：显示这个号码的电话或短信，仍然可能来自骗子。拿不准就挂断，自己把电话打回去；找{brand}请拨打 App 里显示的客服热线，不要拨打对方给你的号码。',
      'names-can-be-copied': '任何人都可以把账号或 App 起成和我们一样的名字。请认准平台的官方认证标识；App 只从手机自带的应用商店下载，并核对开发者名称。',
      'external-reference': '{value} 是{label}，不是{brand}的联系方式。{notes}',
      'unknown-number': '这个号码不是{brand}的官方号码。',
      'near-miss-number': '它和官方号码只差一位数字。骗子专挑看起来几乎一样的号码。',
      'personal-mobile-number': '这是个人手机号。{brand}客服从不用手机号给你打电话或发短信。',
      'foreign-number': '这是境外号码（不是 +86 开头）。{brand}客服不会从境外给你打电话。',
      'unknown-domain': '{host} 不属于{brand}。',
      'not-an-email-domain': '{host} 是我们的网站地址，但我们从不用它发邮件。官方邮件只来自以 {emailDomains} 结尾的地址。',
      'official-name-in-mailbox': '我们的名字出现在 @ 前面，但那部分谁都可以随便写。决定邮件来自哪里的是 @ 后面的部分：{host}。',
      'userinfo-trick': '这个链接隐藏了真实去向：浏览器会忽略 @ 前面的内容，实际打开的是 {host}。',
      'official-name-as-subdomain': '它以我们的名字开头，但网址归谁要看结尾部分。{host} 不是我们的。',
      'official-name-in-path': '我们的名字只出现在第一个 / 后面，那部分谁都可以随便写。它实际打开的网站是 {host}。',
      'confusable-characters': '它用了其他文字的字母，或全角、带重音的字母，看起来和我们的一样，其实是不同的字符。',
      'mixed-scripts': '同一个词里混用了不同文字的字母（例如拉丁字母和西里尔字母），这是仿冒真实名称的常见手法。',
      'character-swap': '其中有字符被换成了长得像的字符，例如用 0 冒充 o、1 冒充 l、rn 冒充 m、vv 冒充 w。',
      'typo-lookalike': '它是我们地址的错拼：改了、多了或少了一两个字母。',
      'extra-words': '它在我们的名字上加了词，例如 login、secure、service。我们不使用这样的地址。',
      'other-tld': '它用了我们的名字，但结尾不同，例如 .cn 或 .net。只有本页官方渠道清单里的域名才是我们的。',
      'ip-address': '这是一串 IP 地址，而不是域名。我们从不发送这样的链接。',
      'unsafe-scheme': '这不是网址，而是一段会执行代码的链接。不要打开它。',
      'unsupported-scheme': '这不是普通的网页链接。我们的网址都以 https:// 开头。',
      'unknown-name': '这个名称不是我们的官方账号，也不是官方 App 的开发者名称。',
      'name-imitates-official': '它和我们的某个官方名称很像，但并不相同。',
    } satisfies Record<ReasonCode, string>,
    steps: {
      callBack: '先挂断，再自己联系我们：拨打{brand} App「我的 › 客服中心」里显示的客服热线，或使用 App 内在线客服。只有你在 App 内预约回电后，我们才会打给你。',
      neverShare: '即使是真客服，也绝不要提供登录密码、支付密码或验证码：我们从不索要。',
      typeItYourself: '不要点消息里的链接，自己打开 App 或手动输入网址。',
      stop: '现在就停下：不要回拨、不要回复、不要点链接、不要安装任何东西、不要付款。',
      useOfficial: '只通过本页列出的官方渠道联系{brand}：',
      alreadyActed: '已经付了钱，或者给了验证码、共享了屏幕？马上冻结账户，然后按这篇指南操作：',
      report: '举报它，保护其他人：',
      pasteWhole: '把完整的电话号码、邮箱地址、网址或账号名称，按收到时的样子粘贴进来。',
      compare: '也可以和本页列出的官方渠道逐个字符对照：',
    },
  },
};

export type VerifyText = typeof zhCN;
/** The part of the text the browser script needs; embedded in the page as JSON. */
export type VerdictText = VerifyText['verdict'];

const en = {
  page: {
    title: 'Is this really official support?',
    description: 'Paste a phone number, e-mail, web address or account name to see whether it really belongs to {brand}. The check runs in your browser.',
    lead: 'Got a call, text, e-mail or link from “support”? Paste their number, address or name below and see at once whether it is really us.',
    privacy: 'What you type stays on your device: the check runs in your browser and nothing is sent to us or anyone else.',
    inputLabel: 'Phone number, e-mail, web address, or app or account name',
    inputHint: "For example the number that called you, the sender of an e-mail, a link in a text message, or an app's publisher name.",
    submit: 'Check',
    resultLabel: 'Result',
    needsJs: 'The automatic check needs JavaScript. You can still compare what you received with the official channel list below, character by character: anything not on the list is not us.',
    officialTitle: 'All official channels',
  },
  checklist: {
    title: 'What did they ask you for?',
    legend: 'Tick everything they asked you to do:',
    items: {
      ...enNeverAsk.items,
      'transaction-details': 'Tell them the time, amount or transaction ID of a payment',
      'nothing-of-these': 'None of these',
    },
    riskFlag: 'Official support never asks this: it is a scam.',
    seeSteps: 'What to do now',
    scamTitle: 'This is a scam — stop',
    scamLead: 'Official support never asks for what you ticked.',
    scamAnnounce: 'This is a scam — stop. Official support never asks for what you ticked; the steps to take now follow.',
    stopPaying: 'Stop paying. Send no more money, whatever they promise or threaten.',
    noCodes: "Don't share any code or password. End any screen sharing, hang up and stop replying.",
    freeze: "Freeze your account now: Me › Settings › Account & security › Emergency freeze. If you can't sign in, call the hotline in the official channel list on this page.",
    guide: 'Then work through this guide:',
    callTitle: 'If you have paid or shared anything, also call:',
    calm: 'Nothing you ticked is something support never asks for. Still, make sure you are talking to an official channel listed on this page, and never share a password or code.',
  },
  verdict: {
    badge: {
      official: 'Official',
      notOfficial: 'Not official',
      external: 'Not us',
      invalid: "Can't tell",
    },
    headline: {
      official: 'Yes, this is official {brand} support',
      officialPhone: 'This is our official number, but caller ID can be faked',
      officialName: 'This name is ours, but anyone can copy a name',
      notOfficial: 'This is not official {brand} support',
      external: 'Not {brand}: this is {label}',
      invalid: "We can't read this",
      empty: 'Nothing to check yet',
    },
    imitates: 'It imitates the official {imitates}.',
    checked: 'You checked:',
    why: 'Why',
    next: 'What to do now',
    reasons: {
      empty: 'Paste or type the phone number, e-mail address, web address, or app or account name you want to check.',
      unparseable: "This doesn't read as a complete phone number, e-mail address, web address or name. Paste it exactly as you received it, with every digit and dot.",
      'official-channel': 'It exactly matches our {label} in the official channel list: {value}.',
      'official-domain': '{host} is on an official {brand} domain. It is not one of the addresses we list for contacting us, but it does belong to us.',
      'sender-can-be-faked': "The sender's address can be forged too: even when it matches, do not sign in through a link in the e-mail. Our e-mails never ask for a code, password or payment PIN; if in doubt, open the app yourself.",
      'caller-id-can-be-faked': 'Caller ID can be faked: a call or text showing this number can still come from a scammer. If in doubt, hang up and call back yourself; to reach {brand}, use the hotline shown in the app, never a number the caller gives you.',
      'names-can-be-copied': "Anyone can give an account or an app the same name as ours. Look for the platform's verified badge, and install apps only from your phone's own app store after checking the publisher name.",
      'external-reference': '{value} is {label}: it is not {brand}. {notes}',
      'unknown-number': "This number is not one of {brand}'s official numbers.",
      'near-miss-number': 'It is one digit off our official number. Scammers choose numbers that look almost like ours.',
      'personal-mobile-number': 'It is a personal mobile number. {brand} support never calls or texts you from a mobile number.',
      'foreign-number': 'It is an international number (not +86). {brand} support does not call you from abroad.',
      'unknown-domain': '{host} does not belong to {brand}.',
      'not-an-email-domain': '{host} is one of our web addresses, but we never send e-mail from it. Our e-mail comes only from addresses ending in {emailDomains}.',
      'official-name-in-mailbox': 'Our name appears before the @, but anyone can write anything there. What counts is the part after the @: {host}.',
      'userinfo-trick': 'This link hides where it really goes: the browser ignores everything before the @ and opens {host}.',
      'official-name-as-subdomain': 'It starts with our name, but an address belongs to whoever owns its ending. {host} is not ours.',
      'official-name-in-path': 'Our name only appears after the first /, where anyone can write anything. The site it opens is {host}.',
      'confusable-characters': 'It uses letters from other alphabets, or full-width or accented letters, that look like ours but are different characters.',
      'mixed-scripts': 'It mixes letters from different alphabets, such as Latin and Cyrillic, in one word: a common trick to copy a real name.',
      'character-swap': 'Characters are swapped for lookalikes, such as 0 for o, 1 for l, rn for m or vv for w.',
      'typo-lookalike': 'It is a misspelling of our address: a letter or two changed, added or left out.',
      'extra-words': 'It adds words to our name, such as “login”, “secure” or “service”. We don’t use addresses like that.',
      'other-tld': 'It has our name with a different ending, such as .cn or .net. Only the domains in the official channel list on this page are ours.',
      'ip-address': 'It is a bare IP address instead of a name. We never send links like that.',
      'unsafe-scheme': "This is not a web address but a link that runs code. Don't open it.",
      'unsupported-scheme': 'This is not a normal web link. Ours are always ordinary https:// web addresses.',
      'unknown-name': "This name is not one of our official accounts or our app publisher's name.",
      'name-imitates-official': 'It is close to one of our official names, but not the same.',
    },
    steps: {
      callBack: 'Hang up, then contact us yourself: call the hotline shown in the {brand} app under Me › Help & support, or use in-app chat. We call you only after you book a callback in the app.',
      neverShare: 'Even with real support, never give your login password, payment PIN or a verification code: we never ask for them.',
      typeItYourself: 'Instead of following a link in a message, open the app or type the address yourself.',
      stop: "Stop now: don't call back, reply, open links, install anything or pay.",
      useOfficial: 'Contact {brand} only through the official channels listed on this page:',
      alreadyActed: 'Already paid, or shared a code or your screen? Freeze your account now, then follow this guide:',
      report: 'Help protect others by reporting it:',
      pasteWhole: 'Paste the whole phone number, e-mail address, web address or account name, exactly as you received it.',
      compare: 'Or compare it character by character with the official channels listed on this page:',
    },
  },
} satisfies VerifyText;

export const VERIFY_TEXT: Record<Locale, VerifyText> = { 'zh-CN': zhCN, en };
