/**
 * A deterministic synthetic corpus for the scale benchmark: N guides per
 * language that pass the content check, shaped like the Starlight baseline's
 * articles (../shared/bench/starlight/gen.mjs: intro, sections, 5–8 numbered
 * steps, a bullet list, "###" FAQ entries until zh 1,200–1,600 Han characters
 * or en 600–1,000 words), plus what our guides need: frontmatter with aliases
 * and related articles, a <Prepare> block and the official contact card.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle, countHanCharacters, countWords } from '../../src/pipeline/article-structure.ts';

type Lang = 'zh-CN' | 'en';

/** Categories of the real site (content/categories.yaml), so the bench builds the real navigation. */
const CATEGORIES = ['payments', 'refunds', 'security', 'identity', 'cards', 'account', 'safety'] as const;

const TOPICS: readonly (readonly [string, string])[] = [
  ['扫码付款', 'QR code payment'], ['付款码', 'payment code'], ['自动扣款', 'auto-debit'], ['免密支付', 'password-free payment'],
  ['转账到银行卡', 'transfer to a bank card'], ['好友转账', 'transfer to a friend'], ['延时到账', 'delayed transfer'], ['绑定银行卡', 'adding a bank card'],
  ['信用卡还款', 'credit card repayment'], ['申请退款', 'refund request'], ['退款进度', 'refund status'], ['重复扣款', 'duplicate charge'],
  ['每日限额', 'daily limit'], ['人脸识别', 'face verification'], ['证件过期', 'expired ID'], ['登录密码', 'login password'],
];

const ZH = {
  title: [(o: string) => `如何设置${o}`, (o: string) => `${o}失败怎么办`, (o: string) => `${o}常见问题`, (o: string) => `修改${o}的方法`, (o: string) => `${o}提示错误怎么办`],
  cond: ['如果您在高峰时段操作', '当网络信号不稳定时', '如果您近期更换了手机', '在完成实名认证之后', '如果账户存在风险提示', '当银行系统进行维护时', '如果您是第一次使用该功能', '在境外使用钱包时'],
  act: ['打开钱包应用并进入“我的”页面', '点击右上角的设置图标', '选择“安全中心”中的对应选项', '输入六位支付密码完成验证', '核对页面上显示的金额和收款方', '按照提示上传证件照片', '等待系统完成审核', '在账单详情页点击“联系客服”', '重新登录后再次尝试', '检查手机的日期和时间设置'],
  why: ['通常是因为余额不足或银行卡已过期', '可能是因为超过了单日交易限额', '一般是由于验证码已失效', '多数情况下与网络波动有关', '可能是银行端暂时无法处理请求', '也可能是账户触发了风控规则'],
  out: ['资金会在三个工作日内原路退回', '处理结果会通过短信通知您', '系统将自动为您重新发起请求', '您可以在交易记录中查看最新状态', '相关限制会在二十四小时后解除', '客服人员会在一个工作日内与您联系'],
  prepare: ['交易时间（精确到分钟）和金额', '交易单号，可在交易详情底部复制', '收款方或商家名称', '错误提示的截图'],
  h: ['适用范围', '操作步骤', '常见原因', '常见问题', '联系客服前请准备', '仍需帮助'],
  question: (q: number, o: string) => `问题${q}：${o}相关`,
};
const EN = {
  title: [(o: string) => `How to set up ${o}`, (o: string) => `${o} failed: what to do`, (o: string) => `${o}: common questions`, (o: string) => `Changing your ${o}`, (o: string) => `Error messages about ${o}`],
  cond: ['If you are making the request at a busy time', 'When your network connection is unstable', 'If you recently switched to a new phone', 'After you have completed identity verification', 'If your account shows a risk warning', 'While the bank is running scheduled maintenance', 'If this is the first time you use the feature', 'When you use the wallet abroad'],
  act: ['Open the wallet app and go to the Me tab', 'Tap the settings icon in the top-right corner', 'Choose the matching option under Security Center', 'Enter your six-digit payment PIN to confirm', 'Check the amount and the recipient shown on the screen', 'Upload a photo of your ID document when prompted', 'Wait until the system finishes the review', 'Tap Contact support on the transaction details page', 'Sign in again and retry the operation', 'Check the date and time settings of your phone'],
  why: ['this usually means the balance is too low or the card has expired', 'the daily transaction limit may have been exceeded', 'the verification code has most likely expired', 'in most cases a short network interruption is the cause', 'the bank may be temporarily unable to process the request', 'the account may have triggered a risk-control rule'],
  out: ['the money is returned to the original payment method within three business days', 'you will receive an SMS with the result', 'the system retries the request automatically', 'the latest status appears in your transaction history', 'the restriction is lifted after 24 hours', 'a support agent contacts you within one business day'],
  prepare: ['The time of the payment (to the minute) and the amount', 'The transaction ID from the bottom of the transaction details', "The recipient's or merchant's name", 'A screenshot of the error message'],
  h: ['Who this applies to', 'Steps', 'Common causes', 'Common questions', 'Before you contact support, have ready', 'Still need help?'],
  question: (q: number, o: string) => `Question ${q}: about ${o}`,
};

