/**
 * The cue words of intent-cues.ts per locale, in order of precedence. Cues are
 * lower case; a rule's groups must all have a cue in the query. Shipped in
 * /<locale>/search-aliases.json, not in the search script.
 */
import { packRule, type IntentRule, type IntentRuleSpec } from './intent-cues.ts';
import type { SearchLocale } from './query-variants.ts';

/** Chinese scam context: something a fraudster asks for or uses. */
const ZH_SCAM_CONTEXT = ['客服', '对方', '验证码', '屏幕共享', '共享屏幕', '远程', '网页', '刷单', '兼职', '冒充', '安全账户', '链接', '骗', '软件', '保证金', '返利', '做任务', '投资', '卖家', '网友'];
const ZH_AFTER = ['已经', '转了', '填了', '装了', '下载了', '告诉对方', '告诉了', '告诉别人', '告诉他', '报了', '给了', '垫付', '开了', '钱没了', '不返', '付了', '交了', '拉黑', '把我删', '删了我', '听了', '照做', '把钱转', '把钱打', '联系不上'];
const ZH_MONEY = ['扣', '消费', '钱', '余额', '账单', '付款', '支付', '转走', '块', '元', '刷'];
/** 付错 / "by mistake" is a payment the reader made; to the wrong person is another article. */
const ZH_WRONG_PERSON = ['转错', '打错', '错人', '点错', '选错', '别人', '陌生人', '输错一位', '输错号', '输错账号', '输错手机号'];
const EN_SCAM_CONTEXT = ['scam', 'call', 'phone', 'support', 'code', 'deposit', 'seller', 'link', 'page', 'remote', 'anydesk', 'stranger', 'guy', 'they ', 'fake', 'agent', 'invest', 'online', 'safe account', 'prize', 'task', 'job'];
const EN_AFTER = ['already', 'gave', 'sent them', 'sent him', 'i paid', 'paid a', 'installed', 'made me', 'entered', 'typed', 'and i did', 'blocked me', 'now my', 'took my money', 'took money', 'disappeared', 'stopped replying', 'not answering', 'wont answer', 'cant reach', 'moved money', 'moved my', 'listened to', 'topped up', 'got nothing', 'nothing back', 'money is gone', 'money gone', 'ghosted', 'was taken'];
const EN_MONEY = ['payment', 'charge', 'money', 'balance', 'transaction', 'withdraw', 'spent', 'spend', 'purchase', 'debit', 'paid', 'dollar', '$', 'taking', 'took'];
const EN_WRONG_PERSON = ['wrong person', 'wrong account', 'wrong recipient', 'wrong number', 'wrong guy', 'wrong name', 'wrong phone', 'wrong contact', 'wrong user', 'wrong wallet', 'to a stranger', 'someone else'];
/** Words of a message or call that is itself the scam: its "your account is frozen" is not the reader's account. */
const EN_MESSAGE = ['scam', 'fake', 'text', 'sms', 'message', 'email', 'e-mail', 'link', 'call', 'claim'];

