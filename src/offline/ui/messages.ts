/**
 * Text of the offline notice and the offline page. zh-CN is the source;
 * `satisfies` makes a missing English key a type error. The hotline number is
 * not here: it comes from content/contacts.yaml.
 */
import type { Locale } from '../../schemas/common.ts';

const zhCN = {
  notice: '当前没有网络，正在显示已保存的页面。',
  title: '当前没有网络',
  lead: '这个页面还没有保存在这台设备上，联网后再打开即可。下面的页面已经保存，没有网络也能打开。',
  callTitle: '需要马上处理？打电话不需要流量',
  emergencyTitle: '紧急情况',
  savedTitle: '其他已保存的页面',
  home: '帮助中心首页',
  verify: '核实客服真伪：电话、邮箱、网址是不是官方的',
  troubleshoot: '问题自助排查',
  contact: '联系官方客服',
};

const en = {
  notice: 'Offline — showing saved pages.',
  title: 'You are offline',
  lead: 'This page is not saved on this device yet; it opens once you are back online. The pages below are saved and open without a network.',
  callTitle: 'Need help now? A phone call needs no data',
  emergencyTitle: 'Emergencies',
  savedTitle: 'Other saved pages',
  home: 'Help center home',
  verify: 'Is this really us? Check a phone number, e-mail or web address',
  troubleshoot: 'Troubleshooter',
  contact: 'Contact official support',
} satisfies Record<keyof typeof zhCN, string>;

export type OfflineMessage = keyof typeof zhCN;

const MESSAGES: Record<Locale, Record<OfflineMessage, string>> = { 'zh-CN': zhCN, en };

export const offlineText = (locale: Locale, key: OfflineMessage): string => MESSAGES[locale][key];