/** A linear congruential generator: the same N always writes the same files. */
function random(seed: number): { int: (lo: number, hi: number) => number; pick: <T>(items: readonly T[]) => T } {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return { int, pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number] };
}

export const benchSlug = (index: number): string => `bench-${String(index).padStart(5, '0')}`;

function article(index: number, count: number, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const L = zh ? ZH : EN;
  const r = random(index * 2 + (zh ? 1 : 2));
  const topic = r.pick(TOPICS);
  const object = zh ? topic[0] : topic[1];
  const sentence = (): string =>
    zh
      ? r.pick([
          () => `${r.pick(L.cond)}，${object}可能会出现延迟，${r.pick(L.out)}。`,
          () => `如果${object}失败并提示错误码 E${r.int(1000, 9999)}，${r.pick(L.why)}，${r.pick(L.out)}。`,
          () => `${r.pick(L.act)}后，系统会重新校验${object}，金额较大时需要额外验证。`,
          () => `${r.pick(L.cond)}，建议您先${r.pick(L.act)}，再查看${object}的状态。`,
        ])()
      : r.pick([
          () => `${r.pick(L.cond)}, ${object} may be delayed, and ${r.pick(L.out)}.`,
          () => `If ${object} fails with error code E${r.int(1000, 9999)}, ${r.pick(L.why)}; ${r.pick(L.out)}.`,
          () => `${r.pick(L.act)}; the system then re-checks your ${object}, and large amounts need an extra check.`,
          () => `${r.pick(L.cond)}, first check the status of your ${object}.`,
        ])();
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, sentence).join(zh ? '' : ' ');
  const size = (markdown: string): number => {
    const { text } = analyseArticle(markdown);
    return zh ? countHanCharacters(text) : countWords(text);
  };
  const target = zh ? r.int(1200, 1440) : r.int(610, 880);
  const rawTitle = r.pick(L.title)(object);
  // A guide's serial is written "#119": a bare 110, 119, 120 or 122 reads as an emergency number, which the content check refuses outside the registry.
  const serial = `#${index + 1}`;
  const title = zh ? `${rawTitle}（${serial}）` : `${rawTitle[0]?.toUpperCase() ?? ''}${rawTitle.slice(1)} (${serial})`;
  const steps = Array.from({ length: r.int(5, 8) }, (_, step) => `${step + 1}. ${r.pick(L.act)}${zh ? '。' : '.'}`).join('\n');
  const causes = Array.from({ length: 4 }, () => `- ${r.pick(L.why)}`).join('\n');
  const prepare = L.prepare.map((item) => `- ${item}`).join('\n');
  let body = [paragraph(3), `## ${L.h[0]}`, paragraph(3), `## ${L.h[1]}`, `<Steps>\n\n${steps}\n\n</Steps>`, `## ${L.h[2]}`, causes, `## ${L.h[4]}`, `<Prepare>\n\n${prepare}\n\n</Prepare>`, `## ${L.h[3]}`].join('\n\n');
  for (let question = 1; size(body) < target - (zh ? 40 : 20); question++) body += `\n\n### ${L.question(question, object)}\n\n${paragraph(3)}`;
  body += `\n\n## ${L.h[5]}\n\n${paragraph(1)}\n\n<ContactSupport />\n`;
  const related = [1, 2, 3].map((step) => benchSlug((index + step * 7) % count)).filter((slug) => slug !== benchSlug(index));
  const aliases = zh ? [`${object}失败`, `${object}怎么办`, `${object}不成功`, `${object}出错`, `${object}问题${serial}`] : [`${object} failed`, `${object} not working`, `${object} problem`, `${object} error`, `${object} help ${serial}`];
  const description = zh ? `${object}遇到问题时的处理方法和注意事项（${serial}）。` : `What to do when ${object} does not work, step by step (${serial}).`;
  const frontmatter = [
    '---',
    'kind: guide',
    `title: "${title}"`,
    `description: "${description}"`,
    `category: ${CATEGORIES[index % CATEGORIES.length] ?? 'payments'}`,
    'urgency: normal',
    'estimatedMinutes: 5',
    `order: ${200 + index}`,
    `aliases: [${aliases.map((alias) => `"${alias}"`).join(', ')}]`,
    'updated: 2026-11-20',
    'reviewed: 2026-11-20',
    `related: [${related.join(', ')}]`,
    'contacts: [hotline]',
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${body}`;
}

/** Writes `count` guides per language into `<root>/content/articles/<locale>/bench-NNNNN.mdx`. */
export function writeScaleCorpus(root: string, count: number): void {
  for (const lang of ['zh-CN', 'en'] as const) {
    const dir = join(root, 'content/articles', lang);
    mkdirSync(dir, { recursive: true });
    for (let index = 0; index < count; index++) writeFileSync(join(dir, `${benchSlug(index)}.mdx`), article(index, count, lang));
  }
}
