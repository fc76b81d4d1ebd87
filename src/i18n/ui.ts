/**
 * Reader-facing text for Astro components and pages: the message files (./messages/, one per
 * language, zh-CN the source) read through the one formatter (./format.ts).
 */
import type { Locale } from '../schemas/common.ts';
import { encodeMessage, format, type Message, type MessageValues } from './format.ts';
import * as en from './messages/en.ts';
import * as zhCN from './messages/zh-cn.ts';

/** The namespaces components read, per language (the troubleshooter's summary has its own reader in its ui/). */
const MESSAGES = {
  'zh-CN': { site: zhCN.site, neverAsk: zhCN.neverAsk },
  en: { site: en.site, neverAsk: en.neverAsk },
} as const satisfies Record<Locale, unknown>;

export type UiKey = keyof typeof zhCN.site;

/** Looks up site text and fills its `{placeholders}`; a plural message picks its sentence by `n`. */
export function t(locale: Locale, key: UiKey, values: MessageValues = {}): string {
  const message: Message = MESSAGES[locale].site[key];
  return format(locale, message, values);
}

/** A translator bound to one locale, for components: `const tr = translator(locale); tr('nav.home')`. */
export function translator(locale: Locale): (key: UiKey, values?: MessageValues) => string {
  return (key, values) => t(locale, key, values);
}

/** Site text as a data attribute, for a custom element to format in the browser with decodeMessage + format. */
export function messageData(locale: Locale, key: UiKey): string {
  return encodeMessage(MESSAGES[locale].site[key]);
}

export type NeverAskId = keyof typeof zhCN.neverAsk.items;

/** The "official support will never ask you to…" list, in display order. */
export function neverAskList(locale: Locale): { title: string; items: { id: NeverAskId; text: string }[]; footer: string } {
  const { title, items, footer } = MESSAGES[locale].neverAsk;
  return { title, items: (Object.keys(items) as NeverAskId[]).map((id) => ({ id, text: items[id] })), footer };
}
