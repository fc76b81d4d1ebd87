/**
 * The cue words of intent-cues.ts per locale, in order of precedence. Cues are
 * lower case; a rule's groups must all have a cue in the query. Shipped in
 * /<locale>/search-aliases.json, not in the search script.
 */
import type { IntentRule } from './intent-cues.ts';
import type { SearchLocale } from './query-variants.ts';

/** Chinese scam context: something a fraudster asks for or uses. */
const ZH_SCAM_CONTEXT = ['客服', '对方', '验证码', '屏幕共享', '共享屏幕', '远程', '网页', '刷单', '兼职', '冒充', '安全账户', '链接', '骗', '陌生人让', '软件', '保证金'];
const ZH_AFTER = ['已经', '转了', '填了', '装了', '下载了', '告诉对方', '告诉了', '报了', '给了', '垫付', '开了', '钱没了', '不返', '付了', '交了'];
const ZH_MONEY = ['扣', '消费', '钱', '余额', '账单', '付款', '支付', '转走', '块', '元', '刷'];
const EN_SCAM_CONTEXT = ['scam', 'caller', 'call', 'phone', 'support', 'code', 'deposit', 'seller', 'link', 'page', 'remote', 'anydesk', 'teamviewer', 'stranger', 'guy', 'they ', 'fake', 'agent'];
const EN_AFTER = ['already', 'i gave', 'gave the', 'gave them', 'gave him', 'gave her', 'sent them', 'sent him', 'sent her', 'i paid', 'paid a', 'paid them', 'installed', 'made me', 'entered', 'typed', 'and i did', 'blocked me', 'now my', 'took money', 'took my money', 'is gone', 'are gone', 'ghosted'];
const EN_MONEY = ['payment', 'charge', 'money', 'balance', 'transaction', 'withdraw', 'spent', 'spend', 'purchase', 'debit', 'paid', 'dollar', '$'];

export const INTENT_RULES: Record<SearchLocale, readonly IntentRule[]> = {
  'zh-CN': [
    { slug: 'scammed-what-now', all: [['被骗', '骗了', '上当', '受骗', '被人骗', '骗着', '骗走']] },
    { slug: 'scammed-what-now', all: [ZH_AFTER, ZH_SCAM_CONTEXT], unless: ['是不是', '吗', '会不会'] },
    { slug: 'recognize-scams', all: [['是不是骗', '是骗子吗', '是真的吗', '真的假的', '能给吗', '可信吗', '靠谱吗', '是不是诈骗', '是诈骗吗', '能信吗', '安全吗', '要不要给', '该不该', '是不是真的', '会不会是骗']] },
    { slug: 'report-phishing', all: [['举报', '上报', '投诉'], ['网站', '短信', '链接', '网址', '假冒', '钓鱼', '诈骗', '号码', '骗子']] },
    { slug: 'unauthorized-transaction', all: [['盗刷']] },
    { slug: 'account-compromised', all: [['登录', '登上', '登了', '盗号', '号被盗', '号没了', '改了密码', '密码被改', '号被', '账号被盗', '账户被盗'], ['别人', '不是我', '没有登录', '没登录', '陌生', '盗', '号没了', '被人', '异地', '别的手机', '其他手机']], unless: ['盗刷'] },
    { slug: 'unauthorized-transaction', all: [['没付', '没买', '不是我本人', '不是我付', '不是我操作', '不认识', '没见过', '不记得', '莫名其妙', '没花', '没消费', '没有消费', '不是我买', '没有付', '没有买', '没操作'], ZH_MONEY] },
    { slug: 'duplicate-charge', all: [['两次', '两遍', '两回', '2次', '二次', '两笔一样', '两条一样', '两条', '重复', '多扣'], ['扣', '付', '收', '记录']] },
    { slug: 'recognize-scams', all: [['让我', '要我', '叫我'], ['验证码', '安全账户', '手续费', '保证金', '下载', '屏幕共享', '转到', '转账到', '密码']], unless: ZH_AFTER },
    { slug: 'pending-transaction', all: [['没到', '没收到', '未到账', '没到账', '处理中', '还没', '没有到'], ['转', '汇', '提现']], unless: ['退款', '失败', '转错'] },
  ],
  en: [
    { slug: 'scammed-what-now', all: [['scammed', 'tricked', 'fell for', 'conned', 'swindled', 'ripped off', 'defrauded']] },
    { slug: 'scammed-what-now', all: [EN_AFTER, EN_SCAM_CONTEXT], unless: ['is this', 'is it', 'should i', 'legit'] },
    { slug: 'recognize-scams', all: [['is this a scam', 'is it a scam', 'a scam?', 'legit', 'is it safe', 'is this real', 'is it real', 'genuine', 'should i', 'safe to', 'is this normal', 'can i trust', 'scam or']] },
    { slug: 'report-phishing', all: [['report', 'forward', 'where do i send'], ['fake', 'phishing', 'scam', 'website', 'site', 'sms', 'text', 'email', 'link', 'number']] },
    { slug: 'account-compromised', all: [['logged in', 'logged into', 'log in', 'login', 'sign in', 'signed in', 'signed into', 'took over', 'taken over', 'hacked', 'changed my password', 'changed the password', 'changed the email', 'changed my email', 'new device', 'stole my account', 'account was stolen'], ['someone', 'somebody', "wasn't me", 'not me', 'another', 'stranger', 'hacked', 'took over', 'taken over', 'stole', 'stolen']], unless: ['payment', 'charge', 'withdraw', 'money'] },
    { slug: 'unauthorized-transaction', all: [["didn't make", 'did not make', 'never made', "didn't spend", 'did not spend', "don't recognise", "don't recognize", 'do not recognise', 'do not recognize', "didn't authori", 'unauthori', 'not me', "wasn't me", 'never bought', "didn't buy", "don't know", 'drained', 'nothing spent', "didn't do"], EN_MONEY] },
    { slug: 'duplicate-charge', all: [['twice', 'two times', '2 times', 'double', 'duplicate', 'two identical', 'two charges', 'same charge', 'charged again', 'two of the same', 'two payments'], ['charge', 'paid', 'payment', 'debit', 'taken', 'bill', 'purchase']] },
    { slug: 'recognize-scams', all: [['asking me to', 'asked me to', 'wants me to', 'told me to', 'asks me to'], ['code', 'pay', 'fee', 'transfer', 'install', 'password', 'pin', 'card', 'safe account']], unless: EN_AFTER },
    { slug: 'pending-transaction', all: [['not arrived', "hasn't arrived", 'still not', 'never got', 'not received', "hasn't received", "haven't received", 'not there', "didn't arrive", 'pending', 'processing', 'still waiting', "hasn't shown", 'not shown up'], ['transfer', 'sent', 'send']], unless: ['refund', 'wrong', 'failed'] },
  ],
};