const RULES: Record<SearchLocale, readonly IntentRuleSpec[]> = {
  'zh-CN': [
    { slug: 'scammed-what-now', all: [['被骗', '骗了', '上当', '受骗', '被人骗', '骗着', '骗走']] },
    { slug: 'lost-phone', all: [['手机'], ['丢', '落', '忘在', '不见了', '被偷', '被抢', '偷了', '抢了', '找不到', '遗失']], unless: ['手机号'] },
    { slug: 'scammed-what-now', all: [ZH_AFTER, ZH_SCAM_CONTEXT], unless: ['是不是', '吗', '会不会', '商家客服'] },
    { slug: 'recognize-scams', all: [['是不是骗', '是骗子吗', '是真的吗', '真的假的', '能给吗', '可信吗', '靠谱吗', '是不是诈骗', '是诈骗吗', '能信吗', '安全吗', '要不要给', '该不该', '是不是真的', '会不会是骗', '怎么辨别', '怎么识别', '怎么分辨', '是不是官方']] },
    { slug: 'report-phishing', all: [['举报', '上报', '投诉'], ['网站', '短信', '链接', '网址', '假冒', '钓鱼', '诈骗', '号码', '骗子']] },
    { slug: 'unauthorized-transaction', all: [['盗刷']] },
    { slug: 'forgot-password', all: [['密码'], ['记不', '忘', '想不起', '不记得']], unless: ['支付密码', '付款密码', '交易密码', '六位', '6位', '付款时', '支付时', '被改', '盗', '别人'] },
    { slug: 'account-compromised', all: [['登录', '登陆', '登上', '登了', '在登', '登我', '盗号', '号没了', '改了密码', '密码被改', '号被', '账户被盗', 'hack', '被黑', '黑了', '被换', '被改'], ['别人', '不是我', '没有登录', '没登录', '陌生', '盗', '号没了', '被人', '有人', '异地', '外地', '人在家', '别的手机', '其他手机', 'hack', '被黑', '黑了', '新设备']], unless: ['盗刷'] },
    { slug: 'account-compromised', all: [['验证码'], ['没有操作', '没操作', '不是我', '没申请', '没登录', '莫名']], unless: ZH_AFTER },
    { slug: 'account-compromised', all: [['有人用我', '有人偷偷用我', '有人拿我', '别人用我', '被人用我']] },
    { slug: 'sent-to-wrong-recipient', all: [ZH_WRONG_PERSON, ['转', '打', '付', '汇', '钱到', '的钱']], unless: ['登录', '盗', '密码', '有人用', '别人用', '不是我', '加我', '说是'] },
    { slug: 'unauthorized-transaction', all: [['没付', '没买', '不是我本人', '不是我付', '不是我操作', '不是我弄', '不认识', '没见过', '不记得', '莫名其妙', '没花', '没消费', '不是我买', '没操作', '没用过', '没印象', '没开过', '没开通', '不知道哪来', '多了一笔', '没授权', '未授权', '没同意', '睡觉', '凌晨', '没去过'], ZH_MONEY] },
    { slug: 'unauthorized-transaction', all: [['少了', '不见了'], ['钱', '余额', '块', '元']], unless: ['失败', '退款', '两次', '两遍', '骗'] },
    { slug: 'duplicate-charge', all: [['两次', '两遍', '两回', '2次', '二次', '两笔一样', '两条', '重复', '多扣'], ['扣', '付', '收', '记录']] },
    { slug: 'recognize-scams', all: [['电话说', '来电说', '短信说', '打来说', '自称', '有人说', '加我', '说是'], ['开通', '取消', '扣钱', '扣费', '关闭', '注销', '退款', '理赔', '异常', '冻结', '验证', '保障', '解冻', '帮我', '中奖']], unless: ZH_AFTER },
    { slug: 'recognize-scams', all: [['先交', '先付', '先转'], ['帮', '解冻', '贷款', '中奖', '激活', '保证金', '税', '说']], unless: ZH_AFTER },
    { slug: 'recognize-scams', all: [['让我', '要我', '叫我'], ['验证码', '安全账户', '费', '交钱', '保证金', '下载', '屏幕共享', '转到', '转账到', '密码']], unless: ZH_AFTER },
    { slug: 'change-phone-number', all: [['手机号', '号码', '旧号', '新号', '换号', '验证码'], ['换', '注销', '停机', '不用了', '收不到', '不来', '没收到']], unless: ['盗', '黑', '别人', '转', '骗'] },
    { slug: 'cancel-mistaken-payment', all: [['付错', '多付', '付多', '多打', '输成', '打成', '后悔', '撤销', '撤回', '取消这笔', '取消付款', '手滑', '不小心付']], unless: ZH_WRONG_PERSON },
    { slug: 'pending-transaction', all: [['没到', '没收到', '未到账', '处理中', '正在处理', 'pending', '还没', '没结果', '卡住'], ['转', '汇', '提现', '交易']], unless: ['退款', '失败', '转错'] },
    { slug: 'refund-status', all: [['退款', '退钱', '退货', '退了'], ['没到', '没收到', '没回来', '多久', '哪', '还没', '什么时候', '啥时候', '没看到', '没退', '一直没', '几天', '钱呢', '礼拜', '星期', '拒']], unless: ['骗', '客服', '电话', '加我', '理赔', '链接', '失败'] },
    { slug: 'identity-verification', all: [['实名', '人脸', '刷脸', '身份证', '认证']], unless: ['骗', '冒充', '链接', '客服', '对方', '绑卡', '银行卡', '盗', '短信'] },
    { slug: 'qr-payment-not-working', all: [['二维码', '付款码', '收款码', '扫码', '扫一扫', '扫不', 'qr'], ['扫不', '没反应', '失败', '不行', '识别不', '不能用', '用不了', '不了', '出不来', '打不开', '拒']], unless: ['骗', '假', '陌生', '退款', '钱没了', '被扣'] },
    { slug: 'transaction-failed', all: [['失败', '付不了', '付不出', '转不出', '转不了', '转不过去', '不成功', '被拒', '拒绝', 'failed'], ['付', '转', '支付', '交易', '结账', '买']], unless: ['绑', '认证', '实名', '退款', '登录', '验证码', '密码'] },
    { slug: 'forgot-payment-pin', all: [['支付密码', '付款密码', '交易密码', '六位', '6位'], ['忘', '想不起', '记不', '不记得', '重置', '锁', '输错', '改']] },
    { slug: 'forgot-password', all: [['登录密码', '登陆密码', '登不上', '登不进', '进不去'], ['忘', '想不起', '记不', '不记得', '重置', '找回', '锁', '输错']] },
    { slug: 'forgot-password', all: [['密码'], ['锁', '输错']], unless: ['被改', '盗'] },
    { slug: 'account-limited', all: [['风控', '受限', '被限', '限制收', '限制付', '封号', '被封', '解封', '冻结了', '被冻结', '解冻', '收不了', '违规', '涉嫌', '被关闭']], unless: ['骗', '短信', '链接', '客服说', '让我', '自称', '打电话', '加我', '费'] },
    { slug: 'close-account', all: [['注销', '销户', '关掉账', '关掉我的账', '关闭账', '关闭我的账', '删除账', '删掉账', '账户关掉', '账号关掉', '把账户关', '不想用了', '不想要了', '不打算用', '彻底删']], unless: ['骗', '客服', '校园贷', '学生贷', '征信', '对方', '让我', '手机号', '号码'] },
    { slug: 'official-support', all: [['人工', '客服电话', '热线', '找客服', '联系客服']], unless: ['骗', '自称', '冒充', '说', '真的', '是不是', '加我', '打来', '让我'] },
    { slug: 'two-step-verification', all: [['两步验证', '二次验证', '两次验证', '双重验证', '多一道', '多加一道', '二次确认', '登录确认']] },
  ],
  en: [
    { slug: 'scammed-what-now', all: [['scammed', 'tricked', 'fell for', 'conned', 'ripped off']] },
    { slug: 'lost-phone', all: [['phone', 'mobile', 'cell', 'iphone', 'android'], ['lost', 'stole', 'left', 'forgot my phone', 'missing', 'dropped', 'snatched', 'pickpocket', 'cant find', 'misplaced', 'robbed']], unless: ['number', 'sim', 'code', 'scam', 'call', 'on the phone'] },
    { slug: 'scammed-what-now', all: [EN_AFTER, EN_SCAM_CONTEXT], unless: ['is this', 'is it', 'should i', 'legit', 'overnight', 'never got any', 'merchant'] },
    { slug: 'recognize-scams', all: [['is this a scam', 'is it a scam', 'legit', 'is it safe', 'is this real', 'genuine', 'safe to', 'is this normal', 'can i trust', 'scam or', 'real?', 'really from', 'how to tell', 'how do i know', 'how can i tell', 'how to spot', 'how to check if']] },
    { slug: 'recognize-scams', all: [['should i'], EN_SCAM_CONTEXT] },
    { slug: 'report-phishing', all: [['report', 'forward', 'where do i send', 'complain'], ['fake', 'phishing', 'scam', 'website', 'site', 'sms', 'text', 'email', 'link', 'number']] },
    { slug: 'account-compromised', all: [['logged in', 'log in', 'login', 'sign in', 'signed in', 'took over', 'taken over', 'hack', 'changed my', 'changed the', 'was changed', 'been changed', 'new device', 'stole my account', 'account was stolen'], ['someone', 'somebody', 'wasnt me', 'not me', 'another', 'hack', 'took over', 'taken over', 'stole', 'unknown', 'device', 'strange', 'suspicious', 'didnt']], unless: ['payment', 'charge', 'withdraw', 'money', 'enable', 'turn on', 'set up'] },
    { slug: 'account-compromised', all: [['code', 'otp'], ['didnt request', 'didnt ask', 'never requested', 'didnt try', 'not requested', 'wasnt me', 'not me']], unless: EN_AFTER },
    { slug: 'sent-to-wrong-recipient', all: [EN_WRONG_PERSON, ['sent', 'send', 'transfer', 'paid', 'money', 'went']], unless: ['logged', 'sign', 'hack', 'password', 'not me', 'wasnt me'] },
    { slug: 'unauthorized-transaction', all: [['didnt make', 'did not make', 'never made', 'didnt spend', 'did not spend', 'dont recogni', 'do not recogni', 'didnt authori', 'unauthori', 'not me', 'wasnt me', 'never bought', 'didnt buy', 'did not buy', 'dont know', 'drained', 'didnt do', 'never heard', 'never signed up', 'didnt sign up', 'fraud', 'random', 'no idea', 'never been', 'foreign', 'abroad', 'overseas', 'never authori', 'not authori', 'asleep', 'sleeping'], EN_MONEY] },
    { slug: 'unauthorized-transaction', all: [['someone', 'somebody'], ['my money', 'took', 'transferred', 'stole', 'spent', 'used my']], unless: ['asked', 'wants', 'told', 'call', 'scam', 'mistake', 'wrong'] },
    { slug: 'unauthorized-transaction', all: [['missing', 'disappear', 'vanished', 'gone from', 'overnight'], ['balance', 'money', 'wallet', 'funds']], unless: ['fail', 'refund', 'scam', 'twice', 'invest'] },
    { slug: 'duplicate-charge', all: [['twice', 'two times', '2 times', 'double', 'duplicate', 'two identical', 'two charges', 'same charge', 'charged again', 'two payments'], ['charge', 'paid', 'payment', 'debit', 'taken', 'bill', 'purchase']] },
    { slug: 'recognize-scams', all: [['call', 'text', 'sms', 'message', 'email', 'e-mail', 'stranger', 'guy', 'man ', 'someone', 'somebody', 'whatsapp'], ['saying', 'says', 'said', 'claim', 'pretend']], unless: EN_AFTER },
    { slug: 'recognize-scams', all: [['asking me to', 'asked me to', 'wants me to', 'told me to', 'asks me to', 'wants', 'asking for my', 'asked for my', 'needs my'], ['code', 'pay', 'fee', 'transfer', 'install', 'password', 'pin', 'card', 'safe account']], unless: EN_AFTER },
    { slug: 'cancel-mistaken-payment', all: [['by mistake', 'by accident', 'accidentally', 'mistakenly', 'wrong amount', 'meant to', 'instead of', 'extra zero', 'too much', 'overpaid', 'wrong thing', 'wrong item', 'reverse', 'undo', 'take back', 'changed my mind', 'regret', 'cancel the payment', 'cancel a payment', 'cancel payment', 'cancel it']], unless: EN_WRONG_PERSON },
    { slug: 'pending-transaction', all: [['not arrived', 'hasnt arrived', 'still not', 'never got', 'not received', 'hasnt received', 'havent received', 'not there', 'didnt arrive', 'pending', 'processing', 'still waiting', 'hasnt shown', 'not shown up', 'stuck', 'hasnt got', 'in progress', 'never arrived', 'never came', 'nothing arrived', 'didnt receive', 'didnt get it', 'still says', 'still show', 'where my money', 'where is my money', 'hours ago'], ['transfer', 'sent', 'send', 'withdraw', 'pay']], unless: ['refund', 'wrong', 'failed'] },
    { slug: 'refund-status', all: [['refund', 'money back', 'reimburs'], ['where', 'when', 'not received', 'still', 'havent', 'hasnt', 'no money', 'never came', 'not back', 'how long', 'waiting', 'not yet', 'didnt get', 'never got', 'missing', 'nothing']], unless: ['call', 'someone', 'text', 'asked', 'wants', 'link', 'fee', 'fail'] },
    { slug: 'identity-verification', all: [['selfie', 'face scan', 'face check', 'face verif', 'id photo', 'id card', 'identity', 'kyc', 'passport', 'real name', 'id verif', 'verify my id']], unless: ['scam', 'fake', 'link', 'text', 'caller', 'stolen', 'card link', 'bank card'] },
    { slug: 'qr-payment-not-working', all: [['qr', 'payment code', 'scan', 'barcode'], ['wont', 'doesnt', 'cant', 'cannot', 'fail', 'refused', 'rejected', 'error', 'nothing happens', 'invalid', 'not work']], unless: ['scam', 'fake', 'sticker', 'stranger', 'refund'] },
    { slug: 'transaction-failed', all: [['fail', 'declined', 'didnt go through', 'didnt go thru', 'not go through', 'wont go through', 'unsuccessful', 'rejected'], ['pay', 'transfer', 'purchase', 'checkout', 'transaction', 'buy', 'order']], unless: ['card', 'link', 'add', 'verif', 'identity', 'login', 'log in', 'sign in', 'refund', 'qr', 'scan', 'code', 'pin', 'password'] },
    { slug: 'forgot-password', all: [['password', 'passcode'], ['forgot', 'forget', 'reset', 'cant remember', 'dont remember', 'recover', 'lost']], unless: ['payment', 'pin', 'changed', 'hack', 'someone'] },
    { slug: 'forgot-payment-pin', all: [['payment password', 'payment pin', '6 digit', '6-digit', 'six digit', 'pin']], unless: ['code', 'sim'] },
    { slug: 'account-limited', all: [['restricted', 'restriction', 'limited', 'frozen', 'suspended', 'blocked', 'locked', 'banned', 'violat', 'turned off', 'disabled', 'on hold']], unless: [...EN_MESSAGE, 'pin', 'password', 'card', 'lost', 'stolen', 'blocked me', 'seller', 'fee'] },
    { slug: 'close-account', all: [['close', 'delete', 'shut', 'deactivate', 'cancel my', 'get rid of', 'remove', 'dont want', 'anymore', 'stop using'], ['account', 'wallet', 'profile']], unless: [...EN_MESSAGE, 'card', 'payment', 'subscription', 'will be'] },
    { slug: 'official-support', all: [['hotline', 'customer service', 'human', 'real person', 'agent', 'chat with', 'contact support', 'contact you', 'speak to', 'talk to']], unless: ['scam', 'fake', 'says', 'said', 'claim', 'pretend', 'called me', 'is this', 'real?', 'legit', 'asked', 'wants'] },
    { slug: 'two-step-verification', all: [['2fa', 'two-step', '2-step', '2 step', 'two step', 'two-factor', 'two factor', 'extra security', 'authenticator', 'confirmation', 'second code']] },
  ],
};

export const INTENT_RULES: Record<SearchLocale, readonly IntentRule[]> = { 'zh-CN': RULES['zh-CN'].map(packRule), en: RULES.en.map(packRule) };
