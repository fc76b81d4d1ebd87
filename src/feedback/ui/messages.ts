/**
 * The feedback widget's text, zh-CN first. Kept here until the unified message
 * store lands; `satisfies` makes a missing English string a type error.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Reason } from '../engine/constants.ts';

const zhCN = {
  question: '这篇内容对你有帮助吗？',
  questionOutcome: '这个建议对你有帮助吗？',
  yes: '有帮助',
  no: '没有帮助',
  thanks: '谢谢你的反馈！',
  whyTitle: '哪里没帮到你？（可选）',
  followUpTitle: '告诉我们哪里没帮到你',
  followUpPage: '你反馈的是',
  'reason.steps-failed': '照着步骤做了，问题没解决',
  'reason.hard-to-understand': '看不懂，写得不清楚',
  'reason.out-of-date': '内容过时了，和 App 里不一样',
  'reason.not-my-problem': '说的不是我遇到的问题',
  comment: '还想补充什么？（可选）',
  commentWarning: '请不要填写密码、验证码、银行卡号或身份证号。官方客服从不索要这些。',
  submit: '提交反馈',
  redacted: '看起来像验证码、密码或卡号的内容已隐去，没有发送。',
  nextTitle: '接下来可以试试',
  nextTroubleshoot: '用「问题诊断」一步步找到办法',
  nextGuide: '相关指南',
  nextContact: '联系官方客服',
  nextPrepare: '联系前请准备：问题发生的时间、金额、交易单号或截图。不要提供密码和验证码。',
  more: '想详细说说？',
  mail: '发邮件给官方客服',
  issue: '在内容仓库提建议',
  or: '或',
  mailSubject: '帮助中心反馈',
  mailPage: '页面',
  mailReason: '原因',
  mailComment: '补充',
  mailHint: '（请在这里写下哪里没帮到你。不要填写密码、验证码或银行卡号。）',
};

const en = {
  question: 'Was this article helpful?',
  questionOutcome: 'Was this advice helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for your feedback!',
  whyTitle: 'What went wrong? (optional)',
  followUpTitle: 'Tell us what did not help',
  followUpPage: 'You are telling us about',
  'reason.steps-failed': 'I followed the steps and it did not work',
  'reason.hard-to-understand': 'It was hard to understand',
  'reason.out-of-date': 'It is out of date; the app looks different',
  'reason.not-my-problem': 'It is not about my problem',
  comment: 'Anything to add? (optional)',
  commentWarning: 'Never type passwords, verification codes, card or ID numbers here. Official support never asks for them.',
  submit: 'Send feedback',
  redacted: 'Something that looked like a code, a password or a card number was removed and not sent.',
  nextTitle: 'What you can try next',
  nextTroubleshoot: 'Find your way step by step with the troubleshooter',
  nextGuide: 'Related guide',
  nextContact: 'Contact official support',
  nextPrepare: 'Before you contact us, have ready: when it happened, the amount, the transaction ID or a screenshot. Never give passwords or codes.',
  more: 'Want to tell us more?',
  mail: 'E-mail official support',
  issue: 'suggest a change in the content repository',
  or: 'or',
  mailSubject: 'Help center feedback',
  mailPage: 'Page',
  mailReason: 'Reason',
  mailComment: 'Comment',
  mailHint: '(Tell us what did not help. Never include passwords, verification codes or card numbers.)',
} satisfies Record<keyof typeof zhCN, string>;

export type FeedbackMessages = typeof zhCN;
export const FEEDBACK_MESSAGES: Record<Locale, FeedbackMessages> = { 'zh-CN': zhCN, en };

export const reasonLabel = (locale: Locale, reason: Reason): string => FEEDBACK_MESSAGES[locale][`reason.${reason}`];
